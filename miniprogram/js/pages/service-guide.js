// The guide (办事指南): conditions, materials (those the wallet already covers marked), time
// limits, fees, visits, online depth, 秒办; favourite; who it is for (代办); apply.

import { api } from "../api.js";
import { h } from "../dom.js";
import { levelName, localised, translator } from "../i18n.js";
import { loginPath } from "../paths.js";
import { go } from "../router.js";
import { daysText, departmentName, departments, feeText, PATHS, serviceBadges } from "../services/parts.js";
import { stepUpPanel } from "../services/step-up.js";
import { loggedIn } from "../store.js";
import { errorPanel, toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["办事指南", "辦事指南", "Service guide"],
  department: ["实施部门", "實施部門", "Department"],
  promised: ["承诺时限", "承諾時限", "Promised"],
  legal: ["法定时限", "法定時限", "Legal limit"],
  fee: ["收费", "收費", "Fee"],
  visits: ["到现场次数", "到現場次數", "Counter visits"],
  depth: ["网办深度", "網辦深度", "Online depth"],
  depth_1: ["信息查询", "資訊查詢", "Information online"],
  depth_2: ["在线预约、下载表格", "網上預約、下載表格", "Forms and booking online"],
  depth_3: ["在线申请预审，窗口办结", "網上申請預審，窗口辦結", "Apply online, finish at a counter"],
  depth_4: ["全程网办", "全程網辦", "Entirely online"],
  level: ["认证要求", "認證要求", "Verification"],
  result: ["办理结果", "辦理結果", "Result"],
  result_certificate: ["电子证照，发放至卡包", "電子證照，發放至卡包", "An e-certificate in your wallet"],
  result_other: ["办理结果通知", "辦理結果通知", "A decision notice"],
  instant_note: ["符合条件即时办结（秒办），无需人工审核", "符合條件即時辦結（秒辦），無需人工審核",
    "If you qualify it is decided at once (instant approval), without waiting for a clerk"],
  conditions: ["受理条件", "受理條件", "Who can apply"],
  materials: ["申请材料", "申請材料", "Materials"],
  required: ["必交", "必交", "Required"],
  optional: ["选交", "選交", "Optional"],
  covered: ["✓ 卡包已有电子证照，免交", "✓ 卡包已有電子證照，免交", "✓ In your wallet: no need to hand it in"],
  upload: ["需上传", "需上載", "Upload"],
  certificate_ok: ["可用电子证照", "可用電子證照", "An e-certificate can stand in"],
  favourite: ["☆ 收藏", "☆ 收藏", "☆ Favourite"],
  favourited: ["★ 已收藏", "★ 已收藏", "★ Favourite"],
  favourite_added: ["已加入收藏", "已加入收藏", "Added to favourites"],
  favourite_removed: ["已取消收藏", "已取消收藏", "Removed from favourites"],
  apply: ["在线申请", "網上申請", "Apply online"],
  login_to_apply: ["登录后申请", "登入後申請", "Log in to apply"],
  for_whom: ["为谁办理", "為誰辦理", "Applying for"],
  myself: ["本人", "本人", "Myself"],
  dependant: ["{name}（代办）", "{name}（代辦）", "{name} (on their behalf)"],
  applicant: ["申请人：{name}", "申請人：{name}", "Applicant: {name}"],
});

const DEPTH = { 1: () => t("depth_1"), 2: () => t("depth_2"), 3: () => t("depth_3"), 4: () => t("depth_4") };

function facts(guide, deptList) {
  const rows = [
    [t("department"), departmentName(deptList, guide.department)],
    [t("promised"), daysText(guide.time_limits.promised_days)],
    [t("legal"), daysText(guide.time_limits.legal_days)],
    [t("fee"), feeText(guide.fee_fen)],
    [t("visits"), String(guide.visits)],
    [t("depth"), DEPTH[guide.online_depth]?.() ?? String(guide.online_depth)],
    [t("level"), levelName(guide.min_level)],
    [t("result"), guide.result_certificate ? t("result_certificate") : t("result_other")],
  ];
  return h("dl", { class: "facts", "data-testid": "guide-facts" },
    rows.map(([name, value]) => [h("dt", { text: name }), h("dd", { text: value })]));
}

