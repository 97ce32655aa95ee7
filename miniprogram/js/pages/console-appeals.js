// The appeals queue (申诉处理): open appeals oldest first, each decided with a reason.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { consolePage } from "../console/shell.js";
import { isoFromLocal } from "../console/times.js";
import { colourChip } from "../ui/controls.js";
import { toast } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["申诉处理", "申訴處理", "Appeals"],
  filter: ["申诉状态", "申訴狀態", "Appeal status"],
  open: ["待处理", "待處理", "Waiting"],
  upheld: ["申诉成立", "申訴成立", "Upheld"],
  rejected: ["未予支持", "未予支持", "Rejected"],
  empty_open: ["没有待处理的申诉", "沒有待處理的申訴", "No appeals are waiting"],
  empty: ["没有此类申诉", "沒有此類申訴", "No appeals of this kind"],
  waited_days: ["已等待 {days} 天 {hours} 小时", "已等待 {days} 天 {hours} 小時", "Waiting {days} d {hours} h"],
  waited_hours: ["已等待 {hours} 小时 {minutes} 分钟", "已等待 {hours} 小時 {minutes} 分鐘", "Waiting {hours} h {minutes} min"],
  waited_minutes: ["已等待 {minutes} 分钟", "已等待 {minutes} 分鐘", "Waiting {minutes} min"],
  filed: ["提交于 {time}", "提交於 {time}", "Filed {time}"],
  rules: ["赋码依据：{rules}", "賦碼依據：{rules}", "Rules behind the colour: {rules}"],
  decided: ["{by} 于 {time} 决定：{reason}", "{by} 於 {time} 決定：{reason}", "Decided by {by} at {time}: {reason}"],
  outcome: ["处理决定", "處理決定", "Decision"],
  uphold: ["申诉成立，转为绿码", "申訴成立，轉為綠碼", "Uphold: the code turns green"],
  reject: ["不予支持，颜色不变", "不予支持，顏色不變", "Reject: the colour stays"],
  reason: ["决定理由（将告知申诉人）", "決定理由（將告知申訴人）", "Reason (the resident is told)"],
  until: ["绿码有效至（可选，北京时间）", "綠碼有效至（可選，北京時間）", "Green until (optional, Beijing time)"],
  until_hint: ["仅在申诉成立时适用；不填则直到情况变化", "僅在申訴成立時適用；不填則直至情況變化",
    "Only when upheld; leave empty for until things change"],
  decide: ["提交决定", "提交決定", "Record the decision"],
  decided_toast: ["已处理，已通知申诉人", "已處理，已通知申訴人", "Decided; the resident has been told"],
});

const STATUSES = { open: () => t("open"), upheld: () => t("upheld"), rejected: () => t("rejected") };

function waited(seconds) {
  const minutes = Math.floor(seconds / 60) % 60;
  const hours = Math.floor(seconds / 3600) % 24;
  const days = Math.floor(seconds / 86400);
  if (days) return t("waited_days", { days, hours });
  if (hours) return t("waited_hours", { hours, minutes });
  return t("waited_minutes", { minutes });
}

function choice(value, text, checked) {
  return h("label", { class: "choice" }, h("input", { type: "radio", name: "outcome", value, checked }),
    h("span", { text }));
}

function decisionForm(appeal) {
  const element = form({ "data-testid": "decision-form" },
    h("fieldset", { class: "question", "data-field": "outcome" }, h("legend", { text: t("outcome") }),
      h("div", { class: "choices-wrap" }, choice("upheld", t("uphold"), true), choice("rejected", t("reject"), false))),
    field(t("reason"), h("textarea", { name: "reason", rows: "3", maxlength: "500", required: true })),
    field(t("until"), h("input", { name: "until", type: "datetime-local" }), t("until_hint")),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("decide") }));
  return onSubmit(element, async () => {
    const { outcome, reason, until } = element.elements;
    const body = { outcome: outcome.value, reason: reason.value.trim(), until: isoFromLocal(until.value) };
    await api(`/authority/appeals/${encodeURIComponent(appeal.id)}/decision`, { method: "POST", body });
    toast(t("decided_toast"));
    refresh();
  });
}

function appealItem(appeal) {
  return h("li", { class: "record", "data-testid": "appeal" },
    h("div", { class: "list-head" }, h("strong", { text: appeal.masked_name }), colourChip(appeal.colour_appealed),
      h("span", { class: `status status-${appeal.status}`, text: STATUSES[appeal.status]?.() ?? appeal.status })),
    h("p", { text: appeal.reason }),
    h("p", { class: "record-meta", text: `${t("filed", { time: formatDateTime(appeal.created_at) })} · ${waited(appeal.waited_seconds)}` }),
    appeal.rule_ids.length > 0 && h("p", { class: "record-meta", text: t("rules", { rules: appeal.rule_ids.join(", ") }) }),
    appeal.status === "open" ? decisionForm(appeal) : h("p", { class: "small", text: t("decided", {
      by: appeal.decided_by, time: formatDateTime(appeal.decided_at), reason: appeal.decision_reason }) }));
}

function statusLinks(current) {
  return h("nav", { class: "console-switch wide", "aria-label": t("filter") },
    Object.entries(STATUSES).map(([status, name]) => h("a", {
      class: status === current ? "chip chip-link selected" : "chip chip-link",
      href: `#/staff/health_authority/appeals?status=${status}`, "aria-current": status === current ? "page" : null,
      text: name() })));
}

export default consolePage({
  role: "health_authority",
  title: () => t("title"),
  async render(root, ctx) {
    const status = STATUSES[ctx.params.status] ? ctx.params.status : "open";
    const appeals = pagedList({ path: "/authority/appeals", query: { status }, item: appealItem,
      empty: status === "open" ? t("empty_open") : t("empty") });
    await appeals.load();
    root.append(statusLinks(status), h("section", { class: "card wide", "aria-label": STATUSES[status]() }, appeals.element));
  },
});
