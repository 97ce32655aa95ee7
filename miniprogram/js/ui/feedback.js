// How the mini-program says "wait", "that failed" and "done": loading state, error panels, toast.

import { h } from "../dom.js";
import { t, translator } from "../i18n.js";
import { realNamePath } from "../paths.js";

const tf = translator(import.meta.url, {
  step_up: ["验证身份", "驗證身份", "Confirm it is you"],
});

/** A spinner with an accessible name; screen readers hear "加载中…" once. */
export function loadingIndicator(label = t("loading")) {
  return h("div", { class: "loading", role: "status", "aria-label": label, "data-testid": "loading" },
    h("span", { class: "spinner", "aria-hidden": "true" }),
    h("span", { class: "loading-text", text: label }));
}

/**
 * A way on from a refusal that the reader can act on (log in, verify the real name, step up);
 * after a step-up, retry() does again what was refused.
 */
export function refusalAction(error, retry) {
  const methods = error.errors?.methods ?? [];
  if (error.key === "identity.needs_real_name"
      || (error.key === "auth.step_up_required" && methods.length === 1 && methods[0] === "real_name")) {
    return h("a", { class: "button button-primary", href: `#${realNamePath()}`, text: t("go_real_name") });
  }
  if (error.key === "auth.step_up_required") {
    // Loaded when tapped: the dialog's module builds on forms, which build on this one.
    return h("button", { type: "button", class: "button button-primary", "data-testid": "step-up-open",
      text: tf("step_up"), onclick: () => import("./step-up.js")
        .then((module) => module.stepUp(error))
        .then((done) => done && retry?.()) });
  }
  if (error.key === "auth.password_change_required") {
    return h("a", { class: "button button-primary", href: "#/staff/password", text: t("set_password") });
  }
  if (error.key === "consent.face_verification_required") {
    return h("a", { class: "button button-primary", href: "#/profile/consents", text: t("go_consents") });
  }
  if (error.key === "auth.missing_token") {
    return h("a", { class: "button button-primary", href: "#/login", text: t("go_login") });
  }
  return null;
}

/**
 * Show a failed load with the server's message; a network failure or a server error offers
 * "try again" (onRetry), a refusal the reader can act on offers its way on.
 */
export function errorPanel(error, onRetry) {
  const retryable = !error.status || error.status >= 500 || error.status === 429;
  return h("div", { class: "panel panel-error", role: "alert", "data-testid": "error-panel" },
    h("p", { class: "error-text", text: error.message || t("server_error") }),
    refusalAction(error, onRetry),
    retryable && onRetry && h("button", { type: "button", class: "button button-primary",
      text: t("retry"), onclick: onRetry }));
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
