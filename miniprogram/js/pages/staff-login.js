// Staff log in with username and password; each role lands on its own screen. What happened
// to the account since the last login (wrong passwords, locks) is shown before going on.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { go } from "../router.js";
import { safeNext } from "../paths.js";
import { staffHome } from "../staff.js";
import { setPrefs, tokens } from "../store.js";
import { languagePicker } from "../ui/controls.js";
import { field, form as formBox, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["工作人员登录", "工作人員登入", "Staff login"],
  heading: ["工作人员账号登录", "工作人員帳號登入", "Log in with your staff account"],
  username: ["用户名", "用戶名稱", "Username"],
  password: ["密码", "密碼", "Password"],
  login: ["登录", "登入", "Log in"],
  resident: ["居民请用手机号登录", "居民請用手機號碼登入", "Residents log in with their phone"],
  notices_title: ["账号安全提醒", "帳號安全提示", "Account security notice"],
  continue: ["我知道了，继续", "我知道了，繼續", "Understood, continue"],
});

function noticesPanel(notices, next) {
  const goOn = h("button", { type: "button", class: "button button-primary button-block", text: t("continue"),
    "data-testid": "notices-continue", onclick: () => go(next, { replace: true }) });
  return h("section", { class: "card notices", role: "alert", "data-testid": "login-notices", "aria-labelledby": "notices-title" },
    h("h2", { class: "card-title", id: "notices-title", text: t("notices_title") }),
    h("ul", { class: "notice-list" }, notices.map((notice) => h("li", { text: notice.message }))),
    goOn);
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  render(root, ctx) {
    const username = h("input", { name: "username", autocomplete: "username", autocapitalize: "none",
      spellcheck: "false", maxlength: "64", required: true });
    const password = h("input", { name: "password", type: "password", autocomplete: "current-password",
      maxlength: "256", required: true });
    const element = formBox({ "data-testid": "staff-login" },
      h("h2", { class: "form-title", text: t("heading") }),
      field(t("username"), username), field(t("password"), password),
      h("button", { type: "submit", class: "button button-primary button-block", text: t("login") }));
    onSubmit(element, async () => {
      const pair = await api("/auth/staff-tokens", { method: "POST",
        body: { username: username.value.trim(), password: password.value } });
      tokens.save(pair);
      const home = staffHome(pair.roles);
      const next = safeNext(ctx.params.next, home);
      const target = next.startsWith("/staff/") ? next : home;
      if (pair.notices?.length) root.replaceChildren(noticesPanel(pair.notices, target));
      else go(target, { replace: true });
    });
    root.append(element,
      h("div", { class: "links" }, h("a", { href: "#/login", text: t("resident") })),
      languagePicker((language) => setPrefs({ language })));
  },
};
