// A small hash router: #/path?query → one page module under pages/.
//
// A page module's default export: { title(), requiresLogin, render(root, ctx) }.
// ctx = { params, path, alive(), onLeave(fn), every(ms, fn) }; timers made with
// ctx.every stop by themselves when the reader leaves the page.
//
// Every screen is its own history entry, so the phone's Back button and the header's back
// arrow both go back. Each entry remembers its position and the screen it was opened from
// ({idx, prev}), which lets a finished flow (login, real-name) return to where it came from.

import { SESSION_ENDED } from "./api.js";
import { h } from "./dom.js";
import { t, translator } from "./i18n.js";
import { currentPath, loginPath, safeNext } from "./paths.js";
import { loggedIn } from "./store.js";
import { errorPanel, loadingIndicator } from "./ui/feedback.js";

const tr = translator(import.meta.url, {
  load_failed_title: ["页面加载失败", "頁面載入失敗", "Could not open this screen"],
  load_failed: ["页面没有加载成功，可能是网络不稳定。", "頁面未能載入，可能是網絡不穩定。",
    "This screen did not load, perhaps because the connection dropped."],
});

const pages = new Map();
let elements = null;
let leaving = [];
let ticket = 0;
let tabs = new Set();
const guards = []; // (path) => a screen to show instead, or null
let lastState = {}; // history state and path of the screen last rendered
let lastPath = null;

/** Register pages: {"/path": () => import("./pages/x.js")}; tabs are the tab bar's screens. */
export function definePages(table, tabPaths = []) {
  for (const [path, load] of Object.entries(table)) pages.set(path, load);
  tabs = new Set(tabPaths);
}

/** Check every screen before it is drawn, e.g. for an agreement still to be asked for. */
export function addGuard(guard) {
  guards.push(guard);
}

/** Return {path, params} of the current hash. */
function currentRoute() {
  const [path, query = ""] = currentPath().split("?");
  return { path: path || "/", params: Object.fromEntries(new URLSearchParams(query)) };
}

/** Show a screen as a new history entry (or in place of this one with replace). */
export function go(path, { replace = false } = {}) {
  const here = history.state ?? { idx: 0, prev: null };
  if (path === currentPath()) return render();
  if (replace) history.replaceState({ idx: here.idx, prev: here.prev }, "", `#${path}`);
  else history.pushState({ idx: here.idx + 1, prev: currentPath() }, "", `#${path}`);
  return render();
}

/** End a flow: go back if next is the screen it was opened from, else show next in its place. */
export function finish(next, fallback = "/") {
  const target = safeNext(next, fallback);
  const here = history.state;
  if (here && here.idx > 0 && here.prev === target) history.back();
  else go(target, { replace: true });
}

/** Go back one screen; on the first screen of the tab, go home instead of leaving the app. */
export function back() {
  if ((history.state?.idx ?? 0) > 0) history.back();
  else go("/", { replace: true });
}

/** Render the current page again (after a language change, say). */
export function refresh() {
  return render();
}

export function start(parts) {
  elements = parts;
  parts.back.addEventListener("click", back);
  window.addEventListener("hashchange", () => {
    // A link opened a new entry (it has no state yet), or Back/Forward moved to a known one.
    if (!history.state) history.replaceState({ idx: (lastState.idx ?? -1) + 1, prev: lastPath }, "");
    render();
  });
  window.addEventListener(SESSION_ENDED, () => go(loginPath(), { replace: true }));
  if (!history.state) history.replaceState({ idx: 0, prev: null }, "");
  render();
}

function leave() {
  leaving.forEach((fn) => fn());
  leaving = [];
}

function showChrome(path, title) {
  const { back: backButton, home, tabbar } = elements;
  const isTab = tabs.has(path);
  elements.title.textContent = title;
  document.title = title === t("app_name") ? title : `${title} · ${t("app_name")}`;
  backButton.hidden = path === "/";
  backButton.setAttribute("aria-label", t("back"));
  home.hidden = isTab;
  home.setAttribute("aria-label", t("home"));
  tabbar.hidden = !isTab;
  document.body.classList.toggle("with-tabbar", isTab);
  tabbar.querySelectorAll("a[data-tab]").forEach((link) => {
    if (link.dataset.tab === path) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  });
}

function loadFailure() {
  return h("div", { class: "panel panel-error", role: "alert", "data-testid": "load-failed" },
    h("p", { text: tr("load_failed") }),
    h("button", { type: "button", class: "button button-primary", text: t("retry"),
      onclick: () => render() }),
    h("a", { class: "button button-ghost", href: "#/", text: t("home") }));
}

function context(mine, params, path) {
  return {
    params, path,
    alive: () => mine === ticket,
    // A page that was left while it awaited must not start timers on the next page's watch.
    onLeave: (fn) => (mine === ticket ? leaving.push(fn) : fn()),
    every(ms, fn) {
      if (mine !== ticket) return;
      const id = setInterval(fn, ms);
      leaving.push(() => clearInterval(id));
    },
  };
}

async function render() {
  const mine = ++ticket;
  const { path, params } = currentRoute();
  const load = pages.get(path);
  if (!load) return go("/", { replace: true });
  lastState = history.state ?? {};
  lastPath = currentPath();
  leave();
  const root = h("section", { class: "page" }, loadingIndicator());
  elements.view.replaceChildren(root);
  elements.view.setAttribute("aria-busy", "true");
  let page;
  try {
    page = (await load()).default;
  } catch {
    if (mine !== ticket) return undefined;
    showChrome(path, tr("load_failed_title"));
    root.replaceChildren(loadFailure());
    elements.view.setAttribute("aria-busy", "false");
    return undefined;
  }
  if (mine !== ticket) return undefined;
  if (page.requiresLogin && !loggedIn()) return go(loginPath(currentPath()), { replace: true });
  for (const guard of guards) {
    const instead = await guard(path);
    if (mine !== ticket) return undefined;
    if (instead) return go(instead, { replace: true });
  }
  showChrome(path, page.title());
  root.className = `page page-${path === "/" ? "home" : path.slice(1).replaceAll("/", "-")}`;
  try {
    await page.render(root, context(mine, params, path));
  } catch (error) {
    if (mine === ticket) root.replaceChildren(errorPanel(error, () => render()));
  }
  if (mine !== ticket) return undefined;
  root.querySelector(":scope > .loading")?.remove();
  elements.view.setAttribute("aria-busy", "false");
  return undefined;
}
