// Interface text in zh-CN, zh-HK and en; server text arrives already localised.

import { prefs } from "./store.js";

export const LANGUAGES = [
  ["zh-CN", "简体中文"],
  ["zh-HK", "繁體中文"],
  ["en", "English"],
];
const ORDER = LANGUAGES.map(([code]) => code);
const TIME_ZONE = "Asia/Shanghai"; // Guangdong's clock, whatever the phone's setting

const COMMON = {
  app_name: ["省事", "省事", "Shengshi"],
  back: ["返回", "返回", "Back"],
  coming_soon: ["即将上线", "即將上線", "Coming soon"],
  network_error: ["网络异常，请稍后再试", "網絡異常，請稍後再試", "Network error, try again later"],
  server_error: ["服务暂不可用", "服務暫不可用", "Service unavailable"],
  retry: ["重试", "重試", "Try again"],
  go_real_name: ["去实名认证", "去實名認證", "Verify real name"],
  go_login: ["去登录", "去登入", "Log in"],
  saved: ["已保存", "已儲存", "Saved"],
  submit: ["提交", "提交", "Submit"],
  colour_green: ["绿码", "綠碼", "Green code"],
  colour_yellow: ["黄码", "黃碼", "Yellow code"],
  colour_red: ["红码", "紅碼", "Red code"],
  level_L1: ["L1 手机验证", "L1 手機驗證", "L1 phone verified"],
  level_L2: ["L2 实名认证", "L2 實名認證", "L2 real name"],
  level_L3: ["L3 实人认证", "L3 實人認證", "L3 real person"],
  weekday: [
    "日一二三四五六",
    "日一二三四五六",
    "Sun Mon Tue Wed Thu Fri Sat",
  ],
};

function languageIndex() {
  return Math.max(0, ORDER.indexOf(prefs().language));
}

/** Return a t(key, params) over a page's own table, falling back to the common one. */
export function translator(table = {}) {
  return (key, params = {}) => {
    const row = table[key] ?? COMMON[key];
    if (!row) return key;
    const text = row[languageIndex()] ?? row[0];
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  };
}

export const t = translator();

/** Pick the reader's language from a server map such as {"zh-CN": …, "en": …}. */
export function localised(map) {
  if (!map) return "";
  return map[prefs().language] ?? map["zh-CN"] ?? Object.values(map)[0] ?? "";
}

function parts(value) {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short", hourCycle: "h23",
  });
  const found = Object.fromEntries(format.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  found.weekdayIndex = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(found.weekday);
  return found;
}

/** Format as 2026-11-05 14:03 (Beijing time); seconds on request. */
export function formatDateTime(value, { seconds = false } = {}) {
  if (!value) return "";
  const p = parts(value);
  const time = `${p.hour}:${p.minute}${seconds ? `:${p.second}` : ""}`;
  return `${p.year}-${p.month}-${p.day} ${time}`;
}

/** Return {date: "2026-11-05 星期四", time: "14:03:22"} for a ticking clock. */
export function clockParts(value = Date.now()) {
  const p = parts(value);
  const names = t("weekday");
  const weekday = prefs().language === "en"
    ? names.split(" ")[p.weekdayIndex]
    : `星期${names[p.weekdayIndex]}`;
  return { date: `${p.year}-${p.month}-${p.day} ${weekday}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

/** Return today's date in Beijing as YYYY-MM-DD (for date inputs). */
export function todayIso() {
  const p = parts(Date.now());
  return `${p.year}-${p.month}-${p.day}`;
}
