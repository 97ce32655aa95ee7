// 好差评: rate a completed case 1–5 with a comment once, add one follow-up comment, and see
// the department's rectification when the rating was poor.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { toast } from "../ui/feedback.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["服务评价（好差评）", "服務評價（好差評）", "Rate this service"],
  score: ["您的评价", "您的評價", "Your rating"],
  score_5: ["5 非常满意", "5 非常滿意", "5 Very satisfied"],
  score_4: ["4 满意", "4 滿意", "4 Satisfied"],
  score_3: ["3 基本满意", "3 基本滿意", "3 Fairly satisfied"],
  score_2: ["2 不满意", "2 不滿意", "2 Dissatisfied"],
  score_1: ["1 非常不满意", "1 非常不滿意", "1 Very dissatisfied"],
  comment: ["评价内容（选填）", "評價內容（選填）", "Comment (optional)"],
  send: ["提交评价", "提交評價", "Send rating"],
  thanks: ["感谢您的评价", "感謝您的評價", "Thank you for rating"],
  pick_score: ["请选择一个评价", "請選擇一個評價", "Choose a rating"],
  yours: ["您的评价：{score}", "您的評價：{score}", "Your rating: {score}"],
  system_default: ["未在期限内评价，系统默认好评", "未在期限內評價，系統預設好評", "Not rated in time: the system default applies"],
  follow_up: ["追加评价", "追加評價", "Add a follow-up"],
  follow_up_send: ["提交追评", "提交追評", "Send follow-up"],
  followed: ["追评（{time}）：{comment}", "追評（{time}）：{comment}", "Follow-up ({time}): {comment}"],
  rectification: ["部门整改：{status}", "部門整改：{status}", "Department's rectification: {status}"],
  rect_open: ["整改中，{day} 前答复", "整改中，{day} 前答覆", "in progress, answer by {day}"],
  rect_closed: ["已整改", "已整改", "done"],
  rect_outcome: ["整改结果：{outcome}", "整改結果：{outcome}", "Outcome: {outcome}"],
});

const SCORES = { 5: () => t("score_5"), 4: () => t("score_4"), 3: () => t("score_3"), 2: () => t("score_2"),
  1: () => t("score_1") };

function rateForm(kase, reload) {
  const choices = h("fieldset", { class: "question", "data-field": "score" }, h("legend", { text: t("score") }),
    h("div", { class: "svc-scores" }, [5, 4, 3, 2, 1].map((n) => h("label", { class: "choice" },
      h("input", { type: "radio", name: "score", value: String(n) }), h("span", { text: SCORES[n]() })))));
  const comment = h("textarea", { name: "comment", rows: "3", maxlength: "500" });
  const element = form({ "data-testid": "rating-form" }, choices, field(t("comment"), comment),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("send") }));
  return onSubmit(element, async () => {
    const picked = element.querySelector("input[name=score]:checked");
    if (!picked) throw localRefusal({ score: [t("pick_score")] });
    const text = comment.value.trim();
    await api(`/cases/${kase.id}/rating`, { method: "POST", body: { score: Number(picked.value), comment: text || null } });
    toast(t("thanks"));
    await reload();
  });
}

function followUpForm(kase, reload) {
  const comment = h("textarea", { name: "comment", rows: "2", maxlength: "500" });
  const element = form({ "data-testid": "follow-up-form" }, field(t("follow_up"), comment),
    h("button", { type: "submit", class: "button button-ghost button-block", text: t("follow_up_send") }));
  return onSubmit(element, async () => {
    await api(`/cases/${kase.id}/rating/follow-up`, { method: "POST", body: { comment: comment.value.trim() } });
    toast(t("thanks"));
    await reload();
  });
}

function rectification(rect) {
  if (!rect) return null;
  const status = rect.status === "open" ? t("rect_open", { day: rect.due_day }) : t("rect_closed");
  return [h("p", { class: "small", text: t("rectification", { status }) }),
    rect.outcome && h("p", { class: "small", text: t("rect_outcome", { outcome: rect.outcome }) })];
}

/** The rating card of a completed case (null while the case is not completed). */
export function ratingCard(kase, reload) {
  if (kase.status !== 11) return null;
  const rating = kase.rating;
  const box = h("section", { class: "card", "data-testid": "rating" }, h("h2", { class: "card-title", text: t("title") }));
  if (!rating) {
    box.append(rateForm(kase, reload));
    return box;
  }
  box.append(
    h("p", { "data-testid": "rating-score", text: t("yours", { score: SCORES[rating.score]?.() ?? rating.score }) }),
    rating.system_default && h("p", { class: "small muted", text: t("system_default") }),
    rating.comment && h("p", { class: "small", text: rating.comment }),
    rating.follow_up && h("p", { class: "small", text: t("followed", {
      time: formatDateTime(rating.follow_up.at), comment: rating.follow_up.comment }) }),
    rectification(rating.rectification),
    !rating.follow_up && !rating.system_default && followUpForm(kase, reload));
  return box;
}
