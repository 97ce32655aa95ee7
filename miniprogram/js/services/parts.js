// Pieces the services screens share: a service's badges and row, fees, case statuses, the
// departments' names, and where each screen lives.

import { api } from "../api.js";
import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";

const t = translator(import.meta.url, {
  free: ["免费", "免費", "Free"],
  fee: ["¥{yuan}", "¥{yuan}", "¥{yuan}"],
  zero_visit: ["零跑动", "零跑動", "No visit"],
  visits: ["跑动 {n} 次", "跑動 {n} 次", "{n} visit(s)"],
  instant: ["秒办", "秒辦", "Instant"],
  days: ["{n} 个工作日", "{n} 個工作天", "{n} working day(s)"],
  same_day: ["即办", "即辦", "Same day"],
  overdue: ["已超期", "已逾期", "Overdue"],
});

export const PATHS = {
  home: "/services",
  guide: (id) => `/services/guide?id=${id}`,
  apply: (id, draft) => `/services/apply?id=${id}${draft ? `&draft=${draft}` : ""}`,
  drafts: "/services/drafts",
  cases: "/cases",
  caseDetail: (id) => `/cases/detail?id=${id}`,
  appointment: (id) => `/cases/appointment?id=${id}`,
  messages: "/messages",
};

/** A fee in fen as words: 免费, or ¥40.00. */
export function feeText(fen) {
  return fen ? t("fee", { yuan: (fen / 100).toFixed(2) }) : t("free");
}

/** Working days as words (0 is 即办). */
export function daysText(days) {
  return days ? t("days", { n: days }) : t("same_day");
}

/** The badges a resident looks for: 零跑动 or visits, 秒办, the fee. */
export function serviceBadges(item) {
  return h("span", { class: "svc-badges" },
    item.visits === 0
      ? h("span", { class: "chip chip-green", text: t("zero_visit") })
      : h("span", { class: "chip", text: t("visits", { n: item.visits }) }),
    item.instant && h("span", { class: "chip chip-instant", "data-testid": "instant-badge", text: t("instant") }),
    h("span", { class: "chip chip-plain", text: feeText(item.fee_fen) }));
}

let departmentsLoaded = null;

/** Load the departments once: [{slug, name}]. */
export function departments() {
  departmentsLoaded ??= api("/services/departments").then((answer) => answer.items, (error) => {
    departmentsLoaded = null;
    throw error;
  });
  return departmentsLoaded;
}

/** A department's name in the reader's language (its slug while the names are not loaded). */
export function departmentName(list, slug) {
  return localised(list.find((entry) => entry.slug === slug)?.name) || slug;
}

/** One service as a list row linking to its guide. */
export function serviceRow(item, deptList = []) {
  return h("li", { class: "svc-row", "data-testid": "service" },
    h("a", { class: "svc-link", href: `#${PATHS.guide(item.id)}` },
      h("span", { class: "svc-name", text: localised(item.name) }),
      h("span", { class: "svc-dept small muted", text: departmentName(deptList, item.department) }),
      serviceBadges(item)));
}

/** A case's status in words, marked overdue in words too (never colour alone). */
export function statusChip(kase) {
  const ended = [4, 11, 99].includes(kase.status);
  const tone = kase.status === 11 ? "chip-green" : ended ? "chip-plain" : kase.status === 6 ? "chip-yellow" : "";
  return h("span", { class: "svc-status" },
    h("span", { class: `chip ${tone}`, "data-testid": "case-status", text: localised(kase.status_name) }),
    kase.overdue && h("span", { class: "chip chip-red", text: t("overdue") }));
}
