// Forms: labelled fields, and one submission at a time with its refusal shown on the form
// (see form-errors.js).

import { h } from "../dom.js";
import { clearFormErrors, describe, followSummaryLink, labelable, newId, showFormErrors } from "./form-errors.js";

export { clearFormErrors, localRefusal, showFormErrors } from "./form-errors.js";

/** A label above a control (input, select, textarea, or a box holding one), with a hint. */
export function field(label, control, hint) {
  const input = labelable(control);
  input.id ||= newId();
  const hintNode = hint && h("span", { class: "field-hint", id: `${input.id}-hint`, text: hint });
  if (hintNode) describe(input, hintNode.id);
  return h("div", { class: "field" },
    h("label", { class: "field-label", for: input.id, text: label }), hintNode, control);
}

/** A form with its (hidden) error summary first; novalidate: the API's messages are the ones shown. */
export function form(props, ...children) {
  return h("form", { class: "card form", novalidate: true, ...props },
    h("div", { class: "error-summary", "data-testid": "error-summary", hidden: true,
      onclick: followSummaryLink }), children);
}

/**
 * Run action(form) on submit, one at a time: submit buttons are disabled and the form is
 * aria-busy while it runs, so a double tap sends one request. A refusal is shown on the form.
 */
export function onSubmit(formElement, action) {
  let inFlight = false;
  formElement.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (inFlight) return;
    inFlight = true;
    const buttons = [...formElement.querySelectorAll("button[type=submit]")];
    buttons.forEach((button) => (button.disabled = true));
    formElement.setAttribute("aria-busy", "true");
    clearFormErrors(formElement);
    try {
      await action(formElement);
    } catch (error) {
      if (formElement.isConnected) showFormErrors(formElement, error);
    } finally {
      inFlight = false;
      buttons.forEach((button) => (button.disabled = false));
      formElement.setAttribute("aria-busy", "false");
    }
  });
  return formElement;
}

/** Disable a (non-submit) button while its action runs; a second tap meanwhile does nothing. */
export async function busy(button, action) {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.setAttribute("aria-busy", "false");
  }
}
