// The live code card shared by my code and my dependants' codes: colour banner, ticking clock,
// and the QR drawn here from the signed token in the code's JSON (one request per display),
// fetched again every refresh_after seconds. When the token has expired and no fresh one can
// be had, the card stops looking valid: greyed, "not valid" in words, and no ticking clock.

import { api } from "./api.js";
import { h } from "./dom.js";
import { clockParts, colourName, formatDateTime, localised, translator } from "./i18n.js";
import { drawQr } from "./qr.js";

const t = translator(import.meta.url, {
  brand: ["粤康码", "粵康碼", "Health code"],
  status_green: ["健康状态正常，凭码通行", "健康狀態正常，憑碼通行", "No restrictions: show this code to pass"],
  status_yellow: ["请尽快进行核酸检测，减少外出", "請盡快進行核酸檢測，減少外出",
    "Get tested soon and limit going out"],
  status_red: ["请配合落实防疫管控措施", "請配合落實防疫管控措施", "Follow the health authority's instructions"],
  qr_alt: ["{colour}二维码，有效至 {time}", "{colour}二維碼，有效至 {time}", "{colour} QR, valid until {time}"],
  qr_stale_alt: ["已失效的二维码", "已失效的二維碼", "Expired QR code, not valid"],
  refresh_in: ["{seconds} 秒后自动刷新", "{seconds} 秒後自動刷新", "Refreshes in {seconds}s"],
  refreshing: ["正在刷新…", "正在重新整理…", "Refreshing…"],
  refresh_now: ["刷新", "重新整理", "Refresh"],
  refresh_failed: ["刷新失败：{message}（{seconds} 秒后重试）", "重新整理失敗：{message}（{seconds} 秒後重試）",
    "Refresh failed: {message} (trying again in {seconds}s)"],
  stale_offline: ["离线 — 二维码已失效", "離線 — 二維碼已失效", "Offline — not valid"],
  stale_error: ["二维码已失效", "二維碼已失效", "Expired — not valid"],
  stale_help: ["无法获取新的健康码，请联网后点击刷新。此码不能用于通行。",
    "無法取得新的健康碼，請連接網絡後點擊重新整理。此碼不能用於通行。",
    "A fresh code could not be fetched. Connect and tap Refresh. This code cannot be used to pass."],
  since: ["自 {time} 起为{colour}", "自 {time} 起為{colour}", "{colour} since {time}"],
  reasons: ["赋码原因", "賦碼原因", "Why this colour"],
  no_reasons: ["无异常记录", "沒有異常記錄", "Nothing on record"],
});

const STATUS = { green: () => t("status_green"), yellow: () => t("status_yellow"), red: () => t("status_red") };
const RETRY_SECONDS = 10;

function layout(label) {
  const parts = {
    name: h("span", { class: "code-name" }),
    date: h("div", { class: "clock-date" }),
    time: h("div", { class: "clock-time", "data-testid": "clock" }),
    banner: h("div", { class: "code-banner", "data-testid": "banner" }),
    qr: h("canvas", { class: "qr", role: "img", width: "220", height: "220", "data-testid": "qr" }),
    stamp: h("div", { class: "qr-stamp", "aria-hidden": "true" }),
    countdown: h("span", { class: "countdown", "data-testid": "countdown" }),
    refresh: h("button", { type: "button", class: "link-button", text: t("refresh_now") }),
    since: h("p", { class: "since" }),
    reasons: h("ul", { class: "reasons" }),
  };
  parts.clock = h("div", { class: "clock" }, parts.date, parts.time);
  parts.card = h("div", { class: "code-card", "data-testid": "code-card" },
    h("div", { class: "code-head" }, h("span", { class: "code-brand", text: label || t("brand") }), parts.name),
    parts.clock, parts.banner,
    h("div", { class: "qr-frame" }, parts.qr, parts.stamp),
    h("p", { class: "refresh-line" }, parts.countdown, parts.refresh),
    parts.since);
  parts.why = h("div", { class: "card" }, h("h2", { class: "card-title", text: t("reasons") }), parts.reasons);
  return parts;
}

