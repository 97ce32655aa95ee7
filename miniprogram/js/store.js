// What the mini-program remembers: tokens for this tab only, preferences on this device.

const TOKENS_KEY = "shengshi.tokens";
const PREFS_KEY = "shengshi.prefs";
const listeners = new Set();

export const tokens = {
  /** Return {access, refresh} or null. */
  get() {
    try {
      return JSON.parse(sessionStorage.getItem(TOKENS_KEY));
    } catch {
      return null;
    }
  },
  /** Keep a token pair answered by the login or refresh endpoints. */
  save(pair) {
    const value = { access: pair.access_token, refresh: pair.refresh_token };
    sessionStorage.setItem(TOKENS_KEY, JSON.stringify(value));
  },
  clear() {
    sessionStorage.removeItem(TOKENS_KEY);
  },
};

export function loggedIn() {
  return Boolean(tokens.get()?.access);
}

function browserLanguage() {
  const tag = (navigator.language || "zh-CN").toLowerCase();
  if (/^zh-(hk|tw|mo|hant)/.test(tag)) return "zh-HK";
  return tag.startsWith("en") ? "en" : "zh-CN";
}

/** Return {language, elderly}. */
export function prefs() {
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(PREFS_KEY)) || {};
  } catch {
    saved = {};
  }
  return { language: browserLanguage(), elderly: false, ...saved };
}

/** Change preferences and tell every listener which ones changed. */
export function setPrefs(changes) {
  const before = prefs();
  const after = { ...before, ...changes };
  localStorage.setItem(PREFS_KEY, JSON.stringify(after));
  const changed = Object.keys(changes).filter((key) => before[key] !== after[key]);
  if (changed.length) listeners.forEach((listener) => listener(after, changed));
}

export function onPrefsChange(listener) {
  listeners.add(listener);
}
