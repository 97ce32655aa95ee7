// Real-name verification (L2): an identity document and the holder's name; afterwards the
// reader returns to where they were going (usually the health code).

import { api } from "../api.js";
import { docTypeName, DOC_TYPES } from "../documents.js";
import { formValues, h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { finish } from "../router.js";
import { toast } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
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
  continue: ["继续", "繼續", "Continue"],
});

function verifiedCard(realName, next) {
  return h("div", { class: "card" },
    h("p", { class: "done-mark", text: `✓ ${t("verified")}` }),
    h("dl", { class: "facts" },
      h("dt", { text: t("name") }), h("dd", { text: realName.name }),
      h("dt", { text: t("doc_type") }), h("dd", { text: docTypeName(realName.doc_type) }),
      h("dt", { text: t("doc_number") }), h("dd", { text: realName.doc_number }),
      h("dt", { text: t("verified_at") }), h("dd", { text: formatDateTime(realName.verified_at) })),
    next && h("a", { class: "button button-primary button-block", href: `#${next}`, text: t("continue") }));
}

function verifyForm(ctx) {
  const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") });
  const element = form({},
    h("p", { class: "muted", text: t("intro") }),
    field(t("doc_type"), h("select", { name: "doc_type" },
      DOC_TYPES.map((type) => h("option", { value: type, text: docTypeName(type) })))),
    field(t("doc_number"), h("input", { name: "doc_number", autocomplete: "off", maxlength: "32",
      spellcheck: "false", required: true })),
    field(t("name"), h("input", { name: "name", autocomplete: "name", maxlength: "64",
      placeholder: t("name_placeholder"), required: true })),
    submit);
  return onSubmit(element, async () => {
    const body = formValues(element);
    body.doc_number = body.doc_number.trim().toUpperCase();
    body.name = body.name.trim();
    await api("/me/real-name", { method: "POST", body });
    toast(t("done"));
    finish(ctx.params.next, "/profile");
  });
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const me = await api("/me");
    root.append(me.real_name ? verifiedCard(me.real_name, ctx.params.next) : verifyForm(ctx));
  },
};
