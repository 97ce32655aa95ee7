// The reform figures (改革成效): zero-visit and instant services, cases done online, time
// against the promise, and the three measures: pre-filled fields, certificate materials,
// visits avoided — computed from real cases.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  title: ["改革成效", "改革成效", "Reform figures"],
  services: ["事项", "事項", "Services"],
  cases: ["办件", "辦件", "Cases"],
  measures: ["减材料、减跑动、减填写", "減材料、減跑動、減填寫", "Less typing, fewer papers, fewer visits"],
  zero_visit: ["零跑动事项", "零跑動事項", "Zero-visit services"],
  instant_services: ["可秒办事项", "可秒辦事項", "Services with instant approval"],
  online: ["全程网办办结", "全程網辦辦結", "Cases completed entirely online"],
  instant: ["秒批办结", "秒批辦結", "Cases approved instantly"],
  on_time: ["承诺时限内办结", "承諾時限內辦結", "Completed within the promise"],
  average: ["平均用时 {days} / 承诺 {promised} 个工作日", "平均用時 {days} / 承諾 {promised} 個工作天",
    "Average {days} of {promised} promised working days"],
  prefilled: ["自动填写的字段", "自動填寫的欄位", "Fields pre-filled"],
  certificates: ["电子证照代替的材料", "電子證照代替的材料", "Materials from e-certificates"],
  visits: ["免于跑动的次数", "免於跑動的次數", "Visits avoided"],
  share: ["{share}（{count} / {total}）", "{share}（{count} / {total}）", "{share} ({count} of {total})"],
  none: ["暂无数据", "暫無數據", "No data yet"],
  total_cases: ["统计期内办件 {n} 件", "統計期內辦件 {n} 件", "{n} cases in the period"],
});

function share(value) {
  if (!value || value.share === null || value.share === undefined) return t("none");
  return t("share", { share: `${(value.share * 100).toFixed(1)}%`, count: value.count, total: value.total });
}

function figures(title, rows) {
  return h("section", { class: "card" }, h("h2", { class: "card-title", text: title }),
    h("dl", { class: "facts" }, rows.map(([name, value]) => [h("dt", { text: name }), h("dd", { text: value })])));
}

export default consolePage({
  role: "admin",
  title: () => t("title"),
  async render(root) {
    const f = await api("/admin/stats/reform");
    const time = f.processing_time;
    root.append(
      figures(t("services"), [[t("zero_visit"), share(f.zero_visit_services)], [t("instant_services"), share(f.instant_services)]]),
      figures(t("cases"), [
        [t("online"), share(f.online_completion)], [t("instant"), share(f.instant_approvals)],
        [t("on_time"), share(time?.within_promise)],
        ["", time?.cases ? t("average", { days: time.average_days, promised: time.average_promised_days }) : t("none")]]),
      figures(t("measures"), [[t("prefilled"), share(f.prefilled_fields)], [t("certificates"), share(f.certificate_materials)],
        [t("visits"), share(f.visits?.avoided)]]),
      h("p", { class: "small muted", "data-testid": "reform-cases", text: t("total_cases", { n: f.cases }) }));
  },
});
