// What every staff console screen shares: who is logged in, the way to the other consoles
// they may use, changing the password and logging out, and a wider layout on a desktop.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { go } from "../router.js";
import { setPrefs, tokens } from "../store.js";
import { languagePicker } from "../ui/controls.js";
import { toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";
import { CONSOLE_ROLES, consolePath, roleName } from "./roles.js";
import { staffSession } from "./session.js";

// The staff login screen (username and password), which leads each role to its console.
export const STAFF_LOGIN = "/staff/login";

const t = translator(import.meta.url, {
  signed_in: ["工作人员：{username}", "工作人員：{username}", "Staff: {username}"],
  consoles: ["我的工作台", "我的工作台", "My consoles"],
  password: ["修改密码", "修改密碼", "Change password"],
  logout: ["退出登录", "登出", "Log out"],
  logged_out: ["已退出登录", "已登出", "Logged out"],
  need_login: ["此页面供工作人员使用，请用工作人员账号登录。", "此頁面供工作人員使用，請用工作人員帳號登入。",
    "This screen is for staff: log in with a staff account."],
  staff_login: ["工作人员登录", "工作人員登入", "Staff login"],
  wrong_role: ["您的账号没有「{role}」权限。如需使用，请联系系统管理员。", "您的帳號沒有「{role}」權限。如需使用，請聯絡系統管理員。",
    "Your account does not have the {role} role. Ask an administrator if you need it."],
});

function logoutButton() {
  const button = h("button", { type: "button", class: "button button-ghost button-small", text: t("logout") });
  button.addEventListener("click", () => busy(button, async () => {
    try {
      await api("/auth/tokens", { method: "DELETE" });
    } finally {
      tokens.clear(); // even when the server could not be told, this device forgets them
      toast(t("logged_out"));
      go(STAFF_LOGIN, { replace: true });
    }
  }).catch(() => {}));
  return button;
}

function consoleLinks(roles, current) {
  const mine = CONSOLE_ROLES.filter((role) => roles.includes(role));
  if (!mine.some((role) => role !== current)) return null;
  return h("nav", { class: "console-switch", "aria-label": t("consoles") },
    mine.map((role) => h("a", {
      class: role === current ? "chip chip-link selected" : "chip chip-link",
      href: `#${consolePath(role)}`, "aria-current": role === current ? "page" : null, text: roleName(role),
    })));
}

function staffBar(session, role) {
  return h("div", { class: "card staff-bar", "data-testid": "staff-bar" },
    h("p", { class: "staff-who" }, h("strong", { text: t("signed_in", { username: session.username }) }),
      h("span", { class: "muted", text: ` · ${roleName(role)}` })),
    consoleLinks(session.roles, role),
    languagePicker((language) => setPrefs({ language })), // this device only: staff have no profile
    h("div", { class: "staff-actions" },
      h("a", { class: "button button-ghost button-small", href: "#/staff/password", text: t("password") }),
      logoutButton()));
}

function refusal(text, ...actions) {
  return h("div", { class: "panel panel-error", role: "alert", "data-testid": "console-refused" },
    h("p", { text }), ...actions);
}

/**
 * Make a console screen for one role: render(root, ctx, session) runs only for a staff
 * member who holds it; anyone else is told why and shown the way on.
 */
export function consolePage({ role, title, render }) {
  return {
    title,
    requiresLogin: false,
    home: consolePath(role),
    async render(root, ctx) {
      document.body.classList.add("console");
      ctx.onLeave(() => document.body.classList.remove("console"));
      const session = staffSession();
      if (!session) {
        root.append(refusal(t("need_login"),
          h("a", { class: "button button-primary", href: `#${STAFF_LOGIN}`, text: t("staff_login") })));
        return;
      }
      if (!session.roles.includes(role)) {
        root.append(refusal(t("wrong_role", { role: roleName(role) }), consoleLinks(session.roles, null)));
        return;
      }
      // Who is logged in, language and logging out sit on the console's first screen; its
      // task screens lead back there with the header's home button.
      if (ctx.path === consolePath(role)) root.append(staffBar(session, role));
      await render(root, ctx, session);
    },
  };
}
