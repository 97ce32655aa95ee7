// The clerk's workbench (综合受理): the department's cases by queue, oldest first, overdue
// marked in words; the rectification tasks of poor ratings.

import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { taskLinks } from "../console/hub.js";
import { consolePage } from "../console/shell.js";
import { statusChip } from "../services/parts.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["办件工作台", "辦件工作台", "Case workbench"],
  queues: ["办件队列", "辦件隊列", "Queues"],
  queue_new: ["待受理", "待受理", "New"],
  queue_in_progress: ["办理中", "辦理中", "In progress"],
  queue_correction: ["待补正", "待補正", "Awaiting correction"],
  queue_overdue: ["已超期", "已逾期", "Overdue"],
  queue_ended: ["已办结", "已辦結", "Ended"],
  empty: ["此队列没有办件", "此隊列沒有辦件", "Nothing in this queue"],
  received: ["提交于 {time}", "提交於 {time}", "Submitted {time}"],
  due: ["办结期限 {day}", "辦結期限 {day}", "Due {day}"],
  tasks: ["其他事项", "其他事項", "Other tasks"],
  rectifications: ["差评整改", "差評整改", "Rectifications"],
  rectifications_sub: ["1–2 分评价的整改任务", "1–2 分評價的整改任務", "Tasks opened by ratings of 1–2"],
});

const QUEUES = {
  new: () => t("queue_new"), in_progress: () => t("queue_in_progress"), correction: () => t("queue_correction"),
  overdue: () => t("queue_overdue"), ended: () => t("queue_ended"),
};

function caseRow(kase) {
  return h("li", { class: "svc-row", "data-testid": "queue-case", "data-number": kase.number },
    h("a", { class: "svc-link", href: `#/staff/clerk/case?id=${kase.id}` },
      h("span", { class: "svc-name", text: localised(kase.item_name) }),
      statusChip(kase),
      h("span", { class: "small muted svc-number", text: kase.number }),
      h("span", { class: "small muted", text: `${kase.applicant_name} · ${t("received", { time: formatDateTime(kase.received_at) })}` }),
      kase.due_day && h("span", { class: "small", text: t("due", { day: kase.due_day }) })));
}

export default consolePage({
  role: "clerk",
  title: () => t("title"),
  async render(root, ctx) {
    const queue = QUEUES[ctx.params.queue] ? ctx.params.queue : "new";
    const list = pagedList({ path: "/workbench/cases", query: { queue }, item: caseRow, empty: t("empty"),
      className: "svc-list" });
    await list.load();
    root.append(
      h("nav", { class: "svc-queues", "aria-label": t("queues") }, Object.entries(QUEUES).map(([name, label]) =>
        h("a", { class: name === queue ? "chip chip-link selected" : "chip chip-link", href: `#/staff/clerk?queue=${name}`,
          "aria-current": name === queue ? "page" : null, text: label() }))),
      h("section", { class: "card", "data-testid": "queue" }, h("h2", { class: "card-title", text: QUEUES[queue]() }),
        list.element),
      taskLinks(t("tasks"), [{ href: "/staff/clerk/rectifications", name: t("rectifications"), sub: t("rectifications_sub") }]));
  },
});
