// Issue one certificate (签发证照): the type, the holder by their identity document, the
// validity and the type's own fields; errors beside each field. A holder without an account
// finds it in their wallet once they verify their real name with that document.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { docTypeName } from "../documents.js";
import { h } from "../dom.js";
import { todayIso, translator } from "../i18n.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { catalogue } from "../wallet/catalogue.js";
import { typeField, typeFieldControls } from "../wallet/field-inputs.js";

const t = translator(import.meta.url, {
  title: ["签发证照", "簽發證照", "Issue a certificate"],
  holder: ["持证人", "持證人", "Holder"],
  holder_name: ["姓名", "姓名", "Name"],
  holder_code_type: ["证件类型", "證件類型", "Document type"],
  holder_code: ["证件号码", "證件號碼", "Document number"],
  validity: ["有效期", "有效期", "Validity"],
  valid_from: ["起始日期", "起始日期", "Valid from"],
  valid_until: ["截止日期", "截止日期", "Valid until"],
  valid_until_hint: ["不填为长期有效", "不填為長期有效", "Leave empty for no end date"],
  contents: ["证照内容", "證照內容", "Contents"],
  submit: ["签发", "簽發", "Issue"],
  issued: ["已签发：{type}", "已簽發：{type}", "Issued: {type}"],
  issued_to: ["持证人 {name}，证照标识 {identifier}", "持證人 {name}，證照標識 {identifier}",
    "Holder {name}, identifier {identifier}"],
  open: ["查看这张证照", "查看這張證照", "Open it"],
});

function holderPart(type) {
  return h("fieldset", { class: "question group" }, h("legend", { text: t("holder") }),
    field(t("holder_name"), h("input", { name: "holder_name", maxlength: "50", autocomplete: "off" })),
    field(t("holder_code_type"), h("select", { name: "holder_code_type" },
      type.holder_doc_types.map((docType) => h("option", { value: docType, text: docTypeName(docType) })))),
    field(t("holder_code"), h("input", { name: "holder_code", maxlength: "32", autocomplete: "off", spellcheck: "false" })));
}

function validityPart() {
  return h("fieldset", { class: "question group" }, h("legend", { text: t("validity") }),
    field(t("valid_from"), h("input", { name: "valid_from", type: "date", value: todayIso() })),
    field(t("valid_until"), h("input", { name: "valid_until", type: "date" }), t("valid_until_hint")));
}

function issuedPanel(certificate) {
  return h("div", { class: "panel done wide", role: "status", "data-testid": "issued" },
    h("p", { class: "done-mark", text: `✓ ${t("issued", { type: certificate.type_name })}` }),
    h("p", { class: "identifier", text: t("issued_to", { name: certificate.holder_name, identifier: certificate.identifier }) }),
    h("a", { class: "button button-ghost", href: `#/staff/issuer/certificate?id=${encodeURIComponent(certificate.id)}`,
      text: t("open") }));
}

function issueForm(types, outcome) {
  const picker = typeField(types);
  const select = picker.querySelector("select");
  const part = h("div", { class: "form-part" });
  let controls = null;
  const draw = () => {
    const type = types.find((item) => item.slug === select.value);
    controls = typeFieldControls(type);
    part.replaceChildren(holderPart(type), validityPart(),
      h("h2", { class: "group-title", text: t("contents") }), controls.element);
  };
  select.addEventListener("change", draw);
  draw();
  const element = form({ "data-testid": "issue-form" }, picker, part,
    h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") }));
  return onSubmit(element, async () => {
    outcome.replaceChildren();
    const value = (name) => element.elements[name].value.trim();
    const body = {
      type: select.value, holder_name: value("holder_name"), holder_code_type: value("holder_code_type"),
      holder_code: value("holder_code").toUpperCase(), valid_from: value("valid_from"),
      valid_until: value("valid_until") || null, fields: controls.values(),
    };
    const certificate = await api("/issuer/certificates", { method: "POST", body });
    outcome.replaceChildren(issuedPanel(certificate));
    draw(); // a clean form for the next holder, same type
    outcome.scrollIntoView({ block: "start" });
  });
}

export default consolePage({
  role: "issuer",
  title: () => t("title"),
  async render(root) {
    const outcome = h("div", { class: "slot wide", "aria-live": "polite" });
    root.append(issueForm(await catalogue(), outcome), outcome);
  },
});
