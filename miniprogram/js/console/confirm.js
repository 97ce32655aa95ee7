// A button for an action that is hard to undo: the first tap asks, a second tap does it.
// (A dialog would block the page; a tap inside the same double tap does not count.)

import { h } from "../dom.js";
import { busy } from "../ui/forms.js";

/** Return a button that runs action() on a confirming second tap; failures go to onError. */
export function confirmButton({ text, confirmText, action, onError, className = "button button-danger button-small" }) {
  let armedAt = null;
  const button = h("button", { type: "button", class: className, text });
  button.addEventListener("click", () => {
    if (armedAt === null || Date.now() - armedAt < 600) {
      armedAt ??= Date.now();
      button.textContent = confirmText;
      button.setAttribute("aria-live", "polite");
      return;
    }
    busy(button, action).catch((error) => onError(error));
  });
  return button;
}
