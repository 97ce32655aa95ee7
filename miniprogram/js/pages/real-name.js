// Real-name verification (L2): an identity document and the holder's name.

import { api } from "../api.js";
import { busy, field, showError, toast } from "../components.js";
import { formValues, h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { go } from "../router.js";

const t = translator({
  title: ["实名认证", "實名認證", "Real-name verification"],
  intro: ["完成实名认证（L2）后即可使用粤康码等服务。证件信息加密保存，仅显示脱敏信息。",
    "完成實名認證（L2）後即可使用粵康碼等服務。證件資料加密儲存，只顯示遮蔽後資料。",
    "Verify your real name (L2) to use the health code and other services. Documents are stored encrypted and shown masked."],
  doc_type: ["证件类型", "證件類型", "Document type"],
  doc_number: ["证件号码", "證件號碼", "Document number"],
  name: ["姓名", "姓名", "Name"],
  name_placeholder: ["与证件一致", "與證件一致", "As on the document"],
  submit: ["提交认证", "提交認證", "Verify"],
  done: ["实名认证成功", "實名認證成功", "Real name verified"],
  verified: ["您已完成实名认证", "您已完成實名認證", "Your real name is verified"],
  verified_at: ["认证时间", "認證時間", "Verified at"],
  resident_id: ["居民身份证", "居民身份證", "Resident identity card"],
  hk_macao_permit: ["港澳居民来往内地通行证", "港澳居民來往內地通行證", "Mainland travel permit for HK/Macao residents"],
  taiwan_permit: ["台湾居民来往大陆通行证", "台灣居民來往大陸通行證", "Mainland travel permit for Taiwan residents"],
  residence_permit: ["港澳台居民居住证", "港澳台居民居住證", "Residence permit for HK/Macao/Taiwan residents"],
  foreign_permanent_id: ["外国人永久居留身份证", "外國人永久居留身份證", "Foreign permanent resident ID card"],
});

export const DOC_TYPES = ["resident_id", "hk_macao_permit", "taiwan_permit", "residence_permit",
  "foreign_permanent_id"];

/** The localised name of a document type. */
export function docTypeName(docType) {
  return t(docType);
}

function verifiedCard(realName) {
  return h("div", { class: "card" },
    h("p", { class: "done-mark", text: `✓ ${t("verified")}` }),
    h("dl", { class: "facts" },
      h("dt", { text: t("name") }), h("dd", { text: realName.name }),
      h("dt", { text: t("doc_type") }), h("dd", { text: t(realName.doc_type) }),
      h("dt", { text: t("doc_number") }), h("dd", { text: realName.doc_number }),
      h("dt", { text: t("verified_at") }), h("dd", { text: formatDateTime(realName.verified_at) })));
}

function verifyForm(ctx) {
  const message = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") });
  const form = h("form", { class: "card form", novalidate: true },
    h("p", { class: "muted", text: t("intro") }),
    field(t("doc_type"), h("select", { name: "doc_type" },
      DOC_TYPES.map((type) => h("option", { value: type, text: t(type) })))),
    field(t("doc_number"), h("input", { name: "doc_number", autocomplete: "off", maxlength: "32",
      spellcheck: "false", required: true })),
    field(t("name"), h("input", { name: "name", autocomplete: "name", maxlength: "64",
      placeholder: t("name_placeholder"), required: true })),
    message, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    showError(message, null);
    const body = formValues(form);
    body.doc_number = body.doc_number.trim().toUpperCase();
    body.name = body.name.trim();
    busy(submit, async () => {
      await api("/me/real-name", { method: "POST", body });
      toast(t("done"));
      const next = ctx.params.next;
      go(next && next.startsWith("/") ? next : "/profile", { replace: true });
    }).catch((error) => showError(message, error));
  });
  return form;
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const me = await api("/me");
    root.append(me.real_name ? verifiedCard(me.real_name) : verifyForm(ctx));
  },
};
