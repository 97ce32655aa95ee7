// Pieces several pages share: error panel, toast, form fields, language picker.

import { h } from "./dom.js";
import { LANGUAGES, t } from "./i18n.js";
import { prefs } from "./store.js";

/** Show an API refusal with its server-localised message and, where one helps, a way on. */
export function errorPanel(error) {
  const actions = {
    "identity.needs_real_name": ["#/real-name", t("go_real_name")],
    "auth.missing_token": ["#/login", t("go_login")],
  };
  const action = actions[error.key];
  return h("div", { class: "panel panel-error", role: "alert" },
    h("p", { class: "error-text", text: error.message || t("server_error") }),
    action && h("a", { class: "button button-primary", href: action[0], text: action[1] }));
}

/** Write an error message into a form's message line (or clear it with null). */
export function showError(line, error) {
  line.textContent = error ? error.message || t("server_error") : "";
  line.hidden = !error;
}

let toastTimer = null;

/** Show a short message at the bottom of the screen. */
export function toast(message) {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    box.hidden = true;
  }, 2200);
}

/** A labelled form field around an input or select. */
export function field(label, control, hint) {
  return h("label", { class: "field" },
    h("span", { class: "field-label", text: label }), control,
    hint && h("span", { class: "field-hint", text: hint }));
}

/** Three buttons to choose the interface language; onPick(code) on a change. */
export function languagePicker(onPick) {
  const current = prefs().language;
  return h("div", { class: "segmented", role: "group", "aria-label": "Language / 语言" },
    LANGUAGES.map(([code, name]) => h("button", {
      type: "button", class: code === current ? "segment selected" : "segment",
      "aria-pressed": String(code === current), "data-language": code, text: name,
      onclick: () => code !== current && onPick(code),
    })));
}

/** Disable a button while an async action runs; return the action's result. */
export async function busy(button, action) {
  button.disabled = true;
  try {
    return await action();
  } finally {
    button.disabled = false;
  }
}

/** A one-textarea form (paste a code, write a reason); onSubmit(text) may throw an ApiError. */
export function textForm({ name, label, placeholder, submitText, maxlength = 1000, onSubmit }) {
  const message = h("p", { class: "form-error", role: "alert", hidden: true });
  const text = h("textarea", { name, rows: "4", maxlength: String(maxlength), placeholder,
    spellcheck: "false", required: true });
  const submit = h("button", { type: "submit", class: "button button-primary button-block", text: submitText });
  const form = h("form", { class: "card form", novalidate: true }, field(label, text), message, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    showError(message, null);
    busy(submit, () => onSubmit(text.value.trim(), form)).catch((error) => showError(message, error));
  });
  return form;
}

/** A small coloured label for a health-code colour. */
export function colourChip(colour) {
  return h("span", { class: `chip chip-${colour}`, text: t(`colour_${colour}`) });
}
