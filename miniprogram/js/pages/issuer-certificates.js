// Certificates I issued (已签发证照), newest first, by type and status; or one found by its
// identifier (any issuer's, its check character checked). Each leads to re-issue and revoke.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { go } from "../router.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";
import { catalogue } from "../wallet/catalogue.js";
import { typeSelect } from "../wallet/field-inputs.js";
import { statusChip, validityText } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["已签发证照", "已簽發證照", "Certificates I issued"],
  find: ["按证照标识查找", "按證照標識查找", "Find by identifier"],
  identifier: ["证照标识", "證照標識", "Identifier"],
  identifier_hint: ["如 1.2.156.3005.2.…，校验位会被检查", "如 1.2.156.3005.2.…，校驗碼會被檢查",
    "Like 1.2.156.3005.2.…; its check character is checked"],
  look_up: ["查找", "查找", "Find"],
  filters: ["筛选", "篩選", "Filter"],
  type: ["证照类型", "證照類型", "Type"],
  status: ["状态", "狀態", "Status"],
  any_status: ["全部状态", "全部狀態", "Any status"],
  valid: ["有效", "有效", "Valid"],
  expired: ["已过期", "已過期", "Expired"],
  revoked: ["已注销", "已註銷", "Revoked"],
  apply: ["筛选", "篩選", "Apply"],
  list: ["我签发的证照", "我簽發的證照", "What I issued"],
  empty: ["没有符合条件的证照", "沒有符合條件的證照", "No certificates match"],
  issued: ["第 {version} 版 · {time} 签发", "第 {version} 版 · {time} 簽發", "Version {version} · issued {time}"],
  open: ["查看、换发、注销", "查看、換發、註銷", "Open, re-issue, revoke"],
});

const STATUSES = { valid: () => t("valid"), expired: () => t("expired"), revoked: () => t("revoked") };

function certificateItem(certificate) {
  return h("li", { class: "record", "data-testid": "issued-certificate" },
    h("div", { class: "list-head" }, h("strong", { text: certificate.type_name }), statusChip(certificate.status)),
    h("p", { text: certificate.holder_name }),
    h("p", { class: "record-meta", text: validityText(certificate) }),
    h("p", { class: "record-meta", text: t("issued", { version: certificate.version, time: formatDateTime(certificate.issued_at) }) }),
    h("p", { class: "record-meta identifier", text: certificate.identifier }),
    h("div", { class: "record-actions" }, h("a", { class: "button button-ghost button-small",
      href: `#/staff/issuer/certificate?id=${encodeURIComponent(certificate.id)}`, text: t("open") })));
}

function lookupForm() {
  const input = h("input", { name: "identifier", maxlength: "120", autocomplete: "off", spellcheck: "false" });
  const element = form({ "data-testid": "lookup-form" }, h("h2", { class: "card-title", text: t("find") }),
    field(t("identifier"), input, t("identifier_hint")),
    h("button", { type: "submit", class: "button button-ghost button-block", text: t("look_up") }));
  return onSubmit(element, async () => {
    const found = await api("/issuer/certificates/lookup", { query: { identifier: input.value.trim() } });
    go(`/staff/issuer/certificate?id=${encodeURIComponent(found.id)}`);
  });
}

function filterForm(types, params) {
  const type = typeSelect(types, { anyType: true, selected: params.type ?? "" });
  const status = h("select", { name: "status" }, h("option", { value: "", text: t("any_status") }),
    Object.entries(STATUSES).map(([value, name]) => h("option", { value, text: name(), selected: value === params.status })));
  const element = form({ "data-testid": "filter-form" }, h("h2", { class: "card-title", text: t("filters") }),
    field(t("type"), type), field(t("status"), status),
    h("button", { type: "submit", class: "button button-ghost button-block", text: t("apply") }));
  return onSubmit(element, async () => {
    const query = new URLSearchParams(Object.entries({ type: type.value, status: status.value }).filter(([, v]) => v));
    go(`/staff/issuer/certificates${query.size ? `?${query}` : ""}`, { replace: true });
  });
}

export default consolePage({
  role: "issuer",
  title: () => t("title"),
  async render(root, ctx) {
    const types = await catalogue();
    const query = Object.fromEntries(["type", "status"].filter((key) => ctx.params[key]).map((key) => [key, ctx.params[key]]));
    const list = pagedList({ path: "/issuer/certificates", item: certificateItem, empty: t("empty"), query });
    await list.load();
    root.append(filterForm(types, ctx.params), lookupForm(),
      h("section", { class: "card wide", "aria-labelledby": "issued-title" },
        h("h2", { class: "card-title", id: "issued-title", text: t("list") }), list.element));
  },
});
