// The result of a scan, filling the screen: the code's colour (or a refusal's own screen), the
// masked name, what it means in words, whether it was checked offline, and "next scan".

import { h } from "../dom.js";
import { colourName, formatDateTime, translator } from "../i18n.js";

const t = translator(import.meta.url, {
  green: ["绿码 · 请通行", "綠碼 · 請通行", "Green code · Let through"],
  green_meaning: ["健康状态正常，可以通行", "健康狀態正常，可以通行", "No restrictions: the holder may pass"],
  yellow: ["黄码 · 暂不通行", "黃碼 · 暫不通行", "Yellow code · Do not admit yet"],
  yellow_meaning: ["请引导持码人到核酸检测点，按防疫要求处理", "請引導持碼人到核酸檢測點，按防疫要求處理",
    "Direct the holder to testing, as the rules ask"],
  red: ["红码 · 禁止通行", "紅碼 · 禁止通行", "Red code · Do not admit"],
  red_meaning: ["请联系现场防疫人员处置", "請聯絡現場防疫人員處理", "Call the health officer on site"],
  expired: ["二维码已过期", "二維碼已過期", "Code expired"],
  expired_meaning: ["请持码人刷新健康码后重新出示（截图无效）", "請持碼人重新整理健康碼後再出示（截圖無效）",
    "Ask the holder to refresh the code and show it again (a screenshot does not work)"],
  bad_signature: ["签名无效 · 疑似伪造", "簽名無效 · 疑似偽造", "Invalid signature · Possibly forged"],
  bad_signature_meaning: ["二维码可能被伪造或篡改，不可通行，请核实持码人身份", "二維碼可能被偽造或篡改，不可通行，請核實持碼人身份",
    "The code may be forged or altered: do not admit, and check the holder's identity"],
  unknown_key: ["签名密钥未知", "簽名金鑰未知", "Unknown signing key"],
  unknown_key_meaning: ["无法识别签发该码的密钥。请联网更新验证密钥后重新扫码", "無法識別簽發該碼的金鑰。請連接網絡更新驗證金鑰後重新掃碼",
    "The key that signed this code is not known here. Go online to update the keys, then scan again"],
  key_retired: ["签名密钥已停用", "簽名金鑰已停用", "Retired signing key"],
  key_retired_meaning: ["该码由已停用的密钥签发，不可通行，请持码人刷新健康码", "該碼由已停用的金鑰簽發，不可通行，請持碼人重新整理健康碼",
    "Signed with a key that is no longer accepted: ask the holder to refresh the code"],
  card_revoked: ["离线码卡已作废", "離線碼卡已作廢", "Revoked code card"],
  card_revoked_meaning: ["该打印码卡已作废，不可通行，请持卡人到社区重新办理", "該列印碼卡已作廢，不可通行，請持卡人到社區重新辦理",
    "This printed card was revoked: do not admit; the holder can get a new one at the community office"],
  unknown_subject: ["找不到持码人", "找不到持碼人", "Holder not found"],
  unknown_subject_meaning: ["系统中没有该码持有人的记录，不可通行", "系統中沒有該碼持有人的記錄，不可通行",
    "There is no holder on record for this code: do not admit"],
  not_yet_valid: ["二维码时间异常", "二維碼時間異常", "Code dated in the future"],
  not_yet_valid_meaning: ["签发时间晚于当前时间，请检查持码人手机或本机的时间设置", "簽發時間晚於目前時間，請檢查持碼人手機或本機的時間設定",
    "Issued later than now: check the clock of the holder's phone or of this device"],
  malformed: ["无法识别的二维码", "無法識別的二維碼", "Not a health code"],
  malformed_meaning: ["这不是粤康码，请持码人出示本人的健康码", "這不是粵康碼，請持碼人出示本人的健康碼",
    "This is not a health code: ask for the holder's own health code"],
  venue: ["这是场所码", "這是場所碼", "This is a venue code"],
  venue_meaning: ["场所码供居民进场登记，不是个人健康码。请持码人出示本人的健康码", "場所碼供居民進場登記，不是個人健康碼。請持碼人出示本人的健康碼",
    "Venue codes are for residents to check in; they are not a health code. Ask for the holder's own code"],
  partner: ["外地健康码 · 请先转码", "外地健康碼 · 請先轉碼", "Another region's code · Convert it first"],
  partner_meaning: ["请持码人先在「省事」的「外地健康码转码」中转码，再出示粤康码", "請持碼人先在「省事」的「外地健康碼轉碼」中轉碼，再出示粵康碼",
    "Ask the holder to convert it (转码) in the Shengshi app, under \u201cConvert another region's code\u201d, then show the health code"],
  no_keys: ["无法离线核验", "無法離線核驗", "Cannot check offline"],
  no_keys_meaning: ["本机还没有下载验证密钥。请联网后打开本页面一次", "本機尚未下載驗證金鑰。請連接網絡後開啟本頁面一次",
    "This device has no verification keys yet. Open this screen once while online"],
  offline: ["离线 — 颜色为 {time} 签发时的颜色", "離線 — 顏色為 {time} 簽發時的顏色", "Offline — colour as signed at {time}"],
  offline_checked: ["离线 — 本机核验", "離線 — 本機核驗", "Offline — checked on this device"],
  queued: ["已保存在本机，联网后自动上传", "已儲存在本機，連接網絡後自動上傳", "Kept on this device; uploads when the network returns"],
  shown_as: ["出示时为{colour}，以上为当前状态", "出示時為{colour}，以上為目前狀態", "The code showed {colour}; the status above is the current one"],
  where_when: ["{checkpoint} · {time}", "{checkpoint} · {time}", "{checkpoint} · {time}"],
  next: ["继续扫码", "繼續掃碼", "Next scan"],
  next_in: ["继续扫码（{seconds} 秒）", "繼續掃碼（{seconds} 秒）", "Next scan ({seconds}s)"],
});