function paint(parts, code) {
  const name = colourName(code.colour);
  parts.card.className = `code-card code-${code.colour}`;
  parts.card.dataset.state = "live";
  parts.clock.hidden = false;
  parts.name.textContent = code.masked_name;
  parts.banner.replaceChildren(
    h("strong", { class: "banner-colour", text: name }),
    h("span", { class: "banner-status", text: STATUS[code.colour]() }));
  parts.banner.dataset.colour = code.colour;
  parts.stamp.textContent = "";
  drawQr(parts.qr, code.token, getComputedStyle(parts.card).getPropertyValue("--qr").trim());
  parts.qr.setAttribute("aria-label", t("qr_alt", { colour: name, time: formatDateTime(code.expires_at, { seconds: true }) }));
  parts.since.textContent = code.since ? t("since", { time: formatDateTime(code.since), colour: name }) : "";
  parts.reasons.replaceChildren(...(code.reasons.length
    ? code.reasons.map((reason) => h("li", { class: `reason reason-${reason.colour}`, text: localised(reason.summary) }))
    : [h("li", { class: "reason muted", text: t("no_reasons") })]));
}

function paintStale(parts, code, error) {
  const words = error?.offline || !navigator.onLine ? t("stale_offline") : t("stale_error");
  parts.card.classList.add("code-stale");
  parts.card.dataset.state = "stale";
  parts.clock.hidden = true; // a ticking clock would say "live"
  parts.banner.replaceChildren(
    h("strong", { class: "banner-colour", text: words }),
    h("span", { class: "banner-status", text: t("stale_help") }));
  parts.banner.dataset.colour = "stale";
  parts.stamp.textContent = words;
  drawQr(parts.qr, code.token, getComputedStyle(parts.card).getPropertyValue("--qr").trim());
  parts.qr.setAttribute("aria-label", t("qr_stale_alt"));
}

function tickClock(parts) {
  const now = clockParts();
  parts.date.textContent = now.date;
  parts.time.textContent = now.time;
}

/**
 * Load a code from codePath, show it in root and keep it fresh: one request per refresh.
 * label replaces "粤康码" in the card's corner (a dependant's relation, say).
 */
export async function showLiveCode(root, ctx, { codePath, label }) {
  const parts = layout(label);
  let left = Infinity;
  let loading = false;
  let shown = null; // the code on screen and when its token stops being valid, by this phone's clock
  let failure = null; // the message of the last failed refresh, until one succeeds
  const countdown = () => {
    parts.countdown.textContent = failure
      ? t("refresh_failed", { message: failure, seconds: left })
      : t("refresh_in", { seconds: left });
  };
  const load = async () => {
    left = Infinity;
    parts.countdown.textContent = t("refreshing");
    const code = await api(codePath);
    if (!ctx.alive()) return;
    // Token lifetime measured from receipt, so a phone whose clock is off still expires it on time.
    const lifetime = Date.parse(code.expires_at) - Date.parse(code.issued_at);
    shown = { code, validUntil: Date.now() + lifetime };
    tickClock(parts);
    paint(parts, code);
    failure = null;
    left = code.refresh_after;
    countdown();
  };
  const reload = () => {
    if (loading) return;
    loading = true;
    load().catch((error) => {
      left = RETRY_SECONDS;
      failure = error.message;
      countdown();
      if (shown && Date.now() >= shown.validUntil) paintStale(parts, shown.code, error);
    }).finally(() => {
      loading = false;
    });
  };
  tickClock(parts);
  root.append(parts.card, parts.why); // attached first: the QR's colour comes from the stylesheet
  await load();
  parts.refresh.addEventListener("click", reload);
  ctx.every(1000, () => {
    if (parts.card.dataset.state === "live") tickClock(parts);
    if (shown && parts.card.dataset.state === "live" && Date.now() >= shown.validUntil) paintStale(parts, shown.code);
    if (left === Infinity) return;
    left -= 1;
    if (left <= 0) reload();
    else if (!loading) countdown();
  });
}
