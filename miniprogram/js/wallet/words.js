// How the wallet's screens say things: a certificate's status in words and colour, its
// validity, revocation reasons, grant states, and field values of every kind as text.

import { docTypeName } from "../documents.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  valid: ["有效", "有效", "Valid"],
  expired: ["已过期", "已過期", "Expired"],
  revoked: ["已注销", "已註銷", "Revoked"],
  validity: ["有效期 {from} 至 {until}", "有效期 {from} 至 {until}", "Valid {from} to {until}"],
  long_term: ["有效期 {from} 起长期有效", "有效期 {from} 起長期有效", "Valid from {from}, no end date"],
  until_only: ["有效期至 {until}", "有效期至 {until}", "Valid until {until}"],
  no_end: ["长期有效", "長期有效", "No end date"],
  range: ["{from} 至 {until}", "{from} 至 {until}", "{from} to {until}"],
  range_from: ["{from} 起长期有效", "{from} 起長期有效", "From {from}, no end date"],
  range_until: ["至 {until}", "至 {until}", "Until {until}"],
  superseded: ["已换发新版本", "已換發新版本", "Replaced by a newer version"],
  withdrawn: ["发证机关撤回", "發證機關撤回", "Withdrawn by the issuer"],
  replaced: ["已补换新证", "已補換新證", "Replaced by a new certificate"],
  holder_deceased: ["持证人已故", "持證人已故", "The holder has died"],
  other: ["其他原因", "其他原因", "Other reason"],
  active: ["生效中", "生效中", "In force"],
  grant_expired: ["已到期", "已到期", "Ended"],
  grant_withdrawn: ["已撤回", "已撤回", "Withdrawn"],
  yes: ["是", "是", "Yes"],
  no: ["否", "否", "No"],
  not_shown: ["不显示", "不顯示", "Not shown"],
  yuan: ["{amount} 元", "{amount} 元", "CNY {amount}"],
});

const STATUS = {
  valid: { words: () => t("valid"), chip: "chip-green" },
  expired: { words: () => t("expired"), chip: "chip-grey" },
  revoked: { words: () => t("revoked"), chip: "chip-red" },
};
const REASONS = {
  superseded: () => t("superseded"),
  withdrawn: () => t("withdrawn"),
  replaced: () => t("replaced"),
  holder_deceased: () => t("holder_deceased"),
  other: () => t("other"),
};
const GRANT_STATES = {
  active: { words: () => t("active"), chip: "chip-green" },
  expired: { words: () => t("grant_expired"), chip: "chip-grey" },
  withdrawn: { words: () => t("grant_withdrawn"), chip: "chip-grey" },
};

/** The revocation reasons an issuer may choose (a re-issue supersedes by itself). */
export const REVOCATION_REASONS = ["withdrawn", "replaced", "holder_deceased", "other"];

/** The validity alone, for a row already labelled "validity": "2024-08-15 至 2036-08-15". */
export function validityRange(certificate) {
  const { valid_from: from, valid_until: until } = certificate;
  if (from && until) return t("range", { from, until });
  if (from) return t("range_from", { from });
  return until ? t("range_until", { until }) : t("no_end");
}

/** A certificate's status as a chip: the word and its colour, never the colour alone. */
export function statusChip(status) {
  const known = STATUS[status];
  return h("span", { class: `chip ${known?.chip ?? "chip-grey"}`, "data-testid": "status", "data-status": status,
    text: known ? known.words() : status });
}

/**
 * "有效期 2024-08-15 至 2036-08-15", or long-term when there is no end date; a verification
 * names the start only when it is later than the issue day, so either end may be missing.
 */
export function validityText(certificate) {
  const { valid_from: from, valid_until: until } = certificate;
  if (from && until) return t("validity", { from, until });
  if (from) return t("long_term", { from });
  return until ? t("until_only", { until }) : t("no_end");
}

/** Why a certificate was revoked, in words. */
export function revocationReason(reason) {
  return REASONS[reason]?.() ?? reason;
}

/** A grant's state (in force, ended, withdrawn) as a chip. */
export function grantStateChip(state) {
  const known = GRANT_STATES[state];
  return h("span", { class: `chip ${known?.chip ?? "chip-grey"}`, "data-testid": "grant-state",
    text: known ? known.words() : state });
}

/**
 * A field's value as text: yes/no for a derived claim, a document for a holder code, an
 * address or area with its region's name, money in yuan from fen. context: {regions: code →
 * name, kinds: field name → kind} (from the catalogue), both optional.
 */
export function valueText(row, { regions = new Map(), kinds = new Map() } = {}) {
  const { name, value } = row;
  if (value === null || value === undefined || value === "") return t("not_shown");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "object" && "line" in value) {
    return [regions.get(value.area) ?? value.area, value.line].filter(Boolean).join(" ");
  }
  if (typeof value === "object" && "number" in value) return `${docTypeName(value.type)} ${value.number}`;
  if (typeof value === "number" && name?.endsWith("_fen")) return t("yuan", { amount: (value / 100).toFixed(2) });
  if (kinds.get(name) === "area") return regions.get(value) ?? String(value);
  return String(value);
}

/** A definition list of labelled values [{name, label, value}]; context as for valueText. */
export function factList(rows, context, props = {}) {
  return h("dl", { class: "facts", ...props }, rows.flatMap((row) => [
    h("dt", { text: row.label }),
    h("dd", { "data-name": row.name, text: valueText(row, context) }),
  ]));
}
