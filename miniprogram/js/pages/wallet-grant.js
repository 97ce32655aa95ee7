// A new grant (授权使用) of one certificate: to a registered verifier for one of its purposes
// (only the items that purpose may see), or to a service application I name; the items it may
// read and the day it ends (a year at most).

import { api } from "../api.js";
import { h } from "../dom.js";
import { todayIso, translator } from "../i18n.js";
import { go } from "../router.js";
import { toast } from "../ui/feedback.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";
import { itemChoice, purposeChoice, verifiersFor } from "../wallet/choose.js";
import { statusChip } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["授权使用", "授權使用", "Grant use"],
  kind: ["授权给", "授權給", "Grant to"],
  whom: ["授权哪个单位，用于什么", "授權哪個單位，用於甚麼", "Which verifier, and what for"],
  verifier: ["登记的核验单位", "登記的核驗單位", "A registered verifier"],
  application: ["办事申请", "辦事申請", "A service application"],
  application_id: ["申请编号", "申請編號", "Application number"],
  application_id_hint: ["办事申请页面上显示的编号", "辦事申請頁面上顯示的編號", "As the application's screen shows it"],
  application_name: ["申请名称", "申請名稱", "Application name"],
  purpose: ["用途", "用途", "Purpose"],
  items: ["授权查看的信息", "授權查看的資料", "Items it may read"],
  expires: ["授权到期日", "授權到期日", "Ends on"],
  expires_hint: ["到期日当天 24 时失效，最长一年", "到期日當天 24 時失效，最長一年", "Ends at midnight that day; a year at most"],
  submit: ["确认授权", "確認授權", "Grant"],
  granted: ["已授权", "已授權", "Granted"],
  pick_one: ["请至少选择一项", "請至少選擇一項", "Choose at least one item"],
  pick_whom: ["请选择核验单位和用途", "請選擇核驗單位和用途", "Choose a verifier and a purpose"],
});

const DEFAULT_DAYS = 30;

function readable(certificate) {
  // A grant reads stored fields (and the name); proofs such as "age 18 or over" are for showing.
  const holder = certificate.disclosable.find((item) => item.name === "holder_name");
  return [holder, ...certificate.fields].filter(Boolean).map(({ name, label }) => ({ name, label }));
}

function inDays(days) {
  const day = new Date(`${todayIso()}T12:00:00+08:00`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

function verifierPart(certificate, verifiers) {
  const items = h("div");
  const choose = (choice) => {
    const allowed = new Set((choice?.purpose.fields[certificate.type] ?? []).map((item) => item.name));
    items.replaceChildren(itemChoice(readable(certificate).filter((item) => allowed.has(item.name)), [],
      { name: "fields", legend: t("items") }));
  };
  const whom = purposeChoice(verifiers, certificate.type, choose, { legend: t("whom") });
  choose(whom.chosen());
  const box = h("div", { class: "form-part" }, whom, items);
  box.terms = () => {
    const choice = whom.chosen();
    if (!choice) throw localRefusal({ verifier_id: [t("pick_whom")] });
    return { grantee: { kind: "verifier", id: choice.verifier.id }, purpose: choice.purpose.code };
  };
  return box;
}

function applicationPart(certificate) {
  const id = h("input", { "data-field": "grantee.id", maxlength: "64", autocomplete: "off", required: true });
  const name = h("input", { "data-field": "grantee.name", maxlength: "64", autocomplete: "off", required: true });
  const purpose = h("input", { name: "purpose", maxlength: "60", autocomplete: "off", required: true });
  const box = h("div", { class: "form-part" },
    field(t("application_id"), id, t("application_id_hint")), field(t("application_name"), name),
    field(t("purpose"), purpose),
    itemChoice(readable(certificate), [], { name: "fields", legend: t("items") }));
  box.terms = () => ({
    grantee: { kind: "application", id: id.value.trim(), name: name.value.trim() }, purpose: purpose.value.trim(),
  });
  return box;
}

function grantForm(certificate, verifiers) {
  const part = h("div");
  const parts = { verifier: () => verifierPart(certificate, verifiers), application: () => applicationPart(certificate) };
  const kinds = h("fieldset", { class: "question", "data-field": "grantee" }, h("legend", { text: t("kind") }),
    h("div", { class: "choices" }, Object.keys(parts).map((kind, index) => h("label", { class: "choice" },
      h("input", { type: "radio", name: "kind", value: kind, checked: index === 0,
        onchange: () => part.replaceChildren(parts[kind]()) }),
      h("span", { text: kind === "verifier" ? t("verifier") : t("application") })))));
  part.replaceChildren(parts.verifier());
  const expires = h("input", { name: "expires_at", type: "date", value: inDays(DEFAULT_DAYS), min: inDays(0),
    max: inDays(365), required: true });
  const element = form({ "data-testid": "grant-form" },
    h("div", { class: "cert-head" }, h("h2", { class: "card-title", text: certificate.type_name }),
      statusChip(certificate.status)),
    kinds, part, field(t("expires"), expires, t("expires_hint")),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") }));
  return onSubmit(element, async () => {
    const terms = part.firstChild.terms();
    const fields = [...element.querySelectorAll("input[name=fields]:checked")].map((box) => box.value);
    if (!fields.length) throw localRefusal({ fields: [t("pick_one")] });
    const expiresAt = expires.value ? `${expires.value}T23:59:59+08:00` : "";
    const body = { certificate_id: certificate.id, ...terms, fields, expires_at: expiresAt };
    await api("/wallet/grants", { method: "POST", body });
    toast(t("granted"));
    go("/wallet/grants", { replace: true });
  });
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const certificate = await api(`/wallet/certificates/${encodeURIComponent(ctx.params.id ?? "")}`);
    const verifiers = await verifiersFor(certificate.type);
    root.append(grantForm(certificate, verifiers));
  },
};
