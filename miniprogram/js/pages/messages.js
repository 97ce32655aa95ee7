// Messages (消息): status changes of my cases, appointment reminders, expiring certificates;
// unread ones marked in words; mark one read by opening it, or all at once.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { go, refresh } from "../router.js";
import { PATHS } from "../services/parts.js";
import { setUnread, showUnread } from "../services/unread.js";
import { errorPanel, toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["消息", "訊息", "Messages"],
  empty: ["暂无消息", "暫無訊息", "No messages"],
  unread: ["未读", "未讀", "Unread"],
  all_read: ["全部标为已读", "全部標為已讀", "Mark all as read"],
  marked: ["已全部标为已读", "已全部標為已讀", "All marked as read"],
  case_number: ["办件 {number}", "辦件 {number}", "Case {number}"],
});

function messageRow(message) {
  const unread = !message.read_at;
  const open = async () => {
    if (unread) await api(`/messages/${message.id}/read`, { method: "POST" }).catch(() => null);
    if (message.ref?.case_id) go(PATHS.caseDetail(message.ref.case_id));
    else if (message.kind === "guardian_request") go("/family/guardians"); // answer it there
    else showUnread();
  };
  return h("li", { class: `svc-row svc-message${unread ? " svc-unread" : ""}`, "data-testid": "message",
    "data-read": String(!unread) },
    h("button", { type: "button", class: "svc-link svc-message-open", onclick: open },
      h("span", { class: "svc-name" }, unread && h("span", { class: "chip chip-yellow", text: t("unread") }), " ",
        localised(message.title)),
      message.body && h("span", { class: "small", text: localised(message.body) }),
      message.ref?.number && h("span", { class: "small muted svc-number", text: t("case_number", { number: message.ref.number }) }),
      h("time", { class: "small muted", text: formatDateTime(message.created_at) })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const list = pagedList({ path: "/messages", item: messageRow, empty: t("empty"), className: "svc-list" });
    await list.load();
    const all = h("button", { type: "button", class: "button button-ghost button-block", "data-testid": "read-all",
      text: t("all_read") });
    all.addEventListener("click", () => busy(all, async () => {
      await api("/messages/read-all", { method: "POST" });
      setUnread(0);
      toast(t("marked"));
      refresh();
    }).catch((error) => root.append(errorPanel(error))));
    root.append(all, h("section", { class: "card" }, list.element));
    showUnread();
  },
};
