// Offline code cards (离线码卡) for people without a phone: issue one after a real-name
// check, print it, list cards by status, revoke a lost one.

import { api } from "../api.js";
import { docTypeName, DOC_TYPES } from "../documents.js";
import { formValues, h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { printBlob, saveBlob } from "../console/files.js";
import { consolePage } from "../console/shell.js";
import { toast } from "../ui/feedback.js";
import { busy, field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["离线码卡", "離線碼卡", "Code cards"],
  issue_title: ["签发码卡", "簽發碼卡", "Issue a card"],
  issue_intro: ["核验持卡人证件和姓名后签发，码卡可打印后随身携带，扫码时显示实时颜色。",
    "核驗持卡人證件和姓名後簽發，碼卡可列印後隨身攜帶，掃碼時顯示實時顏色。",
    "The holder's document and name are checked first; the printed card shows their live colour when scanned."],
  doc_type: ["证件类型", "證件類型", "Document type"],
  doc_number: ["证件号码", "證件號碼", "Document number"],
  name: ["姓名", "姓名", "Name"],
  valid_days: ["有效天数（1–180）", "有效日數（1–180）", "Valid for (days, 1–180)"],
  issue: ["核验并签发", "核驗並簽發", "Check and issue"],
  issued: ["已签发：{name}，有效至 {time}", "已簽發：{name}，有效至 {time}", "Issued to {name}, valid until {time}"],
  filter: ["码卡状态", "碼卡狀態", "Card status"],
  all: ["全部", "全部", "All"],
  active: ["有效", "有效", "Valid"],
  expired: ["已过期", "已過期", "Expired"],
  revoked: ["已作废", "已作廢", "Revoked"],
  empty: ["没有码卡", "沒有碼卡", "No cards"],
  card_line: ["卡号 {id} · {by} 签发于 {time}", "卡號 {id} · {by} 簽發於 {time}", "Card {id} · issued by {by} at {time}"],
  expires: ["有效至 {time}", "有效至 {time}", "Valid until {time}"],
  revoked_line: ["{by} 于 {time} 作废：{reason}", "{by} 於 {time} 作廢：{reason}", "Revoked by {by} at {time}: {reason}"],
  print: ["打印", "列印", "Print"],
  download: ["下载图片", "下載圖片", "Download"],
  card_label: ["{name} 的码卡", "{name} 的碼卡", "Code card of {name}"],
  revoke: ["作废", "作廢", "Revoke"],
  revoke_reason: ["作废原因", "作廢原因", "Why it is revoked"],
  revoke_hint: ["如：持卡人遗失、已补办新卡", "如：持卡人遺失、已補辦新卡", "e.g. lost, replaced"],
  revoke_confirm: ["确认作废", "確認作廢", "Revoke the card"],
  revoked_toast: ["码卡已作废，扫码将提示已作废", "碼卡已作廢，掃碼將提示已作廢", "Revoked: scanning it now says so"],
});

const STATUSES = { active: () => t("active"), expired: () => t("expired"), revoked: () => t("revoked") };
const CHIPS = { active: "chip chip-green", expired: "chip chip-grey", revoked: "chip chip-red" };

function imageButtons(card) {
  const image = () => api(`/code-cards/${encodeURIComponent(card.id)}/card.png`, { as: "blob" });
  const print = h("button", { type: "button", class: "button button-primary button-small", text: t("print") });
  print.addEventListener("click", () => busy(print, async () => printBlob(await image(),
    t("card_label", { name: card.masked_name }))).catch((error) => toast(error.message)));
  const download = h("button", { type: "button", class: "button button-ghost button-small", text: t("download") });
  download.addEventListener("click", () => busy(download, async () => saveBlob(await image(),
    `code-card-${card.id.slice(0, 8)}.png`)).catch((error) => toast(error.message)));
  return [print, download];
}

