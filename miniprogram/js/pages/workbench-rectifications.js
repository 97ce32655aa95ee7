// Rectifications (差评整改): tasks opened by ratings of 1–2 in the clerk's department; close
// one with its outcome, which the resident sees under their rating.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { toast } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["差评整改", "差評整改", "Rectifications"],
  open: ["待整改", "待整改", "Open"],
  closed: ["已整改", "已整改", "Closed"],
  filter: ["状态", "狀態", "Status"],
  empty: ["没有整改任务", "沒有整改任務", "No rectification tasks"],
  score: ["评分 {score} · {number}", "評分 {score} · {number}", "Score {score} · {number}"],
  opened: ["{time} 收到，{day} 前答复", "{time} 收到，{day} 前答覆", "Received {time}, answer by {day}"],
  outcome: ["整改结果（告知评价人）", "整改結果（告知評價人）", "Outcome (the resident sees it)"],
  close: ["完成整改", "完成整改", "Close the task"],
  closed_toast: ["整改已完成", "整改已完成", "Task closed"],
  result: ["整改结果：{outcome}", "整改結果：{outcome}", "Outcome: {outcome}"],
});

function closeForm(task) {
  const outcome = h("textarea", { name: "outcome", rows: "2", maxlength: "500" });
  const element = form({ "data-testid": "close-rectification" }, field(t("outcome"), outcome),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("close") }));
  return onSubmit(element, async () => {
    await api(`/workbench/rectifications/${task.id}/close`, { method: "POST", body: { outcome: outcome.value.trim() } });
    toast(t("closed_toast"));
    refresh();
  });
}

function taskRow(task) {
  return h("li", { class: "svc-task", "data-testid": "rectification" },
    h("p", { class: "svc-name", text: t("score", { score: task.score, number: task.case_number }) }),
    task.comment && h("p", { class: "small", text: task.comment }),
    h("p", { class: "small muted", text: t("opened", { time: formatDateTime(task.opened_at), day: task.due_day }) }),
    task.status === "open" ? closeForm(task) : h("p", { class: "small", text: t("result", { outcome: task.outcome ?? "" }) }));
}

export default consolePage({
  role: "clerk",
  title: () => t("title"),
  async render(root, ctx) {
    const status = ctx.params.status === "closed" ? "closed" : "open";
    const list = pagedList({ path: "/workbench/rectifications", query: { status }, item: taskRow, empty: t("empty"),
      className: "svc-list" });
    await list.load();
    root.append(h("nav", { class: "svc-queues", "aria-label": t("filter") }, ["open", "closed"].map((name) =>
      h("a", { class: name === status ? "chip chip-link selected" : "chip chip-link",
        href: `#/staff/clerk/rectifications?status=${name}`, "aria-current": name === status ? "page" : null,
        text: name === "open" ? t("open") : t("closed") }))),
    h("section", { class: "card" }, list.element));
  },
});
