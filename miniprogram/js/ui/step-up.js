// Step-up (加强认证): an action the API refuses with 403 `auth.step_up_required` is done again
// once this device has proved who holds it — an SMS code to the account's own phone, a face
// check, or first a real-name verification — in a dialog over the screen. One module for
// every feature that asks: the wallet's full detail and image, a service's minimum level.
//
//   const full = await withStepUp(() => api(path, { query: { unmasked: true } }));
//
// withStepUp runs the action, opens the dialog on a step-up refusal and runs the action again
// once the dialog succeeds. Closed without stepping up, it throws the refusal; errorPanel and
// form summaries show it with a button that opens the dialog again (refusalAction), so the
// reader always has a way on.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t as common, levelName, translator } from "../i18n.js";
import { realNamePath } from "../paths.js";
import { confirmationCode } from "./confirmation-code.js";
import { loadingIndicator, toast } from "./feedback.js";
import { form, onSubmit } from "./forms.js";

const t = translator(import.meta.url, {
  title: ["验证身份", "驗證身份", "Confirm it is you"],
  intro: ["为保护您的信息，此操作需要在本机重新验证身份（{level}），验证后 {minutes} 分钟内有效。",
    "為保護您的資料，此操作需要在本機重新驗證身份（{level}），驗證後 {minutes} 分鐘內有效。",
    "To protect your information, confirm it is you on this device ({level}); it counts for {minutes} minutes."],
  real_name_first: ["此操作需要先完成实名认证（{level}）。", "此操作需要先完成實名認證（{level}）。",
    "This needs a verified real name first ({level})."],
  by_sms: ["短信验证码", "短訊驗證碼", "By SMS code"],
  verify: ["验证", "驗證", "Confirm"],
  by_face: ["人脸识别", "人臉識別", "By face"],
  face_note: ["模拟环境：发送一个随机活体凭证，不采集人脸。", "模擬環境：發送一個隨機活體憑證，不採集人臉。",
    "Mock: sends a random liveness token; no face is captured."],
  or: ["或", "或", "or"],
  cancel: ["取消", "取消", "Cancel"],
  done: ["验证成功", "驗證成功", "Confirmed"],
});

const STEP_UP = "auth.step_up_required";
const LEVELS = ["L1", "L2", "L3"];
const MAX_ROUNDS = 2; // a second refusal after stepping up is shown, not asked for again and again
let lastId = 0;

/** Tell whether an API error asks for a step-up. */
export function needsStepUp(error) {
  return error?.key === STEP_UP;
}

/** A liveness result as the mock face provider takes it (a real SDK returns an opaque one). */
export function livenessToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `mock-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The methods worth offering this account: SMS proves at most L2, and nothing works before a real name. */
function usable(methods, required, level) {
  const useful = {
    real_name: level === "L1",
    sms: level !== "L1" && LEVELS.indexOf(required) <= LEVELS.indexOf("L2"),
    face: level !== "L1",
  };
  const offered = methods.filter((method) => useful[method]);
  return offered.length ? offered : methods;
}

function smsForm(timers, phone, onDone) {
  const ctx = { every: (ms, fn) => timers.push(setInterval(fn, ms)) };
  const element = form({ "data-testid": "step-up-sms" },
    h("h3", { class: "card-title", text: t("by_sms") }),
    confirmationCode(ctx, phone, { path: "/auth/step-up/sms-codes" }),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("verify") }));
  return onSubmit(element, async () => {
    const code = element.elements.code.value.trim();
    onDone(await api("/auth/step-up", { method: "POST", body: { method: "sms", code } }));
  });
}

function faceForm(onDone) {
  const element = form({ "data-testid": "step-up-face" },
    h("h3", { class: "card-title", text: t("by_face") }),
    h("p", { class: "dev-note small", text: t("face_note") }),
    h("button", { type: "submit", class: "button button-ghost button-block", text: common("go_face") }));
  return onSubmit(element, async () => {
    const body = { method: "face", liveness_token: livenessToken() };
    onDone(await api("/auth/step-up", { method: "POST", body }));
  });
}

function realNameLink(required) {
  return h("div", { class: "step-up-real-name" },
    h("p", { text: t("real_name_first", { level: levelName(required) }) }),
    h("a", { class: "button button-primary button-block", href: `#${realNamePath()}`, text: common("go_real_name") }));
}

async function fill(body, refusal, { timers, finish }) {
  const { required_level: required = "L2", methods = [], max_age_seconds: maxAge = 300 } = refusal.errors ?? {};
  const me = await api("/me");
  const offered = usable(methods, required, me.level);
  const onDone = () => {
    toast(t("done"));
    finish(true);
  };
  const parts = [];
  if (offered.includes("sms")) parts.push(smsForm(timers, me.phone, onDone));
  if (offered.includes("face")) parts.push(faceForm(onDone));
  if (offered.includes("real_name")) parts.push(realNameLink(required));
  const joined = parts.flatMap((part, index) => (index ? [h("p", { class: "step-up-or", text: t("or") }), part] : [part]));
  const intro = offered.includes("real_name") ? null
    : h("p", { text: t("intro", { level: levelName(required), minutes: Math.round(maxAge / 60) }) });
  body.replaceChildren(...[intro, ...joined].filter(Boolean));
  body.querySelector("input, button:not([disabled]), a")?.focus();
}

/**
 * Open the step-up dialog for a refusal; resolve true once this device has stepped up, false
 * when the reader closes it or goes to another screen (the real-name screen, say).
 */
export function stepUp(refusal) {
  return new Promise((resolve) => {
    const titleId = `step-up-title-${++lastId}`;
    const body = h("div", { class: "step-up-body" }, loadingIndicator());
    const timers = [];
    const cancel = h("button", { type: "button", class: "button button-ghost button-block", text: t("cancel") });
    const dialog = h("dialog", { class: "sheet step-up-sheet", "aria-labelledby": titleId, "data-testid": "step-up" },
      h("h2", { class: "sheet-title", id: titleId, text: t("title") }), body, cancel);
    let open = true;
    const finish = (done) => {
      if (!open) return;
      open = false;
      timers.forEach(clearInterval);
      window.removeEventListener("hashchange", leave);
      dialog.close();
      dialog.remove();
      resolve(done);
    };
    const leave = () => finish(false);
    cancel.addEventListener("click", leave);
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault(); // Escape: close the same way as the button
      leave();
    });
    window.addEventListener("hashchange", leave);
    document.body.append(dialog);
    dialog.showModal();
    fill(body, refusal, { timers, finish }).catch((error) => {
      body.replaceChildren(h("p", { class: "error-text", role: "alert", text: error.message || common("server_error") }));
    });
  });
}

/**
 * Run action() and return its answer; when it is refused for a step-up, step up in the dialog
 * and run it again. Any other refusal, or a dialog closed without stepping up, is thrown.
 */
export async function withStepUp(action) {
  for (let round = 1; ; round += 1) {
    try {
      return await action();
    } catch (error) {
      if (!needsStepUp(error) || round > MAX_ROUNDS || !(await stepUp(error))) throw error;
    }
  }
}
