// My drafts (草稿箱): applications saved before submitting; resume one or discard it.

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { PATHS } from "../services/parts.js";
import { toast } from "../ui/feedback.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["草稿箱", "草稿箱", "Drafts"],
  empty: ["没有草稿。填写申请时点「保存草稿」即可稍后继续。", "沒有草稿。填寫申請時按「儲存草稿」即可稍後繼續。",
    "No drafts. Tap \"Save draft\" while applying to carry on later."],
  saved_at: ["保存于 {time}", "儲存於 {time}", "Saved {time}"],
  resume: ["继续填写", "繼續填寫", "Carry on"],
  discard: ["删除", "刪除", "Discard"],
  confirm_discard: ["确认删除？", "確認刪除？", "Discard it?"],
  discarded: ["草稿已删除", "草稿已刪除", "Draft discarded"],
});

function draftRow(draft) {
  const row = h("li", { class: "list-item", "data-testid": "draft" },
    h("div", { class: "list-main" },
      h("span", { class: "svc-name", text: localised(draft.item_name) }),
      h("span", { class: "small muted", text: t("saved_at", { time: formatDateTime(draft.updated_at) }) })),
    h("div", { class: "list-actions" },
      h("a", { class: "button button-primary button-small", href: `#${PATHS.apply(draft.item_id, draft.id)}${
        draft.dependant_id ? `&for=${draft.dependant_id}` : ""}`, text: t("resume") }),
      confirmButton({ text: t("discard"), confirmText: t("confirm_discard"), onError: (error) => toast(error.message),
        action: async () => {
          await api(`/drafts/${draft.id}`, { method: "DELETE" });
          row.remove();
          toast(t("discarded"));
        } })));
  return row;
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const list = pagedList({ path: "/drafts", item: draftRow, empty: t("empty") });
    await list.load();
    root.append(h("section", { class: "card" }, list.element));
  },
};
