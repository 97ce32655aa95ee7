// Appeals (申诉) against a yellow or red colour, and the health authority's decisions.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { colourChip, textForm } from "../ui/controls.js";
import { toast } from "../ui/feedback.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["健康码申诉", "健康碼申訴", "Appeals"],
  intro: ["认为黄码或红码有误，可提交申诉，由卫生健康部门核实处理，结果将通知您。",
    "認為黃碼或紅碼有誤，可提交申訴，由衞生健康部門核實處理，結果將通知您。",
    "If you think your yellow or red colour is wrong, appeal: the health authority checks and tells you."],
  reason: ["申诉理由", "申訴理由", "Why the colour is wrong"],
  placeholder: ["请说明情况，如：已在外地完成两次核酸检测，均为阴性", "請說明情況，如：已在外地完成兩次核酸檢測，均為陰性",
    "e.g. two negative tests done elsewhere"],
  submit: ["提交申诉", "提交申訴", "Submit appeal"],
  filed: ["申诉已提交", "申訴已提交", "Appeal submitted"],
  mine: ["我的申诉", "我的申訴", "My appeals"],
  empty: ["暂无申诉", "暫無申訴", "No appeals"],
  open: ["处理中", "處理中", "Open"],
  upheld: ["申诉成立", "申訴成立", "Upheld"],
  rejected: ["申诉未成立", "申訴未成立", "Rejected"],
  filed_at: ["提交于 {time}", "提交於 {time}", "Filed {time}"],
  decision: ["处理意见：{reason}", "處理意見：{reason}", "Decision: {reason}"],
  lifted_until: ["转绿有效期至 {time}", "轉綠有效期至 {time}", "Green until {time}"],
});

const STATUSES = { open: () => t("open"), upheld: () => t("upheld"), rejected: () => t("rejected") };

function appealItem(appeal) {
  return h("li", { class: "list-item", "data-testid": "appeal" },
    h("div", { class: "list-main" },
      h("div", { class: "list-head" }, colourChip(appeal.colour_appealed),
        h("span", { class: `status status-${appeal.status}`, text: STATUSES[appeal.status]?.() ?? appeal.status })),
      h("p", { text: appeal.reason }),
      h("p", { class: "muted small", text: t("filed_at", { time: formatDateTime(appeal.created_at) }) }),
      appeal.decision_reason && h("p", { class: "small", text: t("decision", { reason: appeal.decision_reason }) }),
      appeal.lifted_until && h("p", { class: "small", text: t("lifted_until", { time: formatDateTime(appeal.lifted_until) }) })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const appeals = pagedList({ path: "/health-code/appeals", item: appealItem, empty: t("empty") });
    await appeals.load();
    const form = textForm({
      name: "reason", label: t("reason"), placeholder: t("placeholder"), submitText: t("submit"), maxlength: 500,
      intro: t("intro"),
      onSend: async (reason) => {
        await api("/health-code/appeals", { method: "POST", body: { reason } });
        toast(t("filed"));
        refresh();
      },
    });
    root.append(form, h("div", { class: "card" }, h("h2", { class: "card-title", text: t("mine") }), appeals.element));
  },
};
