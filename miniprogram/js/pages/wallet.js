// The wallet tab (卡包): my e-certificates as cards, page by page, and the ways to their uses,
// my grants and my family's certificates. Below L2 the API asks for a real name first.

import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { refresh } from "../router.js";
import { refusalAction } from "../ui/feedback.js";
import { pagedList } from "../ui/pager.js";
import { needsStepUp } from "../ui/step-up.js";
import { certificateCard } from "../wallet/cards.js";

const t = translator(import.meta.url, {
  title: ["卡包", "卡包", "Wallet"],
  heading: ["我的电子证照", "我的電子證照", "My e-certificates"],
  empty: ["暂无电子证照。发证机关签发后，证照会自动出现在这里。", "暫無電子證照。發證機關簽發後，證照會自動出現在這裏。",
    "No certificates yet. They appear here once a department issues them to you."],
  real_name: ["实名认证后即可使用电子证照", "實名認證後即可使用電子證照", "Verify your real name to use e-certificates"],
  real_name_why: ["发证机关按证件号码签发证照；完成实名认证（L2）后，您名下的证照会自动出现在卡包中。",
    "發證機關按證件號碼簽發證照；完成實名認證（L2）後，您名下的證照會自動出現在卡包中。",
    "Departments issue certificates to a document number: once your real name is verified (L2), yours appear here."],
  more: ["更多", "更多", "More"],
  scan: ["扫码亮证", "掃碼亮證", "Show to a desk"],
  scan_sub: ["扫描核验单位的二维码，向其出示证照", "掃描核驗單位的二維碼，向其出示證照", "Scan a desk's QR code to show it a certificate"],
  usage: ["使用记录", "使用記錄", "Uses"],
  usage_sub: ["每次出示、核验和授权使用", "每次出示、核驗和授權使用", "Every showing, check and authorised use"],
  grants: ["授权管理", "授權管理", "Grants"],
  grants_sub: ["授权单位使用证照，可随时撤回", "授權單位使用證照，可隨時撤回", "Let others use a certificate; withdraw any time"],
  family: ["家人证照", "家人證照", "Family certificates"],
  family_sub: ["查看和出示亲友的证照", "查看和出示親友的證照", "See and show the certificates of people you look after"],
});

function realNamePrompt(error) {
  return h("div", { class: "card placeholder", "data-testid": "wallet-real-name" },
    h("h2", { class: "card-title", text: t("real_name") }),
    h("p", { class: "muted", text: t("real_name_why") }),
    refusalAction(error, () => refresh()));
}

function moreLinks() {
  const link = (href, name, sub) => h("li", {}, h("a", { class: "menu-link", href },
    h("span", { class: "menu-text" }, h("span", { class: "menu-name", text: name }), h("span", { class: "muted small", text: sub })),
    h("span", { class: "menu-arrow", "aria-hidden": "true", text: "›" })));
  return h("nav", { class: "card", "aria-label": t("more") }, h("ul", { class: "menu" },
    link("#/wallet/scan", t("scan"), t("scan_sub")),
    link("#/wallet/usage", t("usage"), t("usage_sub")),
    link("#/wallet/grants", t("grants"), t("grants_sub")),
    link("#/wallet/family", t("family"), t("family_sub"))));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const list = pagedList({
      path: "/wallet/certificates", className: "cert-list", empty: t("empty"),
      item: (certificate) => certificateCard(certificate, `/wallet/certificate?id=${encodeURIComponent(certificate.id)}`),
    });
    try {
      await list.load();
    } catch (error) {
      if (!needsStepUp(error)) throw error;
      root.append(realNamePrompt(error));
      return;
    }
    root.append(h("section", { class: "wallet", "aria-labelledby": "wallet-heading" },
      h("h2", { class: "section-title", id: "wallet-heading", text: t("heading") }), list.element), moreLinks());
  },
};
