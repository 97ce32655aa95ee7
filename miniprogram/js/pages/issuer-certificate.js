// One certificate in the issuer's console: its details (personal fields masked), re-issuing
// it as a new version with changes (the current one is then superseded), and revoking it with
// a reason (verifiers refuse it from then on).

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { consolePage } from "../console/shell.js";
import { docTypeName } from "../documents.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { go } from "../router.js";
import { toast } from "../ui/feedback.js";
import { field, form, onSubmit, showFormErrors } from "../ui/forms.js";
import { certificateType, valueContext } from "../wallet/catalogue.js";
import { typeFieldControls } from "../wallet/field-inputs.js";
import { factList, REVOCATION_REASONS, revocationReason, statusChip, validityText } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["证照", "證照", "Certificate"],
  holder: ["持证人", "持證人", "Holder"],
  document: ["证件", "證件", "Document"],
  version: ["第 {version} 版 · {time} 签发", "第 {version} 版 · {time} 簽發", "Version {version} · issued {time}"],
  revoked: ["注销原因：{reason}（{time}）", "註銷原因：{reason}（{time}）", "Revoked: {reason} ({time})"],
  reissue: ["换发新版本", "換發新版本", "Re-issue"],
  reissue_intro: ["只填要改的项目；新版本签发后，当前版本即被取代，持证人的卡包显示新版本。",
    "只填要改的項目；新版本簽發後，目前版本即被取代，持證人的卡包顯示新版本。",
    "Fill in only what changes; the new version replaces this one in the holder's wallet."],
  holder_name: ["持证人姓名", "持證人姓名", "Holder's name"],
  valid_until: ["截止日期", "截止日期", "Valid until"],
  unchanged: ["不填则不变", "不填則不變", "Leave empty to keep it"],
  reissue_submit: ["签发新版本", "簽發新版本", "Issue the new version"],
  reissued: ["已签发第 {version} 版", "已簽發第 {version} 版", "Version {version} issued"],
  revoke: ["注销证照", "註銷證照", "Revoke"],
  revoke_intro: ["注销后，任何核验都会被拒绝，无法撤销。", "註銷後，任何核驗都會被拒絕，無法撤銷。",
    "Once revoked, every check refuses it; this cannot be undone."],
  reason: ["注销原因", "註銷原因", "Reason"],
  revoke_submit: ["注销", "註銷", "Revoke"],
  confirm_revoke: ["确认注销？", "確認註銷？", "Revoke for sure?"],
  revoked_toast: ["已注销", "已註銷", "Revoked"],
  not_valid: ["此证照已不在有效状态，不能换发或注销。", "此證照已不在有效狀態，不能換發或註銷。",
    "This certificate is no longer valid: it cannot be re-issued or revoked."],
});

function details(certificate, context) {
  const rows = [
    { name: "holder_name", label: t("holder"), value: certificate.holder_name },
    { name: "holder_code", label: t("document"),
      value: `${docTypeName(certificate.holder_code_type)} ${certificate.holder_code}` },
    ...certificate.fields,
  ];
  return h("section", { class: "card", "aria-labelledby": "certificate-title", "data-testid": "issuer-certificate" },
    h("div", { class: "cert-head" },
      h("h2", { class: "cert-name", id: "certificate-title", text: certificate.type_name }), statusChip(certificate.status)),
    h("p", { class: "cert-validity", text: validityText(certificate) }),
    certificate.revocation && h("p", { class: "error-text", text: t("revoked", {
      reason: revocationReason(certificate.revocation.reason), time: formatDateTime(certificate.revocation.at) }) }),
    h("p", { class: "muted small", text: t("version", { version: certificate.version, time: formatDateTime(certificate.issued_at) }) }),
    h("p", { class: "muted small identifier", text: certificate.identifier }),
    factList(rows, context));
}

function reissueForm(certificate, type) {
  const controls = typeFieldControls(type, { optional: true });
  const element = form({ "data-testid": "reissue-form" },
    h("h2", { class: "card-title", text: t("reissue") }), h("p", { class: "muted small", text: t("reissue_intro") }),
    field(t("holder_name"), h("input", { name: "holder_name", maxlength: "50", autocomplete: "off" }), t("unchanged")),
    field(t("valid_until"), h("input", { name: "valid_until", type: "date" }), t("unchanged")),
    controls.element,
    h("button", { type: "submit", class: "button button-primary button-block", text: t("reissue_submit") }));
  return onSubmit(element, async () => {
    const changes = controls.values();
    for (const name of ["holder_name", "valid_until"]) {
      const value = element.elements[name].value.trim();
      if (value) changes[name] = value;
    }
    const next = await api(`/issuer/certificates/${encodeURIComponent(certificate.id)}/reissue`,
      { method: "POST", body: { changes } });
    toast(t("reissued", { version: next.version }));
    go(`/staff/issuer/certificate?id=${encodeURIComponent(next.id)}`, { replace: true });
  });
}

function revokeForm(certificate) {
  const reason = h("select", { name: "reason" },
    REVOCATION_REASONS.map((value) => h("option", { value, text: revocationReason(value) })));
  const element = form({ "data-testid": "revoke-form" },
    h("h2", { class: "card-title", text: t("revoke") }), h("p", { class: "muted small", text: t("revoke_intro") }),
    field(t("reason"), reason));
  element.append(confirmButton({ text: t("revoke_submit"), confirmText: t("confirm_revoke"),
    className: "button button-danger button-block",
    onError: (error) => showFormErrors(element, error),
    action: async () => {
      await api(`/issuer/certificates/${encodeURIComponent(certificate.id)}/revoke`,
        { method: "POST", body: { reason: reason.value } });
      toast(t("revoked_toast"));
      go(`/staff/issuer/certificate?id=${encodeURIComponent(certificate.id)}`, { replace: true });
    } }));
  return element;
}

export default consolePage({
  role: "issuer",
  title: () => t("title"),
  async render(root, ctx) {
    const certificate = await api(`/issuer/certificates/${encodeURIComponent(ctx.params.id ?? "")}`);
    const [type, context] = await Promise.all([certificateType(certificate.type), valueContext(certificate.type)]);
    root.append(details(certificate, context));
    if (certificate.status === "valid") root.append(reissueForm(certificate, type), revokeForm(certificate));
    else root.append(h("p", { class: "panel muted", text: t("not_valid") }));
  },
});
