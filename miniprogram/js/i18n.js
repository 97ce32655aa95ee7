// Interface text in zh-CN, zh-HK and en; server text arrives already localised.
//
// Tables hold rows [zh-CN, zh-HK, en]. Keys are written unquoted in a table and quoted where
// they are used (as the argument of t), so a test can tell a defined key from a used one.

import { prefs } from "./store.js";

export const LANGUAGES = [
  ["zh-CN", "简体中文"],
  ["zh-HK", "繁體中文"],
  ["en", "English"],
];
const ORDER = LANGUAGES.map(([code]) => code);
const TIME_ZONE = "Asia/Shanghai"; // Guangdong's clock, whatever the phone's setting

// Text shared by several modules; a module's own text lives in its translator table.
const COMMON = {
  app_name: ["省事", "省事", "Shengshi"],
  back: ["返回", "返回", "Back"],
  home: ["首页", "首頁", "Home"],
  coming_soon: ["即将上线", "即將上線", "Coming soon"],
  loading: ["加载中…", "載入中…", "Loading…"],
  network_error: ["网络连接失败，请检查网络后重试", "網絡連線失敗，請檢查網絡後重試",
    "No connection. Check your network and try again"],
  server_error: ["服务暂不可用，请稍后再试", "服務暫不可用，請稍後再試", "The service is unavailable. Try again later"],
  retry: ["重试", "重試", "Try again"],
  go_real_name: ["去实名认证", "去實名認證", "Verify real name"],
  go_face: ["去人脸识别", "去人臉識別", "Verify your face"],
  go_login: ["去登录", "去登入", "Log in"],
  go_consents: ["去开启授权", "去開啟授權", "Turn the consent on"],
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

// Every table in use, by the URL of the module that owns it, so that a test can check that
// each text exists in all three languages and that each key is used where it is defined.
const TABLES = new Map([[import.meta.url, COMMON]]);

function languageIndex() {
  return Math.max(0, ORDER.indexOf(prefs().language));
}

/**
 * Return a translator, (key, params) → text, over a module's own table (pass import.meta.url
 * as owner), falling back to the common one. A missing key is reported as a console error, which tests catch.
 */
export function translator(owner, table = {}) {
  TABLES.set(owner, table);
  return (key, params = {}) => {
    const row = table[key] ?? COMMON[key];
    if (!row) {
      console.error(`missing interface text: ${key}`);
      return key;
    }
    const text = row[languageIndex()] ?? row[0];
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  };
}

/** Pick the reader's language from a row [zh-CN, zh-HK, en] of data (not interface text). */
export function inLanguage(row) {
  return row[languageIndex()] ?? row[0];
}

/** Return every table registered so far: [[module URL, {key: [zh-CN, zh-HK, en]}], …]. */
export function textTables() {
  return [...TABLES.entries()];
}

export const t = translator(import.meta.url, COMMON);

// Spelled out, so that each key appears quoted in the source where it is used.
const COLOUR_NAMES = { green: () => t("colour_green"), yellow: () => t("colour_yellow"), red: () => t("colour_red") };
const LEVEL_NAMES = { L1: () => t("level_L1"), L2: () => t("level_L2"), L3: () => t("level_L3") };

/** The name of a health-code colour ("绿码"). */
export function colourName(colour) {
  return COLOUR_NAMES[colour]?.() ?? colour; // never call an unknown colour green
}

/** The name of an assurance level ("L2 实名认证"). */
export function levelName(level) {
  return LEVEL_NAMES[level]?.() ?? level;
}

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
