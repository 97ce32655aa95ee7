// One case (办件进度): status, due day and overdue, the timeline, the certificate issued into
// the wallet, payment, booking a visit, 补正 resubmission, withdrawal, and the rating.

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { schemaField, schemaValues } from "../services/form-fields.js";
import { daysText, feeText, PATHS, statusChip } from "../services/parts.js";
import { ratingCard } from "../services/rating.js";
import { errorPanel, toast } from "../ui/feedback.js";
import { busy, form, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["办件详情", "辦件詳情", "Case"],
  number: ["办件编号", "辦件編號", "Case number"],
  applicant: ["申请人", "申請人", "Applicant"],
  received: ["提交时间", "提交時間", "Submitted"],
  accepted: ["受理时间", "受理時間", "Accepted"],
  due: ["承诺办结日", "承諾辦結日", "Due day"],
  due_estimated: ["{day}（按工作日估算）", "{day}（按工作天估算）", "{day} (estimated)"],
  promised: ["承诺时限", "承諾時限", "Promised"],
  ended: ["办结时间", "辦結時間", "Ended"],
  fee: ["收费", "收費", "Fee"],
  overdue_note: ["已超过承诺办结日，部门正在加快办理", "已超過承諾辦結日，部門正在加快辦理",
    "Past its due day: the department is hurrying it"],
  instant: ["秒办：已按规则自动审批", "秒辦：已按規則自動審批", "Instant approval: decided by the rules at once"],
  outcome_refused: ["办理结果：不予批准", "辦理結果：不予批准", "Outcome: refused"],
  outcome_approved: ["办理结果：准予批准", "辦理結果：准予批准", "Outcome: approved"],
  timeline: ["办理进度", "辦理進度", "Progress"],
  by_applicant: ["申请人", "申請人", "You"],
  by_clerk: ["窗口工作人员", "窗口工作人員", "Clerk"],
  by_system: ["系统", "系統", "System"],
  certificate_issued: ["结果证照已发放至卡包", "結果證照已發放至卡包", "The result certificate is in your wallet"],
  certificate_id: ["证照标识：{identifier}", "證照標識：{identifier}", "Certificate: {identifier}"],
  open_wallet: ["去卡包查看", "去卡包查看", "Open my wallet"],
  certificate_failed: ["结果证照未能发放，请联系办理部门", "結果證照未能發放，請聯絡辦理部門",
    "The result certificate could not be issued: contact the department"],
  pay_title: ["待缴费 {amount}", "待繳費 {amount}", "Fee due: {amount}"],
  pay_note: ["缴费后部门方可办结。", "繳費後部門方可辦結。", "The department can finish once you have paid."],
  pay: ["模拟支付", "模擬支付", "Pay (mock gateway)"],
  paid: ["已缴费", "已繳費", "Paid"],
  refunded: ["已退费", "已退費", "Refunded"],
  payment: ["缴费", "繳費", "Payment"],
  visit_title: ["需到现场 {n} 次", "需到現場 {n} 次", "{n} counter visit(s) needed"],
  book: ["预约到现场办理", "預約到現場辦理", "Book a visit"],
  correction_title: ["需要补正材料", "需要補正材料", "Corrections needed"],
  correction_note: ["部门意见：{note}", "部門意見：{note}", "The department says: {note}"],
  resubmit: ["补正后重新提交", "補正後重新提交", "Send the corrected application"],
  resubmitted: ["已重新提交", "已重新提交", "Sent again"],
  withdraw: ["撤回申请", "撤回申請", "Withdraw"],
  confirm_withdraw: ["确认撤回？已缴费用将退回", "確認撤回？已繳費用將退回", "Withdraw? Any fee paid is refunded"],
  withdrawn: ["已撤回", "已撤回", "Withdrawn"],
});

const BY = { applicant: () => t("by_applicant"), clerk: () => t("by_clerk"), system: () => t("by_system") };
const OPEN = new Set([1, 3, 6, 8, 9, 10]);

function facts(kase) {
  const due = kase.due_day && (kase.due_estimated ? t("due_estimated", { day: kase.due_day }) : kase.due_day);
  const rows = [
    [t("number"), kase.number], [t("applicant"), kase.applicant_name],
    [t("received"), formatDateTime(kase.received_at)],
    kase.accepted_at && [t("accepted"), formatDateTime(kase.accepted_at)],
    [t("promised"), daysText(kase.promised_days)], due && [t("due"), due],
    kase.ended_at && [t("ended"), formatDateTime(kase.ended_at)], [t("fee"), feeText(kase.fee_fen)],
  ].filter(Boolean);
  return h("dl", { class: "facts" }, rows.map(([name, value]) => [h("dt", { text: name }), h("dd", { text: value })]));
}

