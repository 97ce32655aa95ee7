// Converting another region's health code (转码), e.g. a Macao code when entering Guangdong.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { partnerRegionName } from "../regions.js";
import { refresh } from "../router.js";
import { colourChip, textForm } from "../ui/controls.js";
import { toast } from "../ui/feedback.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["健康码转码", "健康碼轉碼", "Convert a health code"],
  intro: ["持合作地区（如澳门）有效绿码，可转为粤康码绿码。", "持合作地區（如澳門）有效綠碼，可轉為粵康碼綠碼。",
    "A valid green code from a partner region (e.g. Macao) converts to a local green code."],
  label: ["外地健康码内容", "外地健康碼內容", "Partner code"],
  placeholder: ["请粘贴外地健康码二维码中的文字", "請貼上外地健康碼二維碼中的文字", "Paste the text of the partner region's QR"],
  submit: ["转码", "轉碼", "Convert"],
  done: ["转码成功", "轉碼成功", "Converted"],
  mine: ["转码记录", "轉碼記錄", "My conversions"],
  empty: ["暂无转码记录", "暫無轉碼記錄", "No conversions"],
  region: ["来源地区：{region}", "來源地區：{region}", "From: {region}"],
  valid_until: ["有效期至 {time}", "有效期至 {time}", "Valid until {time}"],
});

function conversionItem(conversion) {
  return h("li", { class: "list-item", "data-testid": "conversion" },
    h("div", { class: "list-main" },
      h("strong", { text: t("region", { region: partnerRegionName(conversion.region) }) }),
      h("p", { class: "muted small", text: `${conversion.masked_name} · ${formatDateTime(conversion.verified_at)}` }),
      h("p", { class: "muted small", text: t("valid_until", { time: formatDateTime(conversion.expires_at) }) })),
    colourChip(conversion.colour));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const conversions = pagedList({ path: "/health-code/conversions", item: conversionItem, empty: t("empty") });
    await conversions.load();
    const form = textForm({
      name: "token", label: t("label"), placeholder: t("placeholder"), submitText: t("submit"), maxlength: 400,
      intro: t("intro"),
      onSend: async (token) => {
        await api("/health-code/conversions", { method: "POST", body: { token } });
        toast(t("done"));
        refresh();
      },
    });
    root.append(form, h("div", { class: "card" },
      h("h2", { class: "card-title", text: t("mine") }), conversions.element));
  },
};
