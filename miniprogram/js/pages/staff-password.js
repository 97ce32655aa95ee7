// A staff member sets a new password: after an administrator's reset (the one-time password
// must be replaced before it logs in) or whenever they choose. Success logs them in.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { go } from "../router.js";
import { tokens } from "../store.js";
import { CONSOLE_ROLES, consolePath } from "../console/roles.js";
import { staffSession } from "../console/session.js";
import { toast } from "../ui/feedback.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["设置新密码", "設定新密碼", "Set a new password"],
  intro: ["管理员重置密码后，请用一次性密码在此设置您自己的新密码。", "管理員重設密碼後，請用一次性密碼在此設定您自己的新密碼。",
    "After an administrator reset your password, use the one-time password here to choose your own."],
  username: ["用户名", "用戶名稱", "Username"],
  password: ["当前密码或一次性密码", "目前密碼或一次性密碼", "Current or one-time password"],
  new_password: ["新密码", "新密碼", "New password"],
  new_hint: ["至少 12 个字符，不能与当前密码相同", "至少 12 個字元，不能與目前密碼相同",
    "12 characters or more, not the current one"],
  repeat: ["再次输入新密码", "再次輸入新密碼", "New password again"],
  mismatch: ["两次输入的新密码不一致", "兩次輸入的新密碼不一致", "The two new passwords differ"],
  save: ["保存并登录", "儲存並登入", "Save and log in"],
  saved: ["新密码已生效", "新密碼已生效", "Your new password is set"],
});

function homeOf(roles) {
  const role = CONSOLE_ROLES.find((held) => roles.includes(held));
  return role ? consolePath(role) : "/";
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  render(root, ctx) {
    const username = ctx.params.username ?? staffSession()?.username ?? "";
    const element = form({ "data-testid": "password-form" }, h("p", { class: "muted", text: t("intro") }),
      field(t("username"), h("input", { name: "username", value: username, maxlength: "64", autocomplete: "username",
        autocapitalize: "none", spellcheck: "false", required: true })),
      field(t("password"), h("input", { name: "password", type: "password", autocomplete: "current-password",
        maxlength: "256", required: true })),
      field(t("new_password"), h("input", { name: "new_password", type: "password", autocomplete: "new-password",
        minlength: "12", maxlength: "256", required: true }), t("new_hint")),
      field(t("repeat"), h("input", { name: "repeat", type: "password", autocomplete: "new-password",
        maxlength: "256", required: true })),
      h("button", { type: "submit", class: "button button-primary button-block", text: t("save") }));
    onSubmit(element, async () => {
      const { username: name, password, new_password: fresh, repeat } = element.elements;
      if (fresh.value !== repeat.value) throw localRefusal({ repeat: [t("mismatch")] });
      const body = { username: name.value.trim(), password: password.value, new_password: fresh.value };
      const answer = await api("/auth/staff-tokens", { method: "POST", body });
      tokens.save(answer);
      toast(t("saved"));
      go(homeOf(answer.roles), { replace: true });
    });
    root.append(element);
  },
};
