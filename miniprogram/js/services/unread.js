// The unread-messages count: on a badge the screen shows, and as a small number on the
// 办事 tab (hidden from screen readers there: the tab keeps its name; 消息 says the count).

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { loggedIn } from "../store.js";

const t = translator(import.meta.url, {
  unread: ["{n} 条未读", "{n} 則未讀", "{n} unread"],
});

function tabBadge() {
  const tab = document.querySelector('#tabbar a[data-tab="/services"]');
  if (!tab) return null;
  return tab.querySelector(".tab-badge")
    ?? tab.appendChild(h("span", { class: "tab-badge", "aria-hidden": "true", hidden: true }));
}

/** Show n unread messages on badge (if given) and on the tab. */
export function setUnread(n, badge = null) {
  for (const target of [badge, tabBadge()]) {
    if (!target) continue;
    target.hidden = !n;
    target.textContent = n > 99 ? "99+" : String(n);
  }
  if (badge) badge.title = t("unread", { n });
}

/** Ask the API how many messages are unread and show it; quiet when it cannot tell. */
export async function showUnread(badge = null) {
  if (!loggedIn()) return setUnread(0, badge);
  try {
    const answer = await api("/messages/unread-count");
    setUnread(answer.unread, badge);
  } catch {
    // The badge is a hint; the inbox itself says when it cannot load.
  }
  return undefined;
}