function revokeForm(card, reload) {
  const element = form({ hidden: true },
    field(t("revoke_reason"), h("textarea", { name: "reason", rows: "2", maxlength: "200", required: true }),
      t("revoke_hint")),
    h("button", { type: "submit", class: "button button-danger button-block", text: t("revoke_confirm") }));
  return onSubmit(element, async () => {
    const body = { reason: element.elements.reason.value.trim() };
    await api(`/code-cards/${encodeURIComponent(card.id)}/revoke`, { method: "POST", body });
    toast(t("revoked_toast"));
    await reload();
  });
}

function cardItem(card, reload) {
  const revoking = card.status === "active" && revokeForm(card, reload);
  return h("li", { class: "record", "data-testid": "code-card" },
    h("div", { class: "list-head" }, h("strong", { text: card.masked_name }),
      h("span", { class: CHIPS[card.status] ?? "chip", text: STATUSES[card.status]?.() ?? card.status })),
    h("p", { class: "record-meta", text: t("card_line", { id: card.id.slice(0, 8), by: card.issued_by,
      time: formatDateTime(card.issued_at) }) }),
    h("p", { class: "small", text: t("expires", { time: formatDateTime(card.expires_at) }) }),
    card.revoked_at && h("p", { class: "small", text: t("revoked_line", { by: card.revoked_by,
      time: formatDateTime(card.revoked_at), reason: card.reason }) }),
    revoking && h("div", { class: "record-actions" }, imageButtons(card),
      h("button", { type: "button", class: "button button-danger button-small", "aria-expanded": "false",
        text: t("revoke"), onclick: (event) => {
          revoking.hidden = !revoking.hidden;
          event.currentTarget.setAttribute("aria-expanded", String(!revoking.hidden));
        } })),
    revoking);
}

function issueForm(issuedBox, reload) {
  const element = form({ "data-testid": "card-form" },
    h("h2", { class: "card-title", text: t("issue_title") }), h("p", { class: "muted small", text: t("issue_intro") }),
    field(t("doc_type"), h("select", { name: "doc_type" },
      DOC_TYPES.map((type) => h("option", { value: type, text: docTypeName(type) })))),
    field(t("doc_number"), h("input", { name: "doc_number", maxlength: "32", autocomplete: "off", required: true })),
    field(t("name"), h("input", { name: "name", maxlength: "64", autocomplete: "off", required: true })),
    field(t("valid_days"), h("input", { name: "valid_days", type: "number", min: "1", max: "180", value: "90",
      inputmode: "numeric", required: true })),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("issue") }));
  return onSubmit(element, async () => {
    const body = formValues(element);
    body.doc_number = body.doc_number.trim().toUpperCase();
    body.valid_days = Number(body.valid_days);
    const card = await api("/code-cards", { method: "POST", body });
    element.reset();
    issuedBox.replaceChildren(h("div", { class: "panel wide", role: "status", "data-testid": "card-issued" },
      h("p", { class: "done-mark", text: `✓ ${t("issued", { name: card.masked_name, time: formatDateTime(card.expires_at) })}` }),
      h("div", { class: "record-actions" }, imageButtons(card))));
    await reload();
  });
}

function statusLinks(current) {
  const entries = [["", t("all")], ...Object.entries(STATUSES).map(([status, name]) => [status, name()])];
  return h("nav", { class: "console-switch", "aria-label": t("filter") }, entries.map(([status, name]) => h("a", {
    class: status === current ? "chip chip-link selected" : "chip chip-link",
    href: `#/staff/health_authority/code-cards${status ? `?status=${status}` : ""}`,
    "aria-current": status === current ? "page" : null, text: name })));
}

export default consolePage({
  role: "health_authority",
  title: () => t("title"),
  async render(root, ctx) {
    const status = STATUSES[ctx.params.status] ? ctx.params.status : "";
    const listBox = h("div");
    const reload = async () => {
      const cards = pagedList({ path: "/code-cards", query: status ? { status } : {},
        item: (card) => cardItem(card, reload), empty: t("empty") });
      await cards.load();
      listBox.replaceChildren(cards.element);
    };
    await reload();
    const issued = h("div", { class: "slot" });
    root.append(issueForm(issued, reload), issued,
      h("section", { class: "card", "aria-label": t("filter") }, statusLinks(status), listBox));
  },
});
