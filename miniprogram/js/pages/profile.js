// Me: masked account details, assurance level with a step-up prompt, settings, log out.

import { api } from "../api.js";
import { docTypeName } from "../documents.js";
import { h } from "../dom.js";
import { levelName, translator } from "../i18n.js";
import { realNamePath } from "../paths.js";
import { go } from "../router.js";
import { forgetAgreement } from "../privacy.js";
import { setPrefs, tokens } from "../store.js";
import { languagePicker } from "../ui/controls.js";
import { toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["我的", "我的", "Me"],
  phone: ["手机号", "手機號碼", "Phone"],
  document: ["证件", "證件", "Document"],
  not_verified: ["未实名", "未實名", "Not verified"],
  step_up_L1: ["完成实名认证（L2），即可使用粤康码等服务", "完成實名認證（L2），即可使用粵康碼等服務",
    "Verify your real name (L2) to use the health code and more"],
  step_up_L2: ["完成人脸识别升级为 L3 实人认证，可办理更多事项", "完成人臉識別升級為 L3 實人認證，可辦理更多事項",
    "Pass face verification to reach L3 and use more services"],
  action_L1: ["去实名认证", "去實名認證", "Verify real name"],
  action_L2: ["开始人脸识别", "開始人臉識別", "Start face verification"],
  settings: ["设置", "設定", "Settings"],
  language: ["语言", "語言", "Language"],
  elderly: ["长辈模式（大字体）", "長者模式（大字體）", "Elderly mode (larger text)"],
  privacy: ["隐私与数据", "私隱與資料", "Privacy and data"],
  my_data: ["我的数据", "我的資料", "My data"],
  my_data_sub: ["下载省事保存的您的个人数据", "下載省事保存的您的個人資料", "Download the personal data Shengshi keeps"],
  consents: ["授权管理", "授權管理", "Consents"],
  consents_sub: ["隐私政策版本、人脸识别授权", "私隱政策版本、人臉識別授權", "Privacy notice version, face verification"],
  notice: ["隐私政策", "私隱政策", "Privacy notice"],
  delete: ["注销账号", "註銷帳號", "Delete my account"],
  delete_sub: ["删除账号和个人数据", "刪除帳號和個人資料", "Erase the account and its personal data"],
  logout: ["退出登录", "登出", "Log out"],
  logged_out: ["已退出登录", "已登出", "Logged out"],
});

const STEP_UP = {
  L1: () => [t("step_up_L1"), `#${realNamePath("/profile")}`, t("action_L1")],
  L2: () => [t("step_up_L2"), "#/face", t("action_L2")],
};

function account(me) {
  const realName = me.real_name;
  return h("div", { class: "card profile-card" },
    h("div", { class: "avatar", "aria-hidden": "true", text: realName ? realName.name.slice(0, 1) : "省" }),
    h("div", { class: "profile-main" },
      h("div", { class: "profile-name", text: realName ? realName.name : me.phone }),
      h("span", { class: `level level-${me.level}`, "data-testid": "level", text: levelName(me.level) })),
    h("dl", { class: "facts" },
      h("dt", { text: t("phone") }), h("dd", { "data-testid": "phone", text: me.phone }),
      h("dt", { text: t("document") }),
      h("dd", { text: realName ? `${docTypeName(realName.doc_type)} ${realName.doc_number}` : t("not_verified") })));
}

function stepUp(level) {
  if (!STEP_UP[level]) return null;
  const [text, href, action] = STEP_UP[level]();
  return h("div", { class: "card step-up", "data-testid": "step-up" },
    h("p", { text }), h("a", { class: "button button-primary button-small", href, text: action }));
}

async function save(changes, prefChanges) {
  // Saved on the account first, so the page redrawn for the new preference reads it back.
  await api("/me", { method: "PATCH", body: changes });
  setPrefs(prefChanges);
  toast(t("saved"));
}

function settings(me) {
  const elderly = h("input", { type: "checkbox", class: "switch", checked: me.elderly_mode,
    "data-testid": "elderly", id: "setting-elderly" });
  elderly.addEventListener("change", () => {
    elderly.disabled = true; // one change at a time; the page is redrawn when it is saved
    save({ elderly_mode: elderly.checked }, { elderly: elderly.checked }).catch((error) => {
      elderly.checked = !elderly.checked;
      elderly.disabled = false;
      toast(error.message);
    });
  });
  return h("div", { class: "card" },
    h("h2", { class: "card-title", text: t("settings") }),
    h("div", { class: "setting setting-stacked" }, h("span", { id: "setting-language", text: t("language") }),
      languagePicker((language) => save({ language }, { language }).catch((error) => toast(error.message)))),
    h("label", { class: "setting", for: "setting-elderly" }, h("span", { text: t("elderly") }), elderly));
}

function privacyLink(href, text, sub, testid) {
  return h("li", {}, h("a", { class: "menu-link", href, "data-testid": testid },
    h("span", { class: "menu-text" }, h("span", { class: "menu-name", text }), sub && h("span", { class: "muted small", text: sub })),
    h("span", { class: "menu-arrow", "aria-hidden": "true", text: "›" })));
}

function privacy() {
  return h("section", { class: "card", "data-testid": "privacy-menu" },
    h("h2", { class: "card-title", text: t("privacy") }),
    h("ul", { class: "menu" },
      privacyLink("#/profile/data", t("my_data"), t("my_data_sub"), "menu-data"),
      privacyLink("#/profile/consents", t("consents"), t("consents_sub"), "menu-consents"),
      privacyLink("#/privacy", t("notice"), null, "menu-notice"),
      privacyLink("#/profile/delete", t("delete"), t("delete_sub"), "menu-delete")));
}

function logoutButton() {
  const button = h("button", { type: "button", class: "button button-danger button-block", text: t("logout") });
  button.addEventListener("click", () => busy(button, async () => {
    try {
      await api("/auth/tokens", { method: "DELETE" });
    } finally {
      // Even if the server could not be told, this device forgets the tokens.
      tokens.clear();
      forgetAgreement();
      toast(t("logged_out"));
      go("/login", { replace: true });
    }
  }).catch(() => {}));
  return button;
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const me = await api("/me");
    root.append(account(me), stepUp(me.level) ?? "", settings(me), privacy(), logoutButton());
  },
};
