// The live code card shared by my code and my dependants' codes: colour banner, ticking
// clock, and a QR image fetched as a blob (an <img> cannot send the bearer token) and
// fetched again every refresh_after seconds.

import { api } from "./api.js";
import { h } from "./dom.js";
import { clockParts, formatDateTime, localised, translator } from "./i18n.js";

const t = translator({
  brand: ["粤康码", "粵康碼", "Health code"],
  status_green: ["健康状态正常，凭码通行", "健康狀態正常，憑碼通行", "No restrictions: show this code to pass"],
  status_yellow: ["请尽快进行核酸检测，减少外出", "請盡快進行核酸檢測，減少外出",
    "Get tested soon and limit going out"],
  status_red: ["请配合落实防疫管控措施", "請配合落實防疫管控措施", "Follow the health authority's instructions"],
  qr_alt: ["健康码二维码", "健康碼二維碼", "Health code QR"],
  refresh_in: ["{seconds} 秒后自动刷新", "{seconds} 秒後自動刷新", "Refreshes in {seconds}s"],
  refreshing: ["正在刷新…", "正在重新整理…", "Refreshing…"],
  refresh_now: ["刷新", "重新整理", "Refresh"],
  refresh_failed: ["刷新失败：{message}", "重新整理失敗：{message}", "Refresh failed: {message}"],
  since: ["自 {time} 起为{colour}", "自 {time} 起為{colour}", "{colour} since {time}"],
  reasons: ["赋码原因", "賦碼原因", "Why this colour"],
  no_reasons: ["无异常记录", "沒有異常記錄", "Nothing on record"],
});

const RETRY_SECONDS = 10;

function layout(label) {
  const parts = {
    name: h("span", { class: "code-name" }),
    date: h("div", { class: "clock-date" }),
    time: h("div", { class: "clock-time", "data-testid": "clock" }),
    banner: h("div", { class: "code-banner", "data-testid": "banner" }),
    qr: h("img", { class: "qr", alt: t("qr_alt"), width: "220", height: "220", hidden: true }),
    countdown: h("span", { class: "countdown", "data-testid": "countdown" }),
    refresh: h("button", { type: "button", class: "link-button", text: t("refresh_now") }),
    since: h("p", { class: "since" }),
    reasons: h("ul", { class: "reasons" }),
  };
  parts.card = h("div", { class: "code-card" },
    h("div", { class: "code-head" }, h("span", { class: "code-brand", text: label || t("brand") }), parts.name),
    h("div", { class: "clock" }, parts.date, parts.time),
    parts.banner,
    h("div", { class: "qr-frame" }, parts.qr),
    h("p", { class: "refresh-line" }, parts.countdown, parts.refresh),
    parts.since);
  parts.why = h("div", { class: "card" }, h("h3", { class: "card-title", text: t("reasons") }), parts.reasons);
  return parts;
}

function paint(parts, code) {
  const colourName = t(`colour_${code.colour}`);
  parts.card.className = `code-card code-${code.colour}`;
  parts.name.textContent = code.masked_name;
  parts.banner.replaceChildren(
    h("strong", { class: "banner-colour", text: colourName }),
    h("span", { class: "banner-status", text: t(`status_${code.colour}`) }));
  parts.banner.dataset.colour = code.colour;
  parts.since.textContent = code.since
    ? t("since", { time: formatDateTime(code.since), colour: colourName }) : "";
  parts.reasons.replaceChildren(...(code.reasons.length
    ? code.reasons.map((reason) => h("li", { class: `reason reason-${reason.colour}`,
      text: localised(reason.summary) }))
    : [h("li", { class: "reason muted", text: t("no_reasons") })]));
}

function tickClock(parts) {
  const now = clockParts();
  parts.date.textContent = now.date;
  parts.time.textContent = now.time;
}

/**
 * Load a code from codePath (JSON) and qrPath (PNG), show it in root, keep it fresh.
 * label replaces "粤康码" in the card's corner (a dependant's relation, say).
 */
export async function showLiveCode(root, ctx, { codePath, qrPath, label }) {
  const parts = layout(label);
  let left = Infinity;
  let loading = false;
  let imageUrl = null;
  ctx.onLeave(() => imageUrl && URL.revokeObjectURL(imageUrl));
  const load = async () => {
    left = Infinity;
    parts.countdown.textContent = t("refreshing");
    const code = await api(codePath);
    const image = await api(qrPath, { as: "blob" });
    if (!ctx.alive()) return;
    paint(parts, code);
    if (imageUrl) URL.revokeObjectURL(imageUrl);
    imageUrl = URL.createObjectURL(image);
    parts.qr.src = imageUrl;
    parts.qr.hidden = false;
    left = code.refresh_after;
    parts.countdown.textContent = t("refresh_in", { seconds: left });
  };
  const reload = () => {
    if (loading) return;
    loading = true;
    load().catch((error) => {
      left = RETRY_SECONDS;
      parts.countdown.textContent = t("refresh_failed", { message: error.message });
    }).finally(() => {
      loading = false;
    });
  };
  tickClock(parts);
  await load();
  root.append(parts.card, parts.why);
  parts.refresh.addEventListener("click", reload);
  ctx.every(1000, () => {
    tickClock(parts);
    if (left === Infinity) return;
    left -= 1;
    if (left <= 0) reload();
    else parts.countdown.textContent = t("refresh_in", { seconds: left });
  });
}
