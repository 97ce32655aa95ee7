// One certificate (mine or a dependant's): what it is, its status and validity, its fields
// masked — in full after a step-up on this device — and the ways on: show it (亮证), a
// watermarked copy, a grant, its uses.

import { api } from "../api.js";
import { docTypeName } from "../documents.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { errorPanel } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";
import { withStepUp } from "../ui/step-up.js";
import { valueContext } from "../wallet/catalogue.js";
import { holderOf } from "../wallet/holder.js";
import { factList, revocationReason, statusChip, validityText } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["证照详情", "證照詳情", "Certificate"],
  issuer: ["发证机关", "發證機關", "Issued by"],
  version: ["第 {version} 版 · 签发于 {time}", "第 {version} 版 · 簽發於 {time}", "Version {version} · issued {time}"],
  revoked_because: ["注销原因：{reason}（{time}）", "註銷原因：{reason}（{time}）", "Revoked: {reason} ({time})"],
  not_usable: ["此证照已不在有效期内或已注销，不能出示或授权使用。", "此證照已不在有效期內或已註銷，不能出示或授權使用。",
    "This certificate is no longer valid, so it cannot be shown or granted."],
  contents: ["证照信息", "證照資料", "Details"],
  holder: ["持证人", "持證人", "Holder"],
  holder_code_type: ["证件类型", "證件類型", "Document"],
  holder_code: ["证件号码", "證件號碼", "Document number"],
  masked_note: ["个人信息已部分隐藏", "個人資料已部分隱藏", "Personal details are partly hidden"],
  full_note: ["完整信息已显示，请注意周围环境", "完整資料已顯示，請留意周圍環境", "Shown in full: mind who can see your screen"],
  show_full: ["显示完整信息", "顯示完整資料", "Show in full"],
  hide: ["隐藏个人信息", "隱藏個人資料", "Hide personal details"],
  identifier: ["证照标识：{identifier}", "證照標識：{identifier}", "Identifier: {identifier}"],
  actions: ["使用证照", "使用證照", "Use this certificate"],
  show: ["亮证", "亮證", "Show to a verifier"],
  image: ["用途水印图片", "用途水印圖片", "Watermarked copy"],
  grant: ["授权使用", "授權使用", "Grant use"],
  usage: ["使用记录", "使用記錄", "Uses"],
});

function header(certificate) {
  const revocation = certificate.revocation;
  return h("section", { class: `card cert-detail cert-${certificate.status}`, "aria-labelledby": "cert-title" },
    h("div", { class: "cert-head" },
      h("h2", { class: "cert-name", id: "cert-title", text: certificate.type_name }), statusChip(certificate.status)),
    h("p", { class: "cert-validity", text: validityText(certificate) }),
    revocation && h("p", { class: "error-text", text: t("revoked_because", {
      reason: revocationReason(revocation.reason), time: formatDateTime(revocation.at) }) }),
    h("dl", { class: "facts" },
      h("dt", { text: t("issuer") }), h("dd", { text: certificate.issuer?.name ?? "" })),
    h("p", { class: "muted small", text: t("version", {
      version: certificate.version, time: formatDateTime(certificate.issued_at) }) }));
}

function contentRows(certificate) {
  const labels = new Map(certificate.disclosable.map((item) => [item.name, item.label]));
  const derived = Object.entries(certificate.derived ?? {})
    .map(([name, value]) => ({ name, value, label: labels.get(name) ?? name }));
  return [
    { name: "holder_name", label: t("holder"), value: certificate.holder_name },
    { name: "holder_code_type", label: t("holder_code_type"), value: docTypeName(certificate.holder_code_type) },
    { name: "holder_code", label: t("holder_code"), value: certificate.holder_code },
    ...certificate.fields, ...derived,
  ];
}

function contents(first, load, context) {
  const box = h("section", { class: "card", "aria-labelledby": "contents-title" });
  const problem = h("div", { class: "slot" });
  const draw = (certificate) => {
    const toggle = h("button", { type: "button", class: "button button-ghost button-block cert-toggle",
      "data-testid": certificate.unmasked ? "hide-full" : "show-full",
      text: certificate.unmasked ? t("hide") : t("show_full") });
    toggle.addEventListener("click", () => busy(toggle, async () => {
      problem.replaceChildren();
      draw(await (certificate.unmasked ? load(false) : withStepUp(() => load(true))));
    }).catch((error) => problem.replaceChildren(errorPanel(error, () => toggle.click()))));
    box.replaceChildren(
      h("h2", { class: "card-title", id: "contents-title", text: t("contents") }),
      h("p", { class: certificate.unmasked ? "note" : "muted small", "data-testid": "mask-state",
        text: certificate.unmasked ? t("full_note") : t("masked_note") }),
      factList(contentRows(certificate), context, { "data-testid": "fields" }),
      problem, toggle,
      h("p", { class: "muted small identifier", text: t("identifier", { identifier: certificate.identifier }) }));
  };
  draw(first);
  return box;
}

function actions(certificate, holder) {
  const id = certificate.id;
  const usable = certificate.status === "valid";
  const link = (href, text, primary = false) => h("a", {
    class: `button ${primary ? "button-primary" : "button-ghost"}`, href: `#${href}`, text });
  return h("nav", { class: "card cert-actions", "aria-label": t("actions") },
    usable ? link(holder.screen("/wallet/show", { id }), t("show"), true) : h("p", { class: "muted", text: t("not_usable") }),
    !holder.dependant && link(`/wallet/image?id=${encodeURIComponent(id)}`, t("image")),
    usable && !holder.dependant && link(`/wallet/grant?id=${encodeURIComponent(id)}`, t("grant")),
    link(holder.screen("/wallet/usage", { certificate_id: id }), t("usage")));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const holder = holderOf(ctx.params);
    const path = `${holder.api}/certificates/${encodeURIComponent(ctx.params.id ?? "")}`;
    const load = (unmasked) => api(path, { query: unmasked ? { unmasked: "true" } : undefined });
    const certificate = await load(false);
    const context = await valueContext(certificate.type);
    root.append(header(certificate), contents(certificate, load, context), actions(certificate, holder));
  },
};
