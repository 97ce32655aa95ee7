// A case on the clerk's workbench: the form, the materials (download), the timeline, and the
// actions its status allows (accept, refuse, ask for correction, process, complete …).

import { api } from "../api.js";
import { saveBlob } from "../console/files.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { certificateFieldset, certificateValues } from "../services/certificate-fields.js";
import { statusChip } from "../services/parts.js";
import { toast } from "../ui/feedback.js";
import { busy, field, form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["办件审核", "辦件審核", "Case review"],
  form: ["申请信息", "申請資料", "Application"],
  prefilled: ["（自动填写）", "（自動填寫）", " (pre-filled)"],
  materials: ["申请材料", "申請材料", "Materials"],
  by_certificate: ["{name}：电子证照 {identifier}", "{name}：電子證照 {identifier}", "{name}: e-certificate {identifier}"],
  download: ["下载 {name} 第 {n} 份", "下載 {name} 第 {n} 份", "Download {name} #{n}"],
  timeline: ["办理进度", "辦理進度", "Progress"],
  actions: ["办理操作", "辦理操作", "Actions"],
  action: ["操作", "操作", "Action"],
  note: ["意见（告知申请人）", "意見（告知申請人）", "Note (the applicant sees it)"],
  note_needed: ["此操作须填写意见", "此操作須填寫意見", "This action needs a note"],
  act_accept: ["受理", "受理", "Accept"],
  act_refuse: ["不予受理", "不予受理", "Refuse"],
  act_request_correction: ["要求补正", "要求補正", "Ask for corrections"],
  act_process: ["转入部门办理", "轉入部門辦理", "Process"],
  act_start_special: ["特别程序开始", "特別程序開始", "Start special procedure"],
  act_end_special: ["特别程序结束", "特別程序結束", "End special procedure"],
  act_complete_approved: ["办结（准予）", "辦結（准予）", "Complete: approve"],
  act_complete_refused: ["办结（不予）", "辦結（不予）", "Complete: refuse"],
  run: ["确认执行", "確認執行", "Do it"],
  done: ["已执行：{action}", "已執行：{action}", "Done: {action}"],
  applicant: ["申请人：{name}", "申請人：{name}", "Applicant: {name}"],
  pay_due: ["缴费：待缴", "繳費：待繳", "Payment: due"],
  pay_paid: ["缴费：已缴", "繳費：已繳", "Payment: paid"],
  pay_refunded: ["缴费：已退", "繳費：已退", "Payment: refunded"],
});

// What a clerk can do in each status (DESIGN.md's transition table), and which need a note.
const ACTIONS = {
  1: ["accept", "request_correction", "refuse"], 6: ["refuse"], 3: ["process", "complete_approved", "complete_refused", "start_special"],
  8: ["complete_approved", "complete_refused", "start_special"], 9: ["end_special"], 10: ["process", "complete_approved", "complete_refused"],
};
const PAYMENT = { due: () => t("pay_due"), paid: () => t("pay_paid"), refunded: () => t("pay_refunded") };
const NEEDS_NOTE = new Set(["refuse", "request_correction", "start_special", "complete_refused"]);
const NAMES = {
  accept: () => t("act_accept"), refuse: () => t("act_refuse"), request_correction: () => t("act_request_correction"),
  process: () => t("act_process"), start_special: () => t("act_start_special"), end_special: () => t("act_end_special"),
  complete_approved: () => t("act_complete_approved"), complete_refused: () => t("act_complete_refused"),
};

function requestBody(choice, note, certificate) {
  if (choice === "complete_approved" && certificate) {
    return { action: "complete", outcome: "approved", note: note || null, certificate_fields: certificateValues(certificate) };
  }
  if (choice.startsWith("complete_")) return { action: "complete", outcome: choice.slice(9), note: note || null };
  return { action: choice, note: note || null };
}

