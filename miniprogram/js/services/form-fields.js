// A service's form, drawn from its schema ({name, type, label, required, validation, options}),
// each pre-filled value marked with where it came from, and read back as {name: value}.

import { regionNames } from "../console/region-names.js";
import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { field } from "../ui/forms.js";
import { regionPicker } from "../ui/region-picker.js";

const t = translator(import.meta.url, {
  from_profile: ["已自动填写（实名信息）", "已自動填寫（實名資料）", "Filled in from your verified details"],
  from_certificate: ["已自动填写（电子证照）", "已自動填寫（電子證照）", "Filled in from an e-certificate"],
  changed: ["已手动修改", "已手動修改", "Changed by you"],
  optional: ["（选填）", "（選填）", " (optional)"],
  choose: ["请选择", "請選擇", "Choose"],
  yes: ["是", "是", "Yes"],
  region_kept: ["当前：{name}（如需更改请在下方选择）", "目前：{name}（如需更改請在下方選擇）", "Now: {name} (choose below to change it)"],
});

const INPUT_TYPES = { number: "number", date: "date", phone: "tel", email: "email" };
const AUTOCOMPLETE = { phone: "tel", email: "email" };

function control(spec, value) {
  const rules = spec.validation || {};
  if (spec.type === "textarea") {
    return h("textarea", { name: spec.name, rows: "3", maxlength: rules.max_length, text: value ?? "" });
  }
  if (spec.type === "select") {
    return h("select", { name: spec.name },
      h("option", { value: "", text: t("choose") }),
      spec.options.map((option) => h("option", { value: option.value, selected: option.value === value,
        text: localised(option.label) })));
  }
  if (spec.type === "boolean") {
    return h("label", { class: "pledge" }, h("input", { type: "checkbox", name: spec.name, checked: Boolean(value) }),
      h("span", { text: t("yes") }));
  }
  return h("input", { name: spec.name, type: INPUT_TYPES[spec.type] ?? "text", value: value ?? "",
    maxlength: rules.max_length, min: rules.min, max: rules.max, autocomplete: AUTOCOMPLETE[spec.type] ?? "off",
    inputmode: spec.type === "id_number" ? "text" : null, spellcheck: "false" });
}

function sourceMark(source) {
  if (!source) return null;
  const text = source.startsWith("cert.") ? t("from_certificate") : t("from_profile");
  return h("span", { class: "chip chip-prefill", "data-testid": "prefilled", "data-source": source, text });
}

/** Draw one form field; offered: {value, source} when pre-fill offers it; saved: a draft's value. */
export function schemaField(spec, offered, saved) {
  const label = localised(spec.label) + (spec.required ? "" : t("optional"));
  const value = saved !== undefined ? saved : offered?.value;
  if (spec.type === "region") return regionField(spec, label, value, offered);
  const made = control(spec, value);
  const mark = offered && String(value) === String(offered.value) ? sourceMark(offered.source) : null;
  const box = h("div", { class: "svc-field", "data-name": spec.name },
    field(label, made), mark);
  if (mark) {
    const input = made.matches("input, select, textarea") ? made : made.querySelector("input");
    input.addEventListener("input", () => {
      const same = String(readInput(input)) === String(offered.value);
      mark.textContent = same ? sourceMark(offered.source).textContent : t("changed");
      mark.classList.toggle("chip-changed", !same);
    });
  }
  return box;
}

// A region already known (pre-filled or saved) is kept unless another one is chosen.
function regionField(spec, label, value, offered) {
  const picker = regionPicker({ legend: label, path: spec.name });
  const box = h("div", { class: "svc-field", "data-name": spec.name, "data-value": value ?? "" });
  if (value) {
    const line = h("p", { class: "small", text: t("region_kept", { name: value }) });
    regionNames().then((names) => (line.textContent = t("region_kept", { name: names.get(String(value)) ?? value })));
    picker.querySelector("legend").after(line);
    if (offered && String(value) === String(offered.value)) line.after(sourceMark(offered.source));
  }
  box.append(picker);
  return box;
}

function readInput(input) {
  return input.type === "checkbox" ? input.checked : input.value;
}

/** Read the form's values by the schema: empty fields left out, numbers as numbers. */
export function schemaValues(container, specs) {
  const values = {};
  for (const spec of specs) {
    const box = container.querySelector(`.svc-field[data-name="${CSS.escape(spec.name)}"]`);
    if (!box) continue;
    if (spec.type === "region") {
      const code = box.querySelector("fieldset").value() || box.dataset.value;
      if (code) values[spec.name] = code;
      continue;
    }
    const input = box.querySelector(`[name="${CSS.escape(spec.name)}"]`);
    const value = readInput(input);
    if (spec.type === "boolean") values[spec.name] = value;
    else if (value !== "") values[spec.name] = spec.type === "number" ? Number(value) : value.trim();
  }
  return values;
}
