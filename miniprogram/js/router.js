// A tiny hash router: #/path?query → one page module under pages/.
//
// A page module's default export: { title(), requiresLogin, render(root, ctx) }.
// ctx = { params, path, alive(), onLeave(fn), every(ms, fn) }; timers made with
// ctx.every stop by themselves when the reader leaves the page.

import { SESSION_ENDED } from "./api.js";
import { h } from "./dom.js";
import { errorPanel } from "./components.js";
import { t } from "./i18n.js";
import { loggedIn } from "./store.js";

const pages = new Map();
let elements = null;
let leaving = [];
let ticket = 0;

/** Register pages: {"/path": () => import("./pages/x.js")}. */
export function definePages(table) {
  for (const [path, load] of Object.entries(table)) pages.set(path, load);
}

/** Return {path, params} of the current hash. */
export function currentRoute() {
  const [path, query = ""] = (location.hash.slice(1) || "/").split("?");
  return { path: path || "/", params: Object.fromEntries(new URLSearchParams(query)) };
}

/** Show a page; replace instead of adding to the history for redirects. */
export function go(path, { replace = false } = {}) {
  const hash = `#${path}`;
  if (location.hash === hash) render();
  else if (replace) location.replace(hash);
  else location.hash = hash;
}

/** The login page, returning here afterwards. */
export function loginPath(next = currentRoute().path) {
  return next === "/login" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}

/** Render the current page again (after a language change, say). */
export function refresh() {
  render();
}

export function start({ view, title, back }) {
  elements = { view, title, back };
  back.addEventListener("click", () => (history.length > 1 ? history.back() : go("/")));
  window.addEventListener("hashchange", render);
  window.addEventListener(SESSION_ENDED, () => go(loginPath(), { replace: true }));
  render();
}

function leave() {
  leaving.forEach((fn) => fn());
  leaving = [];
}

async function render() {
  const mine = ++ticket;
  const { path, params } = currentRoute();
  const load = pages.get(path);
  if (!load) return go("/", { replace: true });
  const page = (await load()).default;
  if (mine !== ticket) return;
  if (page.requiresLogin && !loggedIn()) return go(loginPath(path), { replace: true });
  leave();
  const name = path === "/" ? "home" : path.slice(1).replaceAll("/", "-");
  const root = h("section", { class: `page page-${name}` });
  elements.view.replaceChildren(root);
  elements.view.setAttribute("aria-busy", "true");
  elements.title.textContent = page.title();
  document.title = `${page.title()} · ${t("app_name")}`;
  elements.back.hidden = path === "/";
  elements.back.setAttribute("aria-label", t("back"));
  const ctx = {
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
  try {
    await page.render(root, ctx);
  } catch (error) {
    if (mine === ticket) root.replaceChildren(errorPanel(error));
  }
  if (mine === ticket) elements.view.setAttribute("aria-busy", "false");
}
