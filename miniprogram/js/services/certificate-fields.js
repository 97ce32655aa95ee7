// 出证 on the workbench: the result certificate's fields the clerk still supplies when
// completing (the case detail's result_certificate.to_supply), drawn as controls and read
// back as {name: value} for the complete action's certificate_fields.

import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { field } from "../ui/forms.js";
import { regionPicker } from "../ui/region-picker.js";

const t = translator(import.meta.url, {
  heading: ["出证信息：{name}", "出證資料：{name}", "Certificate to issue: {name}"],
  intro: ["以下为电子证照上需由窗口填写的内容，其余已由系统、申请表或申请人证照填好。",
    "以下為電子證照上需由窗口填寫的內容，其餘已由系統、申請表或申請人證照填好。",
    "These certificate fields are yours to fill in; the rest come from the system, the form or the applicant's certificates."],
  filled: ["已自动填写：{count} 项", "已自動填寫：{count} 項", "Filled in automatically: {count}"],
  optional: ["（选填）", "（選填）", " (optional)"],
  choose: ["请选择", "請選擇", "Choose"],
  address_line: ["详细地址", "詳細地址", "Street address"],
  photo_hint: ["填写本部门存档照片的编号", "填寫本部門存檔相片的編號", "The reference of the photo your department keeps"],
});

const NUMERIC = { integer: "1", decimal: "0.01" };

function control(spec) {
  if (spec.kind === "enum") {
    return h("select", { name: spec.name }, h("option", { value: "", text: t("choose") }),
      (spec.choices ?? []).map((choice) => h("option", { value: choice, text: choice })));
  }
  if (spec.kind === "date") return h("input", { name: spec.name, type: "date" });
  if (spec.kind in NUMERIC) return h("input", { name: spec.name, type: "number", step: NUMERIC[spec.kind], inputmode: "decimal" });
  return h("input", { name: spec.name, type: "text", maxlength: spec.max_length ?? null, autocomplete: "off" });
}

function entry(spec) {
  const label = localised(spec.label) + (spec.required ? "" : t("optional"));
  if (spec.kind === "area") {
    return h("div", { class: "cert-field", "data-name": spec.name, "data-kind": spec.kind },
      regionPicker({ legend: label, path: spec.name }));
  }
  if (spec.kind === "address") {
    const line = h("input", { name: `${spec.name}.line`, type: "text", maxlength: spec.max_length ?? null, autocomplete: "off" });
    return h("div", { class: "cert-field", "data-name": spec.name, "data-kind": spec.kind, "data-field": spec.name },
      regionPicker({ legend: label, path: `${spec.name}.area` }), field(t("address_line"), line));
  }
  const hint = spec.kind === "photo" ? t("photo_hint") : null;
  return h("div", { class: "cert-field", "data-name": spec.name, "data-kind": spec.kind }, field(label, control(spec), hint));
}

/** The fieldset for what remains of the result certificate, or null when nothing does. */
export function certificateFieldset(result) {
  if (!result?.to_supply?.length) return null;
  return h("fieldset", { class: "question", "data-testid": "certificate-fields" },
    h("legend", { text: t("heading", { name: localised(result.type_name) }) }),
    h("p", { class: "muted small", text: t("intro") }),
    result.filled?.length ? h("p", { class: "small", text: t("filled", { count: result.filled.length }) }) : null,
    result.to_supply.map(entry));
}

/** Read the clerk's values by kind: numbers as numbers, areas as codes, addresses as {area, line}. */
export function certificateValues(fieldset) {
  const values = {};
  for (const box of fieldset?.querySelectorAll(".cert-field") ?? []) {
    const { name, kind } = box.dataset;
    if (kind === "area") {
      const code = box.querySelector("fieldset").value();
      if (code) values[name] = code;
    } else if (kind === "address") {
      const area = box.querySelector("fieldset").value();
      const line = box.querySelector("input[type=text]").value.trim();
      if (area || line) values[name] = { area, line };
    } else {
      const raw = box.querySelector(`[name="${CSS.escape(name)}"]`).value.trim();
      if (raw !== "") values[name] = kind in NUMERIC ? Number(raw) : raw;
    }
  }
  return values;
}