// Spelled out so that every key appears quoted where it is used.
const SCREENS = {
  green: ["pass", "✓", () => [t("green"), t("green_meaning")]],
  yellow: ["caution", "!", () => [t("yellow"), t("yellow_meaning")]],
  red: ["stop", "✕", () => [t("red"), t("red_meaning")]],
  expired: ["refused", "⏱", () => [t("expired"), t("expired_meaning")]],
  bad_signature: ["refused", "✕", () => [t("bad_signature"), t("bad_signature_meaning")]],
  unknown_key: ["refused", "?", () => [t("unknown_key"), t("unknown_key_meaning")]],
  key_retired: ["refused", "✕", () => [t("key_retired"), t("key_retired_meaning")]],
  card_revoked: ["refused", "✕", () => [t("card_revoked"), t("card_revoked_meaning")]],
  unknown_subject: ["refused", "?", () => [t("unknown_subject"), t("unknown_subject_meaning")]],
  not_yet_valid: ["refused", "⏱", () => [t("not_yet_valid"), t("not_yet_valid_meaning")]],
  malformed: ["refused", "?", () => [t("malformed"), t("malformed_meaning")]],
  venue: ["notice", "i", () => [t("venue"), t("venue_meaning")]],
  partner: ["notice", "i", () => [t("partner"), t("partner_meaning")]],
  no_keys: ["refused", "!", () => [t("no_keys"), t("no_keys_meaning")]],
};

/** The cue of an outcome's state: "pass", "caution", "stop", "refused" or "notice". */
export function toneOf(state) {
  return (SCREENS[state] ?? SCREENS.malformed)[0];
}

/** Which tally an outcome counts in ("green", "yellow", "red", "refused"), or null for notices. */
export function tallyOf(state) {
  if (["green", "yellow", "red"].includes(state)) return state;
  return toneOf(state) === "notice" || state === "no_keys" ? null : "refused";
}

function offlineLine(outcome) {
  if (!outcome.offline) return null;
  const text = outcome.signedAt && ["green", "yellow", "red"].includes(outcome.state)
    ? t("offline", { time: formatDateTime(outcome.signedAt, { seconds: true }) })
    : t("offline_checked");
  return h("p", { class: "scan-offline", "data-testid": "scan-offline" },
    h("strong", { text }), outcome.queued ? h("span", { text: t("queued") }) : null);
}

/**
 * Build the full-screen result of outcome {state, maskedName, offline, signedAt, shownColour,
 * checkpoint, at}; onNext() is called on "next scan" (a tap, or after seconds).
 */
export function resultView(outcome, { seconds, onNext }) {
  const [tone, mark, words] = SCREENS[outcome.state] ?? SCREENS.malformed;
  const [title, meaning] = words();
  const next = h("button", { type: "button", class: "button scan-next", "data-testid": "scan-next", text: t("next_in", { seconds }) });
  next.addEventListener("click", onNext);
  const shown = outcome.shownColour && outcome.shownColour !== outcome.state
    ? h("p", { class: "scan-detail", text: t("shown_as", { colour: colourName(outcome.shownColour) }) }) : null;
  const view = h("div", { class: `scan-result tone-${tone} state-${outcome.state}`, "data-testid": "scan-result",
    "data-outcome": outcome.state, "data-offline": String(Boolean(outcome.offline)) },
    h("div", { class: "scan-words", role: "alert" },
      h("span", { class: "scan-mark", "aria-hidden": "true", text: mark }),
      h("h2", { class: "scan-title", text: title }),
      outcome.maskedName ? h("p", { class: "scan-name", "data-testid": "scan-name", text: outcome.maskedName }) : null,
      h("p", { class: "scan-meaning", text: meaning }),
      shown, offlineLine(outcome),
      h("p", { class: "scan-detail", text: t("where_when", {
        checkpoint: outcome.checkpoint, time: formatDateTime(outcome.at, { seconds: true }) }) })),
    next);
  return {
    view,
    /** Show the seconds left before the next scan starts by itself. */
    countdown(left) {
      next.textContent = left > 0 ? t("next_in", { seconds: left }) : t("next");
    },
  };
}
