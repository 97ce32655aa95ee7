// A list read page by page from a list endpoint ({items, total}), with "load more".

import { apiList, PAGE_SIZE } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { busy } from "./forms.js";

const t = translator(import.meta.url, {
  more: ["加载更多", "載入更多", "Load more"],
  shown: ["已显示 {shown} / 共 {total} 条", "已顯示 {shown} / 共 {total} 項", "Showing {shown} of {total}"],
  more_failed: ["加载失败：{message}", "載入失敗：{message}", "Could not load more: {message}"],
});

/**
 * Return {element, load}: await load() once for the first page (a failure then is the
 * screen's to show); "load more" fetches the next pages and shows its own failures.
 * item(entry) makes one <li>; empty is the text shown when there is nothing; total() is the
 * list's length as the API last counted it.
 */
export function pagedList({ path, item, empty, query = {}, pageSize = PAGE_SIZE, className = "list" }) {
  const list = h("ul", { class: className });
  const nothing = h("p", { class: "empty", text: empty, hidden: true });
  const status = h("p", { class: "pager-status muted small", "aria-live": "polite", "data-testid": "pager-status" });
  const more = h("button", { type: "button", class: "button button-ghost button-block pager-more",
    text: t("more"), hidden: true });
  let shown = 0;
  let total = 0;

  const load = async () => {
    const page = await apiList(path, { limit: pageSize, offset: shown, query });
    list.append(...page.items.map(item));
    shown += page.items.length;
    total = Math.max(page.total, shown);
    nothing.hidden = shown > 0;
    more.hidden = shown >= total;
    status.textContent = shown < total ? t("shown", { shown, total }) : "";
  };
  more.addEventListener("click", () => busy(more, load).catch((error) => {
    status.textContent = t("more_failed", { message: error.message });
  }));
  return { element: h("div", { class: "pager" }, list, nothing, status, more), load, total: () => total };
}
