// Log in with a phone number and an SMS code (the account is made on the first login).

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { agreeBox, loadNotice, notAgreed, noticeSummary, recordAgreement } from "../privacy.js";
import { finish } from "../router.js";
import { setPrefs, tokens } from "../store.js";
import { languagePicker } from "../ui/controls.js";
import { toast } from "../ui/feedback.js";
import {
  busy, clearFormErrors, field, form as formBox, localRefusal, onSubmit, showFormErrors,
} from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["登录", "登入", "Log in"],
  heading: ["手机号登录", "手機號碼登入", "Log in with your phone"],
  note: ["未注册的手机号验证后将自动创建账号", "未註冊的手機號碼驗證後將自動建立帳號",
    "A new number gets an account after verification"],
  phone: ["手机号", "手機號碼", "Mobile number"],
  phone_placeholder: ["请输入手机号", "請輸入手機號碼", "11-digit mainland number"],
  code: ["验证码", "驗證碼", "SMS code"],
  code_placeholder: ["6 位验证码", "6 位驗證碼", "6 digits"],
  send: ["获取验证码", "取得驗證碼", "Send code"],
  resend_in: ["{seconds} 秒后重发", "{seconds} 秒後重發", "Resend in {seconds}s"],
  sent: ["验证码已发送", "驗證碼已發送", "Code sent"],
  login: ["登录", "登入", "Log in"],
  dev_title: ["开发模式", "開發模式", "Development mode"],
  dev_fill: ["开发模式：自动填入验证码", "開發模式：自動填入驗證碼", "Dev mode: fill in the SMS code"],
  dev_note: ["读取开发环境短信发件箱，生产环境不可用", "讀取開發環境短訊發件箱，正式環境不可用",
    "Reads the development SMS outbox; not available in production"],
  welcome: ["登录成功", "登入成功", "Logged in"],
  staff: ["工作人员登录", "工作人員登入", "Staff login"],
});

function resendTimer(button, ctx) {
  let left = 0;
  const paint = () => {
    button.disabled = left > 0;
    button.textContent = left > 0 ? t("resend_in", { seconds: left }) : t("send");
  };
  ctx.every(1000, () => {
    if (left <= 0) return;
    left -= 1;
    paint();
  });
  return (seconds) => {
    left = seconds;
    paint();
  };
}

async function logIn(form, ctx, notice) {
  const refusal = notAgreed(form);
  if (refusal) throw localRefusal(refusal);
  const phone = form.elements.phone.value.trim();
  tokens.save(await api("/auth/tokens", { method: "POST", body: { phone, code: form.elements.code.value.trim() } }));
  // Every login records what was agreed to; the same version again changes nothing.
  await recordAgreement(notice.version);
  const me = await api("/me");
  // The account's saved language and elderly mode follow the resident to a new device.
  setPrefs({ language: me.language, elderly: me.elderly_mode });
  toast(t("welcome"));
  finish(ctx.params.next, "/");
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  async render(root, ctx) {
    const notice = await loadNotice();
    const phone = h("input", { name: "phone", type: "tel", inputmode: "numeric", maxlength: "11",
      autocomplete: "tel", placeholder: t("phone_placeholder"), required: true });
    const code = h("input", { name: "code", inputmode: "numeric", maxlength: "6", pattern: "\\d{6}",
      autocomplete: "one-time-code", placeholder: t("code_placeholder"), required: true });
    const send = h("button", { type: "button", class: "button button-ghost send-code", text: t("send") });
    const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("login") });
    const fill = h("button", { type: "button", class: "button button-dev", text: t("dev_fill") });
    const form = formBox({},
      h("h2", { class: "form-title", text: t("heading") }),
      field(t("phone"), phone),
      field(t("code"), h("div", { class: "input-row" }, code, send)),
      noticeSummary(notice), agreeBox(notice),
      submit, h("p", { class: "muted small", text: t("note") }));
    const startResendTimer = resendTimer(send, ctx);
    let sending = Promise.resolve();
    send.addEventListener("click", () => (sending = busy(send, async () => {
      clearFormErrors(form);
      const sent = await api("/auth/sms-codes", { method: "POST", body: { phone: phone.value.trim() } });
      toast(t("sent"));
      code.focus();
      return sent;
    })).then((sent) => sent && startResendTimer(sent.resend_after), // disabled until the cool-down ends
      (error) => showFormErrors(form, error)));
    fill.addEventListener("click", () => busy(fill, async () => {
      await sending.catch(() => {}); // a code still being sent is the one to read
      clearFormErrors(form);
      const last = await api("/dev/sms-outbox", { query: { phone: phone.value.trim() } });
      code.value = last.code;
    }).catch((error) => showFormErrors(form, error)));
    onSubmit(form, () => logIn(form, ctx, notice));
    const dev = h("div", { class: "dev-box" },
      h("span", { class: "dev-title", text: t("dev_title") }), fill,
      h("p", { class: "muted small", text: t("dev_note") }));
    root.append(form, dev, languagePicker((language) => setPrefs({ language })),
      h("div", { class: "links" }, h("a", { href: "#/staff/login", text: t("staff") })));
  },
};
