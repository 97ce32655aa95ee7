// Staff accounts (工作人员账号): create one with roles, change roles, disable and re-enable,
// reset a password to a one-time password that is shown here once.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { confirmButton } from "../console/confirm.js";
import { checkedRoles, roleChoices, roleName } from "../console/roles.js";
import { consolePage } from "../console/shell.js";
import { toast } from "../ui/feedback.js";
import { busy, field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["工作人员账号", "工作人員帳號", "Staff accounts"],
  list: ["全部账号", "全部帳號", "All accounts"],
  empty: ["没有工作人员账号", "沒有工作人員帳號", "No staff accounts"],
  you: ["（本人）", "（本人）", " (you)"],
  disabled: ["已停用", "已停用", "Disabled"],
  must_change: ["待修改密码", "待修改密碼", "Must change password"],
  last_login: ["上次登录 {time}", "上次登入 {time}", "Last login {time}"],
  never: ["从未登录", "從未登入", "Never logged in"],
  edit_roles: ["修改角色", "修改角色", "Change roles"],
  save_roles: ["保存角色", "儲存角色", "Save roles"],
  roles_saved: ["已保存角色，对方需重新登录", "已儲存角色，對方需重新登入", "Roles saved; they log in again"],
  disable: ["停用", "停用", "Disable"],
  confirm_disable: ["确认停用？对方将立即退出", "確認停用？對方將立即登出", "Disable? They are logged out at once"],
  disabled_toast: ["已停用 {username}", "已停用 {username}", "{username} disabled"],
  enable: ["重新启用", "重新啟用", "Enable again"],
  enabled_toast: ["已启用 {username}", "已啟用 {username}", "{username} enabled"],
  reset: ["重置密码", "重設密碼", "Reset password"],
  confirm_reset: ["确认重置？旧密码立即失效", "確認重設？舊密碼即時失效", "Reset? The old password stops working"],
  secret_title: ["{username} 的一次性密码", "{username} 的一次性密碼", "One-time password of {username}"],
  secret_note: ["只显示这一次。请当面或电话告知本人；对方用它登录时须设置新密码。",
    "只顯示這一次。請當面或致電告知本人；對方用它登入時須設定新密碼。",
    "Shown this once. Give it to them in person or by phone; they must set a new password when they log in with it."],
  create_title: ["新建账号", "新建帳號", "New account"],
  username: ["用户名", "用戶名稱", "Username"],
  username_hint: ["3–64 位小写字母、数字或 . _ -", "3–64 位小寫字母、數字或 . _ -", "3–64 lower-case letters, digits or . _ -"],
  display_name: ["姓名（可选）", "姓名（可選）", "Name (optional)"],
  password: ["初始密码", "初始密碼", "First password"],
  password_hint: ["至少 12 个字符；对方首次登录时须改为自己的密码", "至少 12 個字元；對方首次登入時須改為自己的密碼",
    "12 characters or more; they replace it with their own when they first log in"],
  create: ["创建账号", "建立帳號", "Create account"],
  created: ["已创建 {username}", "已建立 {username}", "{username} created"],
});

function rolesForm(staff, reload) {
  const element = form({ hidden: true }, roleChoices(staff.roles),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("save_roles") }));
  return onSubmit(element, async () => {
    const body = { roles: checkedRoles(element) };
    await api(`/admin/staff/${encodeURIComponent(staff.username)}/roles`, { method: "PUT", body });
    toast(t("roles_saved"));
    await reload();
  });
}

function secretPanel(answer) {
  return h("div", { class: "panel secret-box", role: "alert", "data-testid": "one-time-password" },
    h("h2", { class: "card-title", text: t("secret_title", { username: answer.username }) }),
    h("p", { class: "secret", text: answer.one_time_password }),
    h("p", { class: "secret-note", text: t("secret_note") }));
}

