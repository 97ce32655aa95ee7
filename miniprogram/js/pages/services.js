// The services tab (办事): search as you type (Chinese, pinyin, initials), life events and
// themes, hot services, my favourites and recently used, filters, and my own cases and messages.

import { api } from "../api.js";
import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { departments, PATHS, serviceRow } from "../services/parts.js";
import { showUnread } from "../services/unread.js";
import { loggedIn } from "../store.js";
import { errorPanel, loadingIndicator } from "../ui/feedback.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["办事", "辦事", "Services"],
  search: ["搜索事项", "搜尋事項", "Find a service"],
  search_hint: ["可输入汉字、拼音或首字母，如 jsz、gjj", "可輸入漢字、拼音或首字母，如 jsz、gjj",
    "Chinese, pinyin or initials, e.g. jsz, gjj"],
  search_placeholder: ["驾驶证、公积金、出生…", "駕駛證、公積金、出生…", "Driving licence, housing fund…"],
  clear: ["清除", "清除", "Clear"],
  department: ["部门", "部門", "Department"],
  all_departments: ["全部部门", "全部部門", "All departments"],
  zero_visit: ["只看零跑动", "只看零跑動", "No visit needed only"],
  results: ["搜索结果", "搜尋結果", "Results"],
  found: ["共 {total} 个事项", "共 {total} 個事項", "{total} services"],
  nothing: ["没有找到相关事项。换个说法试试，例如「换驾照」或拼音首字母。", "找不到相關事項。換個說法試試，例如「換駕照」或拼音首字母。",
    "No service matches. Try other words, such as \"renew licence\", or pinyin initials."],
  themes: ["按人生事件办", "按人生事件辦", "By life event"],
  topics: ["按主题办", "按主題辦", "By theme"],
  hot: ["热门服务", "熱門服務", "Popular"],
  favourites: ["我的收藏", "我的收藏", "My favourites"],
  recent: ["最近使用", "最近使用", "Recently used"],
  none_yet: ["暂无", "暫無", "None yet"],
  mine: ["我的办事", "我的辦事", "My applications"],
  cases: ["我的办件", "我的辦件", "My cases"],
  drafts: ["草稿箱", "草稿箱", "Drafts"],
  messages: ["消息", "訊息", "Messages"],
  login_hint: ["登录后可申请、收藏并查看办件进度", "登入後可申請、收藏並查看辦件進度",
    "Log in to apply, keep favourites and follow your cases"],
  login: ["登录", "登入", "Log in"],
});

const DEBOUNCE_MS = 250;

function searchState(ctx) {
  return { q: ctx.params.q ?? "", department: ctx.params.department ?? "", zero: ctx.params.zero === "1",
    theme: ctx.params.theme ?? "", kind: ctx.params.kind ?? "" };
}

// The screen's search lives in its address, so Back from a guide finds it again.
function remember(state) {
  const query = new URLSearchParams();
  if (state.q) query.set("q", state.q);
  if (state.department) query.set("department", state.department);
  if (state.zero) query.set("zero", "1");
  if (state.theme) {
    query.set("theme", state.theme);
    query.set("kind", state.kind);
  }
  const text = query.toString();
  history.replaceState(history.state, "", `#${PATHS.home}${text ? `?${text}` : ""}`);
}

function apiQuery(state) {
  const query = {};
  if (state.q.trim()) query.q = state.q.trim();
  if (state.department) query.department = state.department;
  if (state.zero) query.zero_visit = "true";
  if (state.theme) query[state.kind === "life_event" ? "life_event" : "theme"] = state.theme;
  return query;
}

function section(title, ...children) {
  return h("section", { class: "card svc-section" }, h("h2", { class: "card-title", text: title }), children);
}

function shortList(title, testId, load, deptList) {
  const list = h("ul", { class: "svc-list", "data-testid": testId });
  const box = section(title, list);
  load().then((answer) => {
    list.append(...answer.items.map((item) => serviceRow(item, deptList)));
    if (!answer.items.length) list.append(h("li", { class: "muted small", text: t("none_yet") }));
  }, (error) => list.replaceWith(errorPanel(error)));
  return box;
}

function mineLinks() {
  if (!loggedIn()) {
    return h("div", { class: "card svc-login" }, h("p", { class: "muted", text: t("login_hint") }),
      h("a", { class: "button button-primary", href: "#/login?next=%2Fservices", text: t("login") }));
  }
  const badge = h("span", { class: "badge badge-count", "data-testid": "unread-badge", hidden: true });
  showUnread(badge);
  return h("nav", { class: "svc-mine", "aria-label": t("mine") },
    h("a", { class: "svc-mine-link", href: `#${PATHS.cases}`, text: t("cases") }),
    h("a", { class: "svc-mine-link", href: `#${PATHS.drafts}`, text: t("drafts") }),
    h("a", { class: "svc-mine-link", href: `#${PATHS.messages}` }, h("span", { text: t("messages") }), badge));
}

