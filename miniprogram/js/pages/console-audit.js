// The audit trail (审计日志): newest first, filtered by subject and/or event type.

import { apiList } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { go } from "../router.js";
import { consolePage } from "../console/shell.js";
import { errorPanel } from "../ui/feedback.js";
import { field, form, onSubmit, showFormErrors } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["审计日志", "審計日誌", "Audit trail"],
  filters: ["筛选", "篩選", "Filter"],
  subject: ["对象", "對象", "Subject"],
  subject_hint: ["如 staff:alice、居民账号 ID、card:…", "如 staff:alice、居民帳號 ID、card:…",
    "e.g. staff:alice, a resident's account id, card:…"],
  event: ["事件类型", "事件類型", "Event type"],
  event_hint: ["如 staff.login；留空为全部", "如 staff.login；留空為全部", "e.g. staff.login; empty for all"],
  search: ["查询", "查詢", "Search"],
  clear: ["清除筛选", "清除篩選", "Clear filters"],
  events: ["事件", "事件", "Events"],
  empty: ["没有符合条件的记录", "沒有符合條件的記錄", "No events match"],
  by: ["操作者 {actor}", "操作者 {actor}", "By {actor}"],
  from: ["来自 {address}", "來自 {address}", "From {address}"],
  about: ["对象：", "對象：", "Subject: "],
});

// Event types the app records, offered as suggestions (any other text may be typed).
const EVENTS = [
  "staff.login", "staff.login_locked", "staff.created", "staff.roles_changed", "staff.disabled", "staff.enabled",
  "staff.password_reset", "staff.password_changed", "resident.login", "resident.real_name", "resident.face",
  "resident.wechat_linked", "health_code.appeal", "health_code.partner_conversion", "health_code.key_rotated",
  "health_code.key_retired", "code_card.issued", "code_card.revoked", "risk_area.published", "risk_area.ended",
  "authority.imported", "partner_region.put",
];
const PATH = "/staff/admin/audit";

function filtered(query) {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
  return params.size ? `${PATH}?${params}` : PATH;
}

function eventItem(event) {
  const actor = event.actor?.id ? `${event.actor.kind}:${event.actor.id}` : event.actor?.kind ?? "";
  const details = Object.keys(event.details ?? {}).length ? JSON.stringify(event.details) : "";
  return h("li", { class: "record", "data-testid": "audit-event" },
    h("div", { class: "list-head" }, h("code", { text: event.event }),
      h("span", { class: event.outcome === "ok" ? "chip chip-green" : "chip chip-yellow", text: event.outcome })),
    h("p", { class: "record-meta", text: [formatDateTime(event.at, { seconds: true }), t("by", { actor }),
      event.address && t("from", { address: event.address })].filter(Boolean).join(" · ") }),
    event.subject && h("p", { class: "small" }, t("about"),
      h("a", { class: "subject-link", href: `#${filtered({ subject: event.subject })}`, text: event.subject })),
    details && h("p", { class: "details", text: details }));
}

function filterForm(query) {
  const element = form({ "data-testid": "audit-filters", "aria-label": t("filters") },
    field(t("subject"), h("input", { name: "subject", value: query.subject ?? "", maxlength: "100",
      autocomplete: "off", autocapitalize: "none", spellcheck: "false" }), t("subject_hint")),
    field(t("event"), h("input", { name: "event", value: query.event ?? "", maxlength: "64", list: "audit-event-types",
      autocomplete: "off", autocapitalize: "none", spellcheck: "false" }), t("event_hint")),
    h("datalist", { id: "audit-event-types" }, EVENTS.map((name) => h("option", { value: name }))),
    h("div", { class: "filters" },
      h("button", { type: "submit", class: "button button-primary", text: t("search") }),
      h("a", { class: "button button-ghost", href: `#${PATH}`, text: t("clear") })));
  return onSubmit(element, async () => {
    const next = { subject: element.elements.subject.value.trim(), event: element.elements.event.value.trim() };
    await apiList("/admin/audit-events", { limit: 1, query: next }); // refused filters stay on the form
    go(filtered(next));
  });
}

export default consolePage({
  role: "admin",
  title: () => t("title"),
  async render(root, ctx) {
    const query = { subject: ctx.params.subject ?? "", event: ctx.params.event ?? "" };
    const filters = filterForm(query);
    const events = pagedList({ path: "/admin/audit-events", item: eventItem, empty: t("empty"),
      query: Object.fromEntries(Object.entries(query).filter(([, value]) => value)) });
    const box = h("section", { class: "card", "aria-label": t("events") }, events.element);
    root.append(filters, box);
    await events.load().catch((error) => {
      if (error.status === 422) showFormErrors(filters, error);
      else box.replaceChildren(errorPanel(error, () => go(filtered(query))));
    });
  },
});
