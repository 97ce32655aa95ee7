// Showing a certificate (亮证): choose a registered verifier and purpose, the items to share
// (what the purpose allows; the type's usual ones ticked), agree, then the one-time QR full
// screen. The certificate's plain fields travel in every presentation, and the screen says so.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { form, localRefusal, onSubmit } from "../ui/forms.js";
import { valueContext } from "../wallet/catalogue.js";
import { itemChoice, purposeChoice, verifiersFor } from "../wallet/choose.js";
import { holderOf } from "../wallet/holder.js";
import { requestOf } from "../wallet/request.js";
import { showPresentation } from "../wallet/qr-screen.js";
import { statusChip, valueText } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["亮证", "亮證", "Show a certificate"],
  always: ["无论选择什么，二维码都会带上此证照的以下信息：{items}", "無論選擇甚麼，二維碼都會帶上此證照的以下資料：{items}",
    "Whatever you choose, the QR code also carries: {items}"],
  always_none: ["二维码只带您选择的信息，以及证照的类型、发证机关和有效期。", "二維碼只帶您選擇的資料，以及證照的類型、發證機關和有效期。",
    "The QR code carries only what you choose, with the certificate's type, issuer and validity."],
  separator: ["、", "、", ", "],
  agree: ["向「{verifier}」出示，用于「{purpose}」。二维码 3 分钟内有效，只能核验一次，每次核验都会记入您的使用记录。",
    "向「{verifier}」出示，用於「{purpose}」。二維碼 3 分鐘內有效，只能核驗一次，每次核驗都會記入您的使用記錄。",
    "Shown to {verifier} for {purpose}. The QR code lasts 3 minutes, checks once, and every check goes into your log of uses."],
  submit: ["同意并出示", "同意並出示", "Agree and show"],
  pick_one: ["请至少选择一项要出示的信息", "請至少選擇一項要出示的資料", "Choose at least one item to share"],
  pick_whom: ["请选择核验单位和用途", "請選擇核驗單位和用途", "Choose a verifier and a purpose"],
  not_valid: ["此证照当前不能出示", "此證照目前不能出示", "This certificate cannot be shown now"],
});

function allowedItems(certificate, purpose) {
  const allowed = new Set((purpose?.fields[certificate.type] ?? []).map((item) => item.name));
  return certificate.disclosable.filter((item) => allowed.has(item.name));
}

function alwaysShown(certificate, context) {
  const plain = certificate.fields.filter((row) => !row.personal);
  const text = plain.length
    ? t("always", { items: plain.map((row) => `${row.label} ${valueText(row, context)}`).join(t("separator")) })
    : t("always_none");
  return { element: h("p", { class: "note", "data-testid": "always-shown", text }), labels: plain.map((row) => row.label) };
}

function showForm(certificate, { verifiers, context, request }, present) {
  const items = h("div", { class: "slot-items" });
  const consent = h("p", { class: "consent", "data-testid": "consent" });
  const choose = (choice) => {
    const allowed = allowedItems(certificate, choice?.purpose);
    const typical = certificate.typical.filter((name) => allowed.some((item) => item.name === name));
    items.replaceChildren(itemChoice(allowed, typical));
    consent.textContent = choice ? t("agree", { verifier: choice.verifier.name, purpose: choice.purpose.name }) : "";
  };
  const whom = purposeChoice(verifiers, certificate.type, choose, { selected: request });
  const always = alwaysShown(certificate, context);
  const element = form({ "data-testid": "show-form" },
    h("div", { class: "cert-head" }, h("h2", { class: "card-title", text: certificate.type_name }),
      statusChip(certificate.status)),
    whom, items, always.element, consent,
    h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") }));
  choose(whom.chosen());
  return onSubmit(element, async () => {
    const choice = whom.chosen();
    if (!choice) throw localRefusal({ verifier_id: [t("pick_whom")] });
    const disclose = items.firstChild.picked();
    if (!disclose.length) throw localRefusal({ disclose: [t("pick_one")] });
    await present({ verifier_id: choice.verifier.id, purpose: choice.purpose.code, disclose }, always.labels);
  });
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const holder = holderOf(ctx.params);
    const path = `${holder.api}/certificates/${encodeURIComponent(ctx.params.id ?? "")}`;
    const certificate = await api(path);
    if (certificate.status !== "valid") {
      root.append(h("div", { class: "panel panel-error", role: "alert" }, h("p", { text: t("not_valid") }),
        statusChip(certificate.status)));
      return;
    }
    const [verifiers, context] = await Promise.all([verifiersFor(certificate.type), valueContext(certificate.type)]);
    let element = null;
    const present = async (body, always) => {
      const presentation = await api(`${path}/presentations`, { method: "POST", body });
      if (!ctx.alive()) return;
      // A new one is made from the same choices, its refusals shown on the form.
      const close = showPresentation(presentation, {
        ctx, typeName: certificate.type_name, holderName: certificate.holder_name, always,
        onAgain: () => {
          close();
          element.requestSubmit();
        } });
    };
    element = showForm(certificate, { verifiers, context, request: requestOf(ctx.params) }, present);
    root.append(element);
  },
};
