// Health authority's console: its tasks, with the number of appeals waiting for a decision.

import { apiList } from "../api.js";
import { translator } from "../i18n.js";
import { taskLinks } from "../console/hub.js";
import { consolePage } from "../console/shell.js";

const t = translator(import.meta.url, {
  title: ["卫生健康工作台", "衞生健康工作台", "Health authority"],
  tasks: ["工作事项", "工作事項", "Tasks"],
  risk_areas: ["风险地区", "風險地區", "Risk areas"],
  risk_areas_sub: ["发布、查看和结束中高风险地区", "發佈、查看和結束中高風險地區", "Publish, review and end risk areas"],
  imports: ["批量导入", "批量匯入", "Bulk imports"],
  imports_sub: ["上传核酸结果、隔离令、密接名单（CSV）", "上載核酸結果、隔離令、密接名單（CSV）",
    "Upload test results, isolation orders, close contacts (CSV)"],
  appeals: ["申诉处理", "申訴處理", "Appeals"],
  appeals_sub: ["审核居民对健康码颜色的申诉", "審核居民對健康碼顏色的申訴", "Decide residents' appeals against a colour"],
  waiting: ["{count} 宗待处理", "{count} 宗待處理", "{count} waiting"],
  cards: ["离线码卡", "離線碼卡", "Code cards"],
  cards_sub: ["为无手机人员签发、打印、作废码卡", "為無手機人士簽發、列印、作廢碼卡",
    "Issue, print and revoke cards for people without a phone"],
  rules: ["赋码规则", "賦碼規則", "Colour rules"],
  rules_sub: ["查看当前生效的健康码规则", "查看目前生效的健康碼規則", "The rules in force"],
});

export default consolePage({
  role: "health_authority",
  title: () => t("title"),
  async render(root) {
    const open = await apiList("/authority/appeals", { limit: 1, query: { status: "open" } });
    root.append(taskLinks(t("tasks"), [
      { href: "/staff/health_authority/appeals", name: t("appeals"), sub: t("appeals_sub"),
        badge: open.total > 0 && t("waiting", { count: open.total }) },
      { href: "/staff/health_authority/imports", name: t("imports"), sub: t("imports_sub") },
      { href: "/staff/health_authority/risk-areas", name: t("risk_areas"), sub: t("risk_areas_sub") },
      { href: "/staff/health_authority/code-cards", name: t("cards"), sub: t("cards_sub") },
      { href: "/staff/health_authority/rules", name: t("rules"), sub: t("rules_sub") },
    ]));
  },
});