function actions(staff, { self, reload, showSecret }) {
  const path = `/admin/staff/${encodeURIComponent(staff.username)}`;
  const fail = (error) => toast(error.message);
  const enable = h("button", { type: "button", class: "button button-ghost button-small", text: t("enable") });
  enable.addEventListener("click", () => busy(enable, async () => {
    await api(`${path}/enable`, { method: "POST" });
    toast(t("enabled_toast", { username: staff.username }));
    await reload();
  }).catch(fail));
  const disable = confirmButton({ text: t("disable"), confirmText: t("confirm_disable"), onError: fail,
    action: async () => {
      await api(`${path}/disable`, { method: "POST" });
      toast(t("disabled_toast", { username: staff.username }));
      await reload();
    } });
  const reset = confirmButton({ text: t("reset"), confirmText: t("confirm_reset"), onError: fail,
    className: "button button-ghost button-small",
    action: async () => {
      showSecret(await api(`${path}/password`, { method: "POST" }));
      await reload();
    } });
  return [reset, !self && (staff.disabled ? enable : disable)];
}

function staffItem(staff, context) {
  const self = staff.username === context.username;
  const editing = rolesForm(staff, context.reload);
  return h("li", { class: "record", "data-testid": "staff", "data-username": staff.username },
    h("div", { class: "list-head" },
      h("strong", { text: `${staff.username}${self ? t("you") : ""}` }),
      staff.display_name !== staff.username && h("span", { class: "muted", text: staff.display_name }),
      staff.disabled && h("span", { class: "chip chip-red", text: t("disabled") }),
      staff.must_change_password && h("span", { class: "chip", text: t("must_change") })),
    h("p", { class: "small", text: staff.roles.map(roleName).join("、") }),
    h("p", { class: "record-meta", text: staff.last_login_at
      ? t("last_login", { time: formatDateTime(staff.last_login_at) }) : t("never") }),
    h("div", { class: "record-actions" },
      h("button", { type: "button", class: "button button-ghost button-small", "aria-expanded": "false",
        text: t("edit_roles"), onclick: (event) => {
          editing.hidden = !editing.hidden;
          event.currentTarget.setAttribute("aria-expanded", String(!editing.hidden));
        } }),
      actions(staff, { self, ...context })),
    editing);
}

function createForm(reload) {
  const element = form({ "data-testid": "staff-form" }, h("h2", { class: "card-title", text: t("create_title") }),
    field(t("username"), h("input", { name: "username", maxlength: "64", autocomplete: "off",
      autocapitalize: "none", spellcheck: "false", required: true }), t("username_hint")),
    field(t("display_name"), h("input", { name: "display_name", maxlength: "64", autocomplete: "off" })),
    field(t("password"), h("input", { name: "password", type: "password", minlength: "12", maxlength: "256",
      autocomplete: "new-password", required: true }), t("password_hint")),
    roleChoices(),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("create") }));
  return onSubmit(element, async () => {
    const { username, display_name: displayName, password } = element.elements;
    const body = { username: username.value.trim(), display_name: displayName.value.trim(),
      password: password.value, roles: checkedRoles(element) };
    const made = await api("/admin/staff", { method: "POST", body });
    element.reset();
    toast(t("created", { username: made.username }));
    await reload();
  });
}

export default consolePage({
  role: "admin",
  title: () => t("title"),
  async render(root, ctx, session) {
    const secret = h("div", { class: "slot wide" });
    const listBox = h("div");
    const context = {
      username: session.username,
      showSecret: (answer) => {
        secret.replaceChildren(secretPanel(answer));
        secret.scrollIntoView({ block: "center" });
      },
      reload: async () => {
        const staff = pagedList({ path: "/admin/staff", item: (entry) => staffItem(entry, context), empty: t("empty") });
        await staff.load();
        listBox.replaceChildren(staff.element);
      },
    };
    await context.reload();
    root.append(h("section", { class: "card", "aria-labelledby": "staff-title" },
      h("h2", { class: "card-title", id: "staff-title", text: t("list") }), listBox), secret, createForm(context.reload));
  },
});
