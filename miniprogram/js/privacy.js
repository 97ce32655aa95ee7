// The privacy notice on this side: read it, show its short form, record agreement, and ask a
// logged-in resident again when the version in force is not the one they agreed to.

import { api } from "./api.js";
import { h } from "./dom.js";
import { translator } from "./i18n.js";
import { currentPath } from "./paths.js";
import { loggedIn, prefs } from "./store.js";

const t = translator(import.meta.url, {
  purposes: ["我们为以下目的处理您的信息", "我們為以下目的處理您的資料", "What we use your information for"],
  read_full: ["阅读《省事隐私政策》全文", "閱讀《省事私隱政策》全文", "Read the full privacy notice"],
  agree: ["我已阅读并同意《省事隐私政策》（{version} 版）", "我已閱讀並同意《省事私隱政策》（{version} 版）",
    "I have read and agree to the Shengshi privacy notice (version {version})"],
  agree_needed: ["请先阅读并勾选同意隐私政策", "請先閱讀並勾選同意私隱政策", "Read the privacy notice and tick to agree first"],
});

// Screens a resident may see before agreeing: the ones that ask, and the text itself.
const EXEMPT = new Set(["/login", "/privacy", "/privacy/agree"]);
const notices = new Map(); // by language: the notice in force, read once
let agreedVersion = null; // the version this app knows the logged-in resident agreed to

/** Read the notice in force, in the reader's language (once per language). */
export async function loadNotice() {
  const language = prefs().language;
  if (!notices.has(language)) notices.set(language, await api("/privacy-notice"));
  return notices.get(language);
}

/** The short notice: the summary, the purposes by name, and a link to the full text. */
export function noticeSummary(notice) {
  return h("section", { class: "notice", "data-testid": "notice-summary", "aria-label": notice.title },
    h("p", { text: notice.summary }),
    h("p", { class: "notice-lead", text: t("purposes") }),
    h("ul", { class: "notice-purposes" }, notice.purposes.map((purpose) => h("li", { text: purpose.title }))),
    h("a", { class: "link-button", href: "#/privacy", "data-testid": "notice-link", text: t("read_full") }));
}

/** The box a resident ticks to agree (named "agree" for errors beside it). */
export function agreeBox(notice) {
  return h("div", { "data-field": "agree" }, h("label", { class: "pledge" },
    h("input", { type: "checkbox", name: "agree" }),
    h("span", { text: t("agree", { version: notice.version }) })));
}

/** The refusal shown beside the box when it is not ticked, or null. */
export function notAgreed(form) {
  return form.elements.agree.checked ? null : { agree: [t("agree_needed")] };
}

/** Record agreement to the version the resident read (the API refuses one not in force). */
export async function recordAgreement(version) {
  await api("/me/consents/privacy_notice", { method: "PUT", body: { version } });
  agreedVersion = version;
}

/**
 * A router guard: a logged-in resident who has not agreed to the notice in force is asked
 * first (once per app start; a failure to ask lets the screen show its own error).
 */
export async function noticeGate(path) {
  if (!loggedIn() || EXEMPT.has(path) || agreedVersion) return null;
  let consents;
  try {
    consents = await api("/me/consents");
  } catch {
    return null;
  }
  if (!consents.needs_agreement) {
    agreedVersion = consents.current_version;
    return null;
  }
  return `/privacy/agree?next=${encodeURIComponent(currentPath())}`;
}

/** Forget what was agreed (a logout, a deletion): the next resident is asked afresh. */
export function forgetAgreement() {
  agreedVersion = null;
}
