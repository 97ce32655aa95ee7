// A code sent to the account's own phone that confirms a sensitive action (export, deletion,
// a step-up): a "send" button with its cool-down, and the field the code is typed into.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { toast } from "./feedback.js";
import { busy, field, showFormErrors } from "./forms.js";

const t = translator(import.meta.url, {
  code: ["短信验证码", "短訊驗證碼", "SMS code"],
  hint: ["验证码将发送至 {phone}，用于确认是您本人操作", "驗證碼將發送至 {phone}，用於確認是您本人操作",
    "The code goes to {phone}, to confirm it is you"],
  placeholder: ["6 位验证码", "6 位驗證碼", "6 digits"],
  send: ["获取验证码", "取得驗證碼", "Send code"],
  resend_in: ["{seconds} 秒后重发", "{seconds} 秒後重發", "Resend in {seconds}s"],
  sent: ["验证码已发送至 {phone}", "驗證碼已發送至 {phone}", "Code sent to {phone}"],
});

/**
 * Return the code field for a form (input named "code"); `phone` is the masked number
 * shown in the hint; `path` the endpoint that sends the code. Its send button reports
 * failures on the form it sits in.
 */
export function confirmationCode(ctx, phone, { path = "/me/confirmation-codes" } = {}) {
  const input = h("input", { name: "code", inputmode: "numeric", maxlength: "6", pattern: "\\d{6}",
    autocomplete: "one-time-code", placeholder: t("placeholder"), required: true });
  const send = h("button", { type: "button", class: "button button-ghost send-code", text: t("send") });
  let left = 0;
  const paint = () => {
    send.disabled = left > 0;
    send.textContent = left > 0 ? t("resend_in", { seconds: left }) : t("send");
  };
  ctx.every(1000, () => {
    if (left <= 0) return;
    left -= 1;
    paint();
  });
  send.addEventListener("click", () => busy(send, () => api(path, { method: "POST" }))
    .then((sent) => {
      toast(t("sent", { phone: sent.phone }));
      input.focus();
      left = sent.resend_after; // disabled until the cool-down ends
      paint();
    }, (error) => showFormErrors(send.form, error)));
  return field(t("code"), h("div", { class: "input-row" }, input, send), t("hint", { phone }));
}
