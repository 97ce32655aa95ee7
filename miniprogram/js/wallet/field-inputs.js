// Inputs for certificate content as the issuer console types it: a type picker grouped by
// issuing department, and one control per field of a type by its kind (text, date, choice,
// number, area, address, photo reference), each named as the API names its errors.

import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { field } from "../ui/forms.js";
import { regionPicker } from "../ui/region-picker.js";

const t = translator(import.meta.url, {
  type: ["证照类型", "證照類型", "Certificate type"],
  any_type: ["全部类型", "全部類型", "All types"],
  choose: ["请选择", "請選擇", "Choose"],
  area: ["所在地区", "所在地區", "Area"],
  line: ["详细地址", "詳細地址", "Street address"],
  photo_hint: ["发证机关保存的照片编号（8–40 位字母、数字、- 或 _）", "發證機關保存的相片編號（8–40 位字母、數字、- 或 _）",
    "The reference of the photo the issuer keeps (8–40 letters, digits, - or _)"],
  unchanged: ["不填则不变", "不填則不變", "Leave empty to keep it"],
});

/** A select of every type, grouped by issuing department; anyType adds "all types" first. */
export function typeSelect(types, { name = "type", anyType = false, selected = "" } = {}) {
  const groups = new Map();
  for (const type of types) {
    const issuer = type.issuer?.name ?? "";
    if (!groups.has(issuer)) groups.set(issuer, []);
    groups.get(issuer).push(type);
  }
  return h("select", { name },
    anyType && h("option", { value: "", text: t("any_type") }),
    [...groups].map(([issuer, members]) => h("optgroup", { label: issuer },
      members.map((type) => h("option", { value: type.slug, text: type.name, selected: type.slug === selected })))));
}

/** The type picker as a labelled field. */
export function typeField(types, options) {
  return field(t("type"), typeSelect(types, options));
}

function simpleControl(spec) {
  const name = spec.name;
  if (spec.kind === "enum") {
    return h("select", { name }, h("option", { value: "", text: t("choose") }),
      spec.choices.map((choice) => h("option", { value: choice, text: choice })));
  }
  if (spec.kind === "date") return h("input", { name, type: "date" });
  const numeric = { integer: "numeric", decimal: "decimal" }[spec.kind];
  return h("input", { name, inputmode: numeric, autocomplete: "off", maxlength: "60", spellcheck: "false" });
}

function numberOrText(kind, text) {
  return kind === "integer" && /^-?\d{1,12}$/.test(text) ? Number(text) : text;
}

/**
 * One control for a field of a type; returns {element, value()} where value() is what the API
 * takes (undefined when left empty). optional: the hint says empty keeps the current value.
 */
export function fieldControl(spec, { optional = false } = {}) {
  const hint = optional ? t("unchanged") : null;
  if (spec.kind === "area") {
    const picker = regionPicker({ legend: spec.label, path: spec.name });
    return { element: picker, value: () => picker.value() || undefined };
  }
  if (spec.kind === "address") {
    const picker = regionPicker({ legend: t("area"), path: `${spec.name}.area` });
    const line = h("input", { "data-field": `${spec.name}.line`, maxlength: "60", autocomplete: "off" });
    const element = h("fieldset", { class: "question address", "data-field": spec.name },
      h("legend", { text: spec.label }), hint && h("p", { class: "field-hint", text: hint }), picker, field(t("line"), line));
    const value = () => (picker.value() || line.value.trim() ? { area: picker.value(), line: line.value.trim() } : undefined);
    return { element, value };
  }
  const control = simpleControl(spec);
  const element = field(spec.label, control, spec.kind === "photo" ? t("photo_hint") : hint);
  return { element, value: () => (control.value.trim() ? numberOrText(spec.kind, control.value.trim()) : undefined) };
}

/** Controls for every field of a type; returns {element, values()} with only what was filled. */
export function typeFieldControls(type, options) {
  const controls = type.fields.map((spec) => [spec.name, fieldControl(spec, options)]);
  const element = h("div", { class: "form-part" }, controls.map(([, control]) => control.element));
  const values = () => Object.fromEntries(controls.map(([name, control]) => [name, control.value()])
    .filter(([, value]) => value !== undefined));
  return { element, values };
}
