// The purposes of a verifier organisation as an administrator registers them: each purpose a
// code and a name, and per certificate type the items it may see (fields, the holder's name
// and number, derived claims such as "age 18 or over"). Controls carry the paths the API
// names its errors by (purposes.0.code, purposes.0.fields.driving_licence).

import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { field } from "../ui/forms.js";
import { typeSelect } from "./field-inputs.js";

const t = translator(import.meta.url, {
  purpose: ["用途 {number}", "用途 {number}", "Purpose {number}"],
  code: ["用途代码", "用途代碼", "Code"],
  code_hint: ["小写字母开头，可含数字和 _，24 位以内，如 open_account", "小寫字母開頭，可含數字和 _，24 位以內，如 open_account",
    "Starts with a-z; a-z, 0-9 and _; 24 at most, e.g. open_account"],
  name: ["用途名称", "用途名稱", "Name"],
  name_hint: ["持证人出示前会看到，如“开立个人账户”", "持證人出示前會看到，如「開立個人帳戶」",
    "Holders see it before agreeing, e.g. \u201cOpening an account\u201d"],
  type: ["证照类型", "證照類型", "Certificate type"],
  add_type: ["＋ 添加证照类型", "＋ 新增證照類型", "+ Add a certificate type"],
  remove_type: ["移除此类型", "移除此類型", "Remove this type"],
  add_purpose: ["＋ 添加用途", "＋ 新增用途", "+ Add a purpose"],
  remove_purpose: ["删除此用途", "刪除此用途", "Remove this purpose"],
});

function shareable(type) {
  const items = new Map();
  for (const item of [...type.disclosable, ...type.fields]) if (!items.has(item.name)) items.set(item.name, item.label);
  return [...items].map(([name, label]) => ({ name, label }));
}

/** Return {element, value()}: value() the purposes as the API takes them. */
export function purposesEditor(types, initial = []) {
  const element = h("div", { class: "purposes", "data-field": "purposes" });
  let state = initial.length ? initial.map((purpose) => ({ code: purpose.code, name: purpose.name,
    types: Object.entries(purpose.fields).map(([slug, names]) => ({ slug, names: new Set(names) })) }))
    : [blank()];

  function blank() {
    return { code: "", name: "", types: [{ slug: types[0].slug, names: new Set() }] };
  }

  function read() {
    // What is on screen back into state, before anything is added or removed.
    state = [...element.querySelectorAll(":scope > .purpose")].map((box) => ({
      code: box.querySelector(".purpose-code").value.trim(),
      name: box.querySelector(".purpose-name").value.trim(),
      types: [...box.querySelectorAll(".purpose-type")].map((row) => ({
        slug: row.querySelector("select").value,
        names: new Set([...row.querySelectorAll("input:checked")].map((box2) => box2.value)),
      })),
    }));
  }

  function change(mutate) {
    read();
    mutate();
    draw();
  }

  function typeRow(index, entry, position) {
    const path = (slug) => `purposes.${index}.fields.${slug}`;
    const select = typeSelect(types, { name: `purpose-${index}-type-${position}`, selected: entry.slug });
    const items = h("div", { class: "choices-grid" });
    const row = h("div", { class: "purpose-type", "data-field": path(entry.slug) });
    const fill = () => {
      const type = types.find((item) => item.slug === select.value);
      row.dataset.field = path(type.slug);
      items.replaceChildren(...shareable(type).map((item) => h("label", { class: "choice" },
        h("input", { type: "checkbox", value: item.name, checked: entry.slug === type.slug && entry.names.has(item.name) }),
        h("span", { text: item.label }))));
    };
    select.addEventListener("change", fill);
    fill();
    row.append(field(t("type"), select), items, h("button", { type: "button", class: "link-button trip-remove",
      text: t("remove_type"), onclick: () => change(() => state[index].types.splice(position, 1)) }));
    return row;
  }

  function purposeBox(purpose, index) {
    return h("fieldset", { class: "purpose trip", "data-field": `purposes.${index}` },
      h("legend", { class: "trip-title", text: t("purpose", { number: index + 1 }) }),
      field(t("code"), h("input", { class: "purpose-code", "data-field": `purposes.${index}.code`, maxlength: "24",
        value: purpose.code, autocomplete: "off", spellcheck: "false", autocapitalize: "none" }), t("code_hint")),
      field(t("name"), h("input", { class: "purpose-name", "data-field": `purposes.${index}.name`, maxlength: "30",
        value: purpose.name, autocomplete: "off" }), t("name_hint")),
      purpose.types.map((entry, position) => typeRow(index, entry, position)),
      h("button", { type: "button", class: "button button-ghost button-small", text: t("add_type"),
        onclick: () => change(() => state[index].types.push({ slug: types[0].slug, names: new Set() })) }),
      state.length > 1 && h("button", { type: "button", class: "link-button trip-remove", text: t("remove_purpose"),
        onclick: () => change(() => state.splice(index, 1)) }));
  }

  function draw() {
    element.replaceChildren(...state.map(purposeBox),
      h("button", { type: "button", class: "button button-ghost button-block", text: t("add_purpose"),
        onclick: () => change(() => state.push(blank())) }));
  }

  draw();
  const value = () => {
    read();
    return state.map((purpose) => ({
      code: purpose.code, name: purpose.name,
      fields: Object.fromEntries(purpose.types.filter((entry) => entry.names.size).map((entry) => [entry.slug, [...entry.names]])),
    }));
  };
  return { element, value };
}