function actionForm(kase) {
  const allowed = ACTIONS[kase.status] ?? [];
  if (!allowed.length) return null;
  const choices = h("fieldset", { class: "question", "data-field": "action" }, h("legend", { text: t("action") }),
    h("div", { class: "choices-wrap" }, allowed.map((name, index) => h("label", { class: "choice" },
      h("input", { type: "radio", name: "action", value: name, checked: index === 0 }), h("span", { text: NAMES[name]() })))));
  const note = h("textarea", { name: "note", rows: "3", maxlength: "500" });
  // 出证: what the clerk still fills in of the result certificate, shown when approving.
  const certificate = allowed.includes("complete_approved") ? certificateFieldset(kase.result_certificate) : null;
  const element = form({ "data-testid": "case-actions" }, h("h2", { class: "form-title", text: t("actions") }), choices,
    field(t("note"), note), certificate,
    h("button", { type: "submit", class: "button button-primary button-block", text: t("run") }));
  const chosen = () => element.querySelector("input[name=action]:checked").value;
  if (certificate) {
    const show = () => (certificate.hidden = chosen() !== "complete_approved");
    choices.addEventListener("change", show);
    show();
  }
  return onSubmit(element, async () => {
    const choice = chosen();
    if (NEEDS_NOTE.has(choice) && !note.value.trim()) throw localRefusal({ note: [t("note_needed")] });
    const body = requestBody(choice, note.value.trim(), certificate);
    await api(`/workbench/cases/${kase.id}/actions`, { method: "POST", body });
    toast(t("done", { action: NAMES[choice]() }));
    refresh();
  });
}

function formCard(kase, guide) {
  const prefilled = new Set(kase.provenance?.fields_prefilled ?? []);
  const labels = Object.fromEntries((guide?.form ?? []).map((spec) => [spec.name, localised(spec.label)]));
  return h("section", { class: "card" }, h("h2", { class: "card-title", text: t("form") }),
    h("dl", { class: "facts" }, Object.entries(kase.form).map(([name, value]) => [
      h("dt", { text: (labels[name] ?? name) + (prefilled.has(name) ? t("prefilled") : "") }), h("dd", { text: String(value) })])));
}

function materialsCard(kase, guide) {
  const names = Object.fromEntries((guide?.materials ?? []).map((m) => [m.id, localised(m.name)]));
  const certs = Object.entries(kase.materials?.certificates ?? {});
  const uploads = Object.entries(kase.materials?.uploads ?? {});
  return h("section", { class: "card" }, h("h2", { class: "card-title", text: t("materials") }),
    h("ul", { class: "svc-files" },
      certs.map(([id, ref]) => h("li", { class: "small", text: t("by_certificate", { name: names[id] ?? id, identifier: ref?.identifier ?? ref }) })),
      uploads.flatMap(([material, ids]) => ids.map((id, index) => {
        const name = names[material] ?? material;
        const button = h("button", { type: "button", class: "button button-ghost button-small", "data-upload": id,
          text: t("download", { name, n: index + 1 }) });
        button.addEventListener("click", () => busy(button, async () => {
          saveBlob(await api(`/workbench/uploads/${id}`, { as: "blob" }), `${kase.number}-${material}-${index + 1}`);
        }).catch((error) => toast(error.message)));
        return h("li", {}, button);
      }))));
}

function timeline(kase) {
  return h("section", { class: "card" }, h("h2", { class: "card-title", text: t("timeline") }),
    h("ol", { class: "svc-timeline", "data-testid": "timeline" }, [...kase.timeline].reverse().map((event) =>
      h("li", { class: "svc-event" }, h("span", { class: "svc-event-name", text: localised(event.name) }),
        h("time", { class: "small muted", text: formatDateTime(event.at) }),
        event.note && h("span", { class: "small svc-event-note", text: event.note })))));
}

export default consolePage({
  role: "clerk",
  title: () => t("title"),
  async render(root, ctx) {
    const kase = await api(`/workbench/cases/${ctx.params.id}`);
    const guide = await api(`/services/${kase.item_id}`).catch(() => null); // labels; a withdrawn item has none
    root.append(
      h("div", { class: "card", "data-testid": "case-head" },
        h("h2", { class: "svc-guide-name", text: localised(kase.item_name) }), statusChip(kase),
        h("p", { class: "small muted svc-number", text: kase.number }),
        h("p", { class: "small", text: t("applicant", { name: kase.applicant_name }) }),
        PAYMENT[kase.payment?.status] && h("p", { class: "small", text: PAYMENT[kase.payment.status]() })),
      actionForm(kase), formCard(kase, guide), materialsCard(kase, guide), timeline(kase));
  },
});
