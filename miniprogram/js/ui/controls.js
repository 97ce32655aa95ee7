// Small controls several screens share: language switch, colour chip, one-textarea form.

import { h } from "../dom.js";
import { colourName, LANGUAGES } from "../i18n.js";
import { prefs } from "../store.js";
import { field, form, onSubmit } from "./forms.js";

/** Three buttons to choose the interface language; onPick(code) on a change. */
export function languagePicker(onPick) {
  const current = prefs().language;
  return h("div", { class: "segmented", role: "group", "aria-label": "Language / 语言 / 語言" },
    LANGUAGES.map(([code, name]) => h("button", {
      type: "button", class: code === current ? "segment selected" : "segment", lang: code,
      "aria-pressed": String(code === current), "data-language": code, text: name,
      onclick: () => code !== current && onPick(code),
    })));
}

/** A small label for a health-code colour: its name in words, never the colour alone. */
export function colourChip(colour) {
  return h("span", { class: `chip chip-${colour}`, text: colourName(colour) });
}

/** A one-textarea form (paste a code, write a reason); onSend(text, form) may throw an ApiError. */
export function textForm({ name, label, placeholder, submitText, maxlength = 1000, intro, onSend }) {
  const text = h("textarea", { name, rows: "4", maxlength: String(maxlength), placeholder,
    spellcheck: "false", required: true });
  const submit = h("button", { type: "submit", class: "button button-primary button-block", text: submitText });
  const element = form({}, intro && h("p", { class: "muted", text: intro }), field(label, text), submit);
  return onSubmit(element, () => onSend(text.value.trim(), element));
}