function timeline(kase) {
  return h("section", { class: "card" }, h("h2", { class: "card-title", text: t("timeline") }),
    h("ol", { class: "svc-timeline", "data-testid": "timeline" }, [...kase.timeline].reverse().map((event) =>
      h("li", { class: "svc-event", "data-event": event.event },
        h("span", { class: "svc-event-name", text: localised(event.name) }),
        h("span", { class: "small muted" }, h("time", { text: formatDateTime(event.at) }), ` · ${BY[event.by]?.() ?? event.by}`),
        event.note && h("span", { class: "small svc-event-note", text: event.note })))));
}

function certificateCard(kase) {
  const cert = kase.certificate;
  if (!cert) return null;
  if (cert.status !== "issued") {
    return h("div", { class: "panel panel-error", role: "status" }, h("p", { text: t("certificate_failed") }));
  }
  return h("div", { class: "card svc-cert", "data-testid": "case-certificate" },
    h("p", { class: "done-mark", text: `✓ ${t("certificate_issued")}` }),
    h("p", { class: "small muted svc-number", text: t("certificate_id", { identifier: cert.identifier }) }),
    h("a", { class: "button button-ghost button-block", href: "#/wallet", text: t("open_wallet") }));
}

function paymentCard(kase, reload) {
  const status = kase.payment?.status;
  if (status === "paid" || status === "refunded") {
    return h("p", { class: "card small", "data-testid": "payment-status",
      text: `${t("payment")}：${status === "paid" ? t("paid") : t("refunded")}` });
  }
  if (status !== "due" || !OPEN.has(kase.status)) return null;
  const pay = h("button", { type: "button", class: "button button-primary button-block", "data-testid": "pay", text: t("pay") });
  const box = h("section", { class: "card", "data-testid": "payment" },
    h("h2", { class: "card-title", text: t("pay_title", { amount: feeText(kase.fee_fen) }) }),
    h("p", { class: "small muted", text: t("pay_note") }), pay);
  pay.addEventListener("click", () => busy(pay, async () => {
    await api(`/cases/${kase.id}/payment`);
    await api(`/cases/${kase.id}/payment/mock-pay`, { method: "POST" });
    toast(t("paid"));
    await reload();
  }).catch((error) => box.append(errorPanel(error))));
  return box;
}

async function correctionForm(kase, reload) {
  const guide = await api(`/services/${kase.item_id}`);
  const note = [...kase.timeline].reverse().find((event) => event.status === 6)?.note;
  const element = form({ "data-testid": "resubmission" },
    h("h2", { class: "form-title", text: t("correction_title") }),
    note && h("p", { class: "svc-event-note", text: t("correction_note", { note }) }),
    guide.form.map((spec) => schemaField(spec, null, kase.form[spec.name])),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("resubmit") }));
  return onSubmit(element, async () => {
    await api(`/cases/${kase.id}/resubmission`, { method: "POST", body: { values: schemaValues(element, guide.form) } });
    toast(t("resubmitted"));
    await reload();
  });
}

function withdrawButton(kase, reload, root) {
  return confirmButton({ text: t("withdraw"), confirmText: t("confirm_withdraw"),
    className: "button button-danger button-block",
    action: async () => {
      await api(`/cases/${kase.id}/withdrawal`, { method: "POST", body: {} });
      toast(t("withdrawn"));
      await reload();
    },
    onError: (error) => root.append(errorPanel(error)) });
}

async function draw(root, id) {
  const kase = await api(`/cases/${id}`);
  const reload = () => draw(root, id);
  const outcome = kase.outcome && (kase.outcome === "approved" ? t("outcome_approved") : t("outcome_refused"));
  const parts = [
    h("div", { class: "card", "data-testid": "case-head" },
      h("h2", { class: "svc-guide-name", text: localised(kase.item_name) }), statusChip(kase),
      kase.overdue && h("p", { class: "small", text: t("overdue_note") }),
      kase.instant?.instant && h("p", { class: "svc-instant-note", text: t("instant") }),
      outcome && h("p", { "data-testid": "outcome", text: outcome }), facts(kase)),
    certificateCard(kase), paymentCard(kase, reload),
    kase.status === 6 && await correctionForm(kase, reload),
    kase.visits_required > 0 && OPEN.has(kase.status) && h("div", { class: "card" },
      h("p", { text: t("visit_title", { n: kase.visits_required }) }),
      h("a", { class: "button button-ghost button-block", href: `#${PATHS.appointment(kase.id)}`, text: t("book") })),
    timeline(kase), ratingCard(kase, reload),
  ];
  root.replaceChildren(...parts.filter(Boolean));
  if (OPEN.has(kase.status) && ![9, 10].includes(kase.status)) root.append(withdrawButton(kase, reload, root));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    await draw(root, ctx.params.id);
  },
};
