// My data (查阅复制): download every piece of personal data the app keeps about me, as JSON.

import { api } from "../api.js";
import { h } from "../dom.js";
import { todayIso, translator } from "../i18n.js";
import { toast } from "../ui/feedback.js";
import { confirmationCode } from "../ui/confirmation-code.js";
import { form, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["我的数据", "我的資料", "My data"],
  heading: ["下载我的个人数据", "下載我的個人資料", "Download my personal data"],
  intro: ["一个 JSON 文件，包含省事保存的您的全部个人数据：", "一個 JSON 檔案，包含省事保存的您的全部個人資料：",
    "One JSON file with all the personal data Shengshi keeps about you:"],
  item_profile: ["账号资料（手机号、证件号码和姓名完整显示，仅您本人可下载）",
    "帳號資料（手機號碼、證件號碼和姓名完整顯示，只有您本人可下載）",
    "Your profile (phone, document number and name in full; only you can download it)"],
  item_health: ["健康码：颜色历史、健康申报、转码、卫生健康部门的记录、卡口通行",
    "健康碼：顏色歷史、健康申報、轉碼、衞生健康部門的記錄、關卡通行",
    "Health code: colour history, declarations, converted codes, the health authority's records, checkpoint passages"],
  item_activity: ["场所扫码、申诉、亲友关系（双方）、离线码卡", "場所掃碼、申訴、親友關係（雙方）、離線碼卡",
    "Venue check-ins, appeals, family links (both sides), printed code cards"],
  item_account: ["授权记录、消息通知、登录设备、安全记录", "授權記錄、訊息通知、登入裝置、安全記錄",
    "Consents, messages, devices and the security record"],
  warning: ["文件含完整的个人信息，请妥善保管，不要发给他人。", "檔案含完整的個人資料，請妥善保管，不要發給他人。",
    "The file holds your personal information in full: keep it safe and do not send it to others."],
  download: ["下载我的数据", "下載我的資料", "Download my data"],
  downloaded: ["已下载", "已下載", "Downloaded"],
});

function save(data) {
  // The file the resident keeps: the same JSON the API answered, readably indented.
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: `shengshi-personal-data-${todayIso()}.json`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const me = await api("/me");
    const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("download") });
    const element = form({ "data-testid": "export-form" },
      h("h2", { class: "form-title", text: t("heading") }),
      h("p", { text: t("intro") }),
      h("ul", { class: "plain-list" },
        [t("item_profile"), t("item_health"), t("item_activity"), t("item_account")].map((text) => h("li", { text }))),
      h("p", { class: "note", text: t("warning") }),
      confirmationCode(ctx, me.phone), submit);
    onSubmit(element, async () => {
      const code = element.elements.code.value.trim();
      save(await api("/me/export", { query: { code } }));
      element.elements.code.value = "";
      toast(t("downloaded"));
    });
    root.append(element);
  },
};
