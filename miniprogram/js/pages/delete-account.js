// Delete my account (注销): what is erased, what is kept and why, a fresh code, then done.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { forgetAgreement } from "../privacy.js";
import { tokens } from "../store.js";
import { confirmationCode } from "../ui/confirmation-code.js";
import { form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["注销账号", "註銷帳號", "Delete my account"],
  warning: ["注销后无法恢复：您将立即在所有设备上退出登录，下列信息将被删除。",
    "註銷後無法恢復：您將立即在所有裝置上登出，下列資料將被刪除。",
    "A deletion cannot be undone: you are logged out on every device at once, and what is listed below is erased."],
  erased: ["将删除", "將刪除", "What is erased"],
  kept: ["仍会保留的记录（不含联系方式）及原因", "仍會保留的記錄（不含聯絡方式）及原因",
    "What is kept (without contact data), and why"],
  export_first: ["如需保留一份数据，请先下载我的数据。", "如需保留一份資料，請先下載我的資料。",
    "To keep a copy of your data, download it first."],
  export_link: ["下载我的数据", "下載我的資料", "Download my data"],
  confirm_heading: ["确认注销", "確認註銷", "Confirm the deletion"],
  understood: ["我已了解注销后账号和上述信息无法恢复", "我已了解註銷後帳號和上述資料無法恢復",
    "I understand the account and the data above cannot be restored"],
  understood_needed: ["请先勾选确认", "請先勾選確認", "Tick to confirm first"],
  submit: ["注销账号", "註銷帳號", "Delete my account"],
  done_title: ["账号已注销", "帳號已註銷", "Your account is deleted"],
  done_at: ["注销时间：{at}", "註銷時間：{at}", "Deleted at {at}"],
  done_note: ["您已在所有设备上退出登录。该手机号可以重新注册新账号。", "您已在所有裝置上登出。該手機號碼可以重新註冊新帳號。",
    "You are logged out on every device. The phone number can open a new account."],
  done_kept: ["仍会保留的记录及原因", "仍會保留的記錄及原因", "What is kept, and why"],
  home: ["返回首页", "返回首頁", "Back to home"],
});

function planList(entries, testid) {
  return h("ul", { class: "plain-list", "data-testid": testid }, entries.map((entry) => h("li", { text: entry.text })));
}

function understoodBox() {
  return h("div", { "data-field": "understood" }, h("label", { class: "pledge" },
    h("input", { type: "checkbox", name: "understood" }), h("span", { text: t("understood") })));
}

function done(root, receipt) {
  root.replaceChildren(h("section", { class: "card", "data-testid": "deleted", role: "status" },
    h("h2", { class: "form-title", text: `✓ ${t("done_title")}` }),
    h("p", { class: "muted", text: t("done_at", { at: formatDateTime(receipt.deleted_at) }) }),
    h("p", { text: t("done_note") }),
    h("h3", { class: "card-title", text: t("done_kept") }),
    planList(receipt.kept, "kept-after"),
    h("a", { class: "button button-primary button-block", href: "#/", text: t("home") })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const [me, plan] = await Promise.all([api("/me"), api("/me/deletion")]);
    const submit = h("button", { type: "submit", class: "button button-danger button-block", text: t("submit") });
    const element = form({ "data-testid": "delete-form" },
      h("h2", { class: "card-title", text: t("confirm_heading") }),
      confirmationCode(ctx, me.phone), understoodBox(), submit);
    onSubmit(element, async () => {
      if (!element.elements.understood.checked) throw localRefusal({ understood: [t("understood_needed")] });
      const code = element.elements.code.value.trim();
      const receipt = await api("/me/deletion", { method: "POST", body: { code } });
      // The server has ended every session; this device forgets its tokens too.
      tokens.clear();
      forgetAgreement();
      done(root, receipt);
    });
    root.append(
      h("p", { class: "panel panel-warning", "data-testid": "delete-warning", text: t("warning") }),
      h("section", { class: "card" }, h("h2", { class: "card-title", text: t("erased") }),
        planList(plan.erased, "erased")),
      h("section", { class: "card" }, h("h2", { class: "card-title", text: t("kept") }),
        planList(plan.kept, "kept")),
      h("p", { class: "card" }, t("export_first"), " ",
        h("a", { class: "link-button", href: "#/profile/data", text: t("export_link") })),
      element);
  },
};
