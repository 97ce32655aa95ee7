// A desk's presentation request, opened from its QR code: the registered verifier and purpose
// by their registered names, and which of my valid certificates that purpose may see; choosing
// one goes to the show screen with the desk and purpose already chosen.

import { apiList } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { certificateCard } from "../wallet/cards.js";
import { verifiersFor } from "../wallet/choose.js";
import { requestOf } from "../wallet/request.js";

const t = translator(import.meta.url, {
  title: ["扫码亮证", "掃碼亮證", "Show to a desk"],
  heading: ["出示给 {verifier}", "出示給 {verifier}", "For {verifier}"],
  purpose: ["用途：{purpose}", "用途：{purpose}", "Purpose: {purpose}"],
  choose: ["选择要出示的证照，下一步选择出示哪些信息。", "選擇要出示的證照，下一步選擇出示哪些資料。",
    "Choose the certificate; next, choose what to share from it."],
  none: ["您没有该用途可查看的有效证照", "您沒有該用途可查看的有效證照", "You hold no valid certificate this purpose may see"],
  unknown: ["这个二维码不是已登记核验单位的出示请求，或该单位已停用。请勿向其出示证照。",
    "這個二維碼不是已登記核驗單位的出示請求，或該單位已停用。請勿向其出示證照。",
    "This QR code is not a request from a registered verifier, or the verifier has stopped. Do not show it anything."],
  wallet: ["返回卡包", "返回卡包", "Back to the wallet"],
});

const MAX_CERTIFICATES = 100; // the API's largest page: a wallet holds far fewer

function refusal() {
  return h("div", { class: "panel panel-error", role: "alert", "data-testid": "request-unknown" },
    h("p", { text: t("unknown") }), h("a", { class: "button button-ghost", href: "#/wallet", text: t("wallet") }));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const request = requestOf(ctx.params);
    const verifier = request && (await verifiersFor()).find((item) => item.id === request.verifier);
    const purpose = verifier?.purposes.find((item) => item.code === request.purpose);
    if (!purpose) {
      root.append(refusal());
      return;
    }
    const mine = (await apiList("/wallet/certificates", { limit: MAX_CERTIFICATES })).items;
    const usable = mine.filter((item) => item.status === "valid" && purpose.fields[item.type]);
    const link = (item) => `/wallet/show?${new URLSearchParams({ id: item.id, ...request })}`;
    root.append(h("section", { class: "wallet", "aria-labelledby": "request-title", "data-testid": "request" },
      h("h2", { class: "section-title", id: "request-title", text: t("heading", { verifier: verifier.name }) }),
      h("p", { class: "muted", text: t("purpose", { purpose: purpose.name }) }),
      h("p", { class: "small", text: usable.length ? t("choose") : t("none") }),
      h("ul", { class: "cert-list" }, usable.map((item) => certificateCard(item, link(item))))));
  },
};
