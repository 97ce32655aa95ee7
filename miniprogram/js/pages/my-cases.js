// My cases (我的办件): every application, newest first, with its status in words and due day.

import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { PATHS, statusChip } from "../services/parts.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["我的办件", "我的辦件", "My cases"],
  empty: ["还没有办件。在「办事」中找到事项即可在线申请。", "還沒有辦件。在「辦事」中找到事項即可網上申請。",
    "No cases yet. Find a service under Services to apply online."],
  number: ["办件编号 {number}", "辦件編號 {number}", "Case {number}"],
  received: ["提交于 {time}", "提交於 {time}", "Submitted {time}"],
  due: ["承诺办结日 {day}", "承諾辦結日 {day}", "Due {day}"],
  find: ["去办事", "去辦事", "Find a service"],
});

function caseRow(kase) {
  return h("li", { class: "svc-row", "data-testid": "case", "data-number": kase.number },
    h("a", { class: "svc-link", href: `#${PATHS.caseDetail(kase.id)}` },
      h("span", { class: "svc-name", text: localised(kase.item_name) }),
      statusChip(kase),
      h("span", { class: "small muted svc-number", text: t("number", { number: kase.number }) }),
      h("span", { class: "small muted", text: t("received", { time: formatDateTime(kase.received_at) }) }),
      kase.due_day && !kase.ended_at && h("span", { class: "small", text: t("due", { day: kase.due_day }) })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const list = pagedList({ path: "/cases", item: caseRow, empty: t("empty"), className: "svc-list" });
    await list.load();
    root.append(h("section", { class: "card" }, list.element),
      h("a", { class: "button button-ghost button-block", href: `#${PATHS.home}`, text: t("find") }));
  },
};
