// Asked again: the privacy notice changed (or was never agreed to) since this resident logged in.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { agreeBox, forgetAgreement, loadNotice, notAgreed, noticeSummary, recordAgreement } from "../privacy.js";
import { finish, go } from "../router.js";
import { tokens } from "../store.js";
import { toast } from "../ui/feedback.js";
import { busy, form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["隐私政策更新", "私隱政策更新", "Privacy notice updated"],
  heading: ["请阅读并同意新版隐私政策", "請閱讀並同意新版私隱政策", "Please read and agree to the new privacy notice"],
  intro: ["隐私政策已更新为 {version} 版。同意后即可继续使用；不同意可以退出登录，或在「我的」中注销账号。",
    "私隱政策已更新為 {version} 版。同意後即可繼續使用；不同意可以登出，或在「我的」中註銷帳號。",
    "The privacy notice is now version {version}. Agree to go on; if you do not, log out, or delete your account under Me."],
  accept: ["同意并继续", "同意並繼續", "Agree and continue"],
  decline: ["不同意，退出登录", "不同意，登出", "Do not agree: log out"],
  agreed: ["已同意隐私政策", "已同意私隱政策", "Privacy notice agreed"],
});

function declineButton() {
  const button = h("button", { type: "button", class: "button button-ghost button-block", text: t("decline") });
  button.addEventListener("click", () => busy(button, async () => {
    try {
      await api("/auth/tokens", { method: "DELETE" });
    } finally {
      tokens.clear();
      forgetAgreement();
      go("/login", { replace: true });
    }
  }).catch(() => {}));
  return button;
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const notice = await loadNotice();
    const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("accept") });
    const element = form({ "data-testid": "agree-form" },
      h("h2", { class: "form-title", text: t("heading") }),
      h("p", { class: "muted", text: t("intro", { version: notice.version }) }),
      noticeSummary(notice), agreeBox(notice), submit, declineButton());
    onSubmit(element, async () => {
      const refusal = notAgreed(element);
      if (refusal) throw localRefusal(refusal);
      await recordAgreement(notice.version);
      toast(t("agreed"));
      finish(ctx.params.next, "/");
    });
    root.append(element);
  },
};