function materialRow(material, covered) {
  return h("li", { class: "svc-material", "data-testid": "material", "data-material": material.id },
    h("span", { class: "svc-material-name", text: localised(material.name) }),
    h("span", { class: "svc-badges" },
      h("span", { class: "chip chip-plain", text: material.required ? t("required") : t("optional") }),
      covered
        ? h("span", { class: "chip chip-green", "data-testid": "covered", text: t("covered") })
        : material.certificate
          ? h("span", { class: "chip", text: t("certificate_ok") })
          : h("span", { class: "chip chip-plain", text: t("upload") })));
}

function favouriteButton(guide) {
  let on = Boolean(guide.favourite);
  const button = h("button", { type: "button", class: "button button-ghost svc-favourite",
    "aria-pressed": String(on), "data-testid": "favourite", text: on ? t("favourited") : t("favourite") });
  button.addEventListener("click", () => busy(button, async () => {
    await api(`/services/${guide.id}/favourite`, { method: on ? "DELETE" : "PUT" });
    on = !on;
    button.textContent = on ? t("favourited") : t("favourite");
    button.setAttribute("aria-pressed", String(on));
    toast(on ? t("favourite_added") : t("favourite_removed"));
  }).catch((error) => toast(error.message)));
  return button;
}

async function whoPicker(guide, ctx) {
  if (!guide.personal || !guide.service_object.includes("natural_person")) return null;
  const answer = await api("/family/dependants", { query: { limit: 50 } }).catch(() => ({ items: [] }));
  const active = answer.items.filter((person) => person.status === "active");
  if (!active.length) return null;
  const select = h("select", { id: "svc-for" },
    h("option", { value: "", text: t("myself") }),
    active.map((person) => h("option", { value: person.id, selected: person.id === ctx.params.for,
      text: t("dependant", { name: person.masked_name }) })));
  select.addEventListener("change", () => {
    const suffix = select.value ? `&for=${select.value}` : "";
    go(`${PATHS.guide(guide.id)}${suffix}`, { replace: true });
  });
  return h("div", { class: "field" }, h("label", { class: "field-label", for: "svc-for", text: t("for_whom") }), select);
}

function applyArea(guide, ctx, picker) {
  if (!loggedIn()) {
    return h("a", { class: "button button-primary button-block", href: `#${loginPath()}`, text: t("login_to_apply") });
  }
  const personal = guide.personal;
  const applyPath = `${PATHS.apply(guide.id)}${ctx.params.for ? `&for=${ctx.params.for}` : ""}`;
  return h("div", { class: "svc-apply-area" }, picker,
    personal && h("p", { class: "muted small", text: t("applicant", { name: personal.applicant }) }),
    personal?.step_up && stepUpPanel(personal.step_up),
    h("a", { class: "button button-primary button-block", href: `#${applyPath}`, "data-testid": "apply",
      text: t("apply") }));
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  async render(root, ctx) {
    const query = ctx.params.for ? { dependant_id: ctx.params.for } : undefined;
    const [guide, deptList] = await Promise.all([api(`/services/${ctx.params.id}`, { query }), departments()]);
    const covered = new Set((guide.personal?.materials_covered ?? []).map((entry) => entry.material));
    const picker = await whoPicker(guide, ctx).catch((error) => errorPanel(error));
    root.append(
      h("div", { class: "card svc-guide-head" },
        h("h2", { class: "svc-guide-name", "data-testid": "guide-name", text: localised(guide.name) }),
        serviceBadges(guide),
        guide.instant && h("p", { class: "svc-instant-note", text: t("instant_note") }),
        loggedIn() && favouriteButton(guide),
        facts(guide, deptList)),
      h("section", { class: "card" }, h("h2", { class: "card-title", text: t("conditions") }),
        h("ul", { class: "svc-bullets" }, guide.conditions.map((row) => h("li", { text: localised(row) })))),
      h("section", { class: "card" }, h("h2", { class: "card-title", text: t("materials") }),
        h("ul", { class: "svc-materials" }, guide.materials.map((m) => materialRow(m, covered.has(m.id))))),
      applyArea(guide, ctx, picker));
  },
};
