// Partner regions (互认地区) whose health codes residents may convert here: read only.

import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { consolePage } from "../console/shell.js";
import { partnerRegionName } from "../regions.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["互认地区", "互認地區", "Partner regions"],
  intro: ["以下地区的健康码可在本应用转码。信任名单由命令行维护（add-partner-region）。",
    "以下地區的健康碼可在本應用轉碼。信任名單由命令列維護（add-partner-region）。",
    "Residents may convert the health codes of these regions here. The list is kept with the command line (add-partner-region)."],
  empty: ["尚未信任任何地区", "尚未信任任何地區", "No partner regions are trusted"],
  enabled: ["已启用", "已啟用", "Enabled"],
  disabled: ["已停用", "已停用", "Disabled"],
  freshness: ["须为 {minutes} 分钟内生成的码", "須為 {minutes} 分鐘內產生的碼", "Codes issued within {minutes} minutes"],
  keys: ["密钥：{kids}", "金鑰：{kids}", "Keys: {kids}"],
  updated: ["{by} 更新于 {time}", "{by} 更新於 {time}", "Updated by {by} at {time}"],
});

function regionItem(region) {
  const kids = (region.keys?.keys ?? []).map((key) => key.kid).join(", ");
  return h("li", { class: "record", "data-testid": "partner-region" },
    h("div", { class: "list-head" }, h("strong", { text: `${partnerRegionName(region.region)} · ${region.name}` }),
      h("span", { class: region.enabled ? "chip chip-green" : "chip chip-grey",
        text: region.enabled ? t("enabled") : t("disabled") })),
    h("p", { class: "small", text: t("freshness", { minutes: region.freshness_minutes }) }),
    h("p", { class: "record-meta", text: t("keys", { kids }) }),
    h("p", { class: "record-meta", text: t("updated", { by: region.updated_by, time: formatDateTime(region.updated_at) }) }));
}

export default consolePage({
  role: "admin",
  title: () => t("title"),
  async render(root) {
    const regions = pagedList({ path: "/admin/partner-regions", item: regionItem, empty: t("empty") });
    await regions.load();
    root.append(h("section", { class: "card", "aria-label": t("title") },
      h("p", { class: "muted small", text: t("intro") }), regions.element));
  },
});