function themeGrid(themes, kind, onPick) {
  return h("ul", { class: "svc-themes", "data-testid": `themes-${kind}` },
    themes.filter((theme) => theme.kind === kind).map((theme) => h("li", {},
      h("button", { type: "button", class: "svc-theme", "data-theme": theme.slug, text: localised(theme.name),
        onclick: () => onPick(theme) }))));
}

function filters(state, deptList, onChange) {
  const select = h("select", { id: "svc-department", "data-testid": "department-filter" },
    h("option", { value: "", text: t("all_departments") }),
    deptList.map((dept) => h("option", { value: dept.slug, selected: dept.slug === state.department,
      text: localised(dept.name) })));
  select.addEventListener("change", () => onChange({ department: select.value }));
  const zero = h("input", { type: "checkbox", checked: state.zero, "data-testid": "zero-visit-filter" });
  zero.addEventListener("change", () => onChange({ zero: zero.checked }));
  return h("div", { class: "svc-filters" },
    h("div", { class: "field" }, h("label", { class: "field-label", for: "svc-department", text: t("department") }), select),
    h("label", { class: "pledge svc-zero" }, zero, h("span", { text: t("zero_visit") })));
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  async render(root, ctx) {
    const [deptList, themes] = await Promise.all([departments(), api("/services/themes")]);
    const state = searchState(ctx);
    const input = h("input", { type: "search", id: "svc-search", name: "q", value: state.q, autocomplete: "off",
      placeholder: t("search_placeholder"), "aria-describedby": "svc-search-hint", enterkeyhint: "search",
      "data-testid": "service-search" });
    const clear = h("button", { type: "button", class: "button button-ghost svc-clear", text: t("clear") });
    const results = h("div", { class: "svc-results", "data-testid": "results", "aria-live": "polite" });
    const resultsBox = section(t("results"), results);
    const browse = h("div", { class: "svc-browse" });
    let ticket = 0;
    let timer = null;

    async function show() {
      remember(state);
      const query = apiQuery(state);
      const searching = Object.keys(query).length > 0;
      resultsBox.hidden = !searching;
      browse.hidden = searching;
      if (!searching) return;
      const mine = ++ticket;
      results.replaceChildren(loadingIndicator());
      const list = pagedList({ path: "/services", query, empty: t("nothing"), className: "svc-list",
        item: (item) => serviceRow(item, deptList) });
      try {
        await list.load();
      } catch (error) {
        if (mine === ticket) results.replaceChildren(errorPanel(error, show));
        return;
      }
      if (mine !== ticket) return;
      const total = list.total();
      results.replaceChildren(total ? h("p", { class: "muted small", "data-testid": "found",
        text: t("found", { total }) }) : "", list.element);
    }
    const change = (changes) => {
      Object.assign(state, changes);
      show();
    };
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => change({ q: input.value }), DEBOUNCE_MS);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        clearTimeout(timer);
        change({ q: input.value });
      }
    });
    ctx.onLeave(() => clearTimeout(timer));
    clear.addEventListener("click", () => {
      input.value = "";
      change({ q: "", theme: "", kind: "", department: "", zero: false });
      root.querySelector("#svc-department").value = "";
      root.querySelector("[data-testid=zero-visit-filter]").checked = false;
      input.focus();
    });
    const pick = (theme) => change({ theme: theme.slug, kind: theme.kind });

    browse.append(
      mineLinks(),
      section(t("themes"), themeGrid(themes.items, "life_event", pick)),
      shortList(t("hot"), "hot", () => api("/services/hot", { query: { limit: 8 } }), deptList),
      loggedIn() && shortList(t("favourites"), "favourites",
        () => api("/services/favourites", { query: { limit: 5 } }), deptList),
      loggedIn() && shortList(t("recent"), "recent", () => api("/services/recent", { query: { limit: 5 } }), deptList),
      section(t("topics"), themeGrid(themes.items, "theme", pick)));
    root.append(
      h("div", { class: "card svc-search", role: "search" },
        h("label", { class: "field-label", for: "svc-search", text: t("search") }),
        h("p", { class: "field-hint", id: "svc-search-hint", text: t("search_hint") }),
        h("div", { class: "input-row" }, input, clear),
        filters(state, deptList, change)),
      resultsBox, browse);
    await show();
  },
};
