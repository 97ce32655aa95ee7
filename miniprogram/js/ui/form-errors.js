// Refusals shown the GOV.UK way: each field the API names is marked beside it (aria-invalid,
// aria-describedby to its message), and a summary at the top of the form links to each one.
// Errors for fields the form does not have are listed in the summary as text.

import { h } from "../dom.js";
import { t, translator } from "../i18n.js";
import { refusalAction } from "./feedback.js";

const tf = translator(import.meta.url, {
  problem: ["提交未成功", "提交未成功", "There is a problem"],
  label_message: ["{label}：{message}", "{label}：{message}", "{label}: {message}"],
  form_invalid: ["提交的信息有误，请检查后重试", "提交的資料有誤，請檢查後重試",
    "Something in the form is not right. Check it and try again"],
});

// webargs nests field errors under the request part that held them ({"json": {"name": […]}}).
const LOCATIONS = new Set(["json", "query", "form", "files", "headers", "cookies"]);
const FORM_STATUSES = new Set([400, 409, 422]);
let lastId = 0;

/** A fresh id for a control that has none. */
export function newId(prefix = "field") {
  return `${prefix}-${++lastId}`;
}

/** The input, select or textarea that is control or inside it (what a label and a mark name). */
export function labelable(control) {
  if (control.matches("input, select, textarea")) return control;
  return control.querySelector("input, select, textarea") ?? control;
}

/** Add id to the elements that describe input (its hint, its error message). */
export function describe(input, id) {
  const ids = new Set((input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
  ids.add(id);
  input.setAttribute("aria-describedby", [...ids].join(" "));
}

function undescribe(input, id) {
  const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== id);
  if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
  else input.removeAttribute("aria-describedby");
}

/** A refusal made on this side (a box not ticked), in the API's shape: {field: [message]}. */
export function localRefusal(errors) {
  return { status: 422, key: "form.local", message: "", errors };
}

/** Flatten an errors object into [{path: "travel.0.left_at", messages: […]}]. */
function fieldErrors(errors) {
  const found = [];
  const walk = (value, path) => {
    if (typeof value === "string") found.push({ path: path.join("."), messages: [value] });
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
      found.push({ path: path.join("."), messages: value });
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  for (const [key, value] of Object.entries(errors || {})) {
    walk(value, LOCATIONS.has(key) && value && typeof value === "object" ? [] : [key]);
  }
  return found;
}

function controlFor(formElement, path) {
  const escaped = CSS.escape(path);
  const found = formElement.querySelector(`[data-field="${escaped}"]`)
    ?? formElement.querySelector(`[name="${escaped}"]`);
  return found && (found.matches("input, select, textarea") ? found : labelable(found));
}

// Engines answer machine reasons ("format"); the envelope's message then says it in words.
function readable(message, error) {
  return /^[a-z][a-z0-9_.]*$/.test(message) ? error.message || t("server_error") : message;
}

function markField(control, text) {
  const id = `${control.id || (control.id = newId())}-error`;
  const line = h("p", { class: "field-error", id, "data-testid": "field-error", text });
  // As GOV.UK does: the message sits under the label (or legend), just above what is wrong.
  const group = control.closest("[data-field]:not(input, select, textarea)");
  (group ?? control.closest(".field"))?.classList.add("field-invalid");
  const legend = group?.querySelector(":scope > legend");
  if (legend) legend.after(line);
  else if (group) group.prepend(line);
  else (control.closest(".input-row") ?? control).before(line);
  control.setAttribute("aria-invalid", "true");
  describe(control, id);
}

/** Take every mark and the summary off a form. */
export function clearFormErrors(formElement) {
  formElement.querySelectorAll(".field-error").forEach((line) => {
    const control = formElement.querySelector(`[aria-describedby~="${line.id}"]`);
    if (control) {
      control.removeAttribute("aria-invalid");
      undescribe(control, line.id);
    }
    line.remove();
  });
  formElement.querySelectorAll(".field-invalid").forEach((box) => box.classList.remove("field-invalid"));
  const summary = formElement.querySelector(".error-summary");
  summary.hidden = true;
  summary.replaceChildren();
}

function labelOf(control) {
  // A control inside a named group (a region picker, a set of choices) is known by the group.
  const legend = control.closest("fieldset[data-field]")?.querySelector(":scope > legend");
  const label = control.id && control.form?.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  return (legend ?? label ?? control.closest("fieldset")?.querySelector("legend"))?.textContent ?? "";
}

function summaryLink(control, text) {
  const label = labelOf(control);
  return h("a", { href: `#${control.id}`, "data-target": control.id,
    text: label ? tf("label_message", { label, message: text }) : text });
}

/** Mark the fields an error names, fill the summary, and focus the first marked field. */
export function showFormErrors(formElement, error) {
  clearFormErrors(formElement);
  const items = [];
  let first = null;
  const named = FORM_STATUSES.has(error.status) ? fieldErrors(error.errors) : [];
  for (const { path, messages } of named) {
    const text = [...new Set(messages.map((message) => readable(message, error)))].join(" ");
    const control = controlFor(formElement, path);
    if (control) {
      markField(control, text);
      items.push(summaryLink(control, text));
      first ??= control;
    } else {
      items.push(text);
    }
  }
  // "Please check the marked fields" (request.invalid) is only true when something is marked.
  if (!items.length) items.push(error.key === "request.invalid" ? tf("form_invalid") : error.message);
  fillSummary(formElement, items, error);
  (first ?? formElement.querySelector(".error-summary")).focus();
}

function fillSummary(formElement, items, error) {
  const summary = formElement.querySelector(".error-summary");
  summary.replaceChildren(h("div", { role: "alert" },
    h("h2", { class: "error-summary-title", text: tf("problem") }),
    h("ul", { class: "error-summary-list" }, items.map((item) => h("li", {}, item))),
    refusalAction(error, () => formElement.requestSubmit()),
    error.offline && h("button", { type: "button", class: "button button-primary button-small",
      text: t("retry"), onclick: () => formElement.requestSubmit() })));
  summary.tabIndex = -1;
  summary.hidden = false;
}

export function followSummaryLink(event) {
  // The app routes on the hash, so a link to "#field-3" must move focus, not the screen.
  const link = event.target.closest("a[data-target]");
  if (!link) return;
  event.preventDefault();
  const control = document.getElementById(link.dataset.target);
  if (!control) return;
  const label = document.querySelector(`label[for="${CSS.escape(control.id)}"]`)
    ?? control.closest("fieldset")?.querySelector("legend");
  (label ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}
