// Apply (在线申请): the service's form pre-filled from the profile and certificates (marked),
// materials by certificate or upload, save a draft, submit once per Idempotency-Key.

import { api } from "../api.js";
import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { go } from "../router.js";
import { schemaField, schemaValues } from "../services/form-fields.js";
import { materialsPart } from "../services/materials.js";
import { PATHS } from "../services/parts.js";
import { stepUpPanel } from "../services/step-up.js";
import { toast } from "../ui/feedback.js";
import { busy, form, onSubmit, showFormErrors } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["在线申请", "網上申請", "Apply"],
  form: ["填写申请信息", "填寫申請資料", "Your application"],
  prefill_note: ["标有「已自动填写」的内容来自您的实名信息或电子证照，请核对。", "標有「已自動填寫」的內容來自您的實名資料或電子證照，請核對。",
    "Fields marked \"filled in\" come from your verified details or e-certificates: check them."],
  materials: ["申请材料", "申請材料", "Materials"],
  applicant: ["申请人：{name}", "申請人：{name}", "Applicant: {name}"],
  agent: ["代办人：{name}", "代辦人：{name}", "Applying on their behalf: {name}"],
  resumed: ["已恢复上次保存的草稿", "已恢復上次儲存的草稿", "Your saved draft is back"],
  save_draft: ["保存草稿", "儲存草稿", "Save draft"],
  draft_saved: ["草稿已保存", "草稿已儲存", "Draft saved"],
  submit: ["提交申请", "提交申請", "Submit application"],
  submitted: ["申请已提交", "申請已提交", "Application submitted"],
  instant_done: ["已秒批办结", "已秒批辦結", "Approved at once"],
});

// One key per attempt: kept while the outcome is unknown (offline, server error), so a retry
// cannot make a second case; a fresh one once the server has answered a refusal.
function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `mp-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

async function findDraft(ctx, guide) {
  if (ctx.params.draft) return api(`/drafts/${ctx.params.draft}`);
  const drafts = await api("/drafts", { query: { limit: 100 } });
  return drafts.items.find((d) => d.item_id === guide.id && (d.dependant_id ?? "") === (ctx.params.for ?? "")) ?? null;
}

function body(element, guide, materials, ctx) {
  return { values: schemaValues(element, guide.form), ...materials.read(),
    ...(ctx.params.for ? { dependant_id: ctx.params.for } : {}) };
}

function applicationForm(guide, draft, ctx) {
  const offered = Object.fromEntries(guide.personal.prefilled.map((entry) => [entry.field, entry]));
  const covered = new Set(guide.personal.materials_covered.map((entry) => entry.material));
  const materials = materialsPart(guide.materials, covered, draft ?? {});
  const stepUp = h("div", { "data-testid": "step-up-slot" });
  const save = h("button", { type: "button", class: "button button-ghost button-block", "data-testid": "save-draft",
    text: t("save_draft") });
  const element = form({ "data-testid": "application" },
    h("h2", { class: "form-title", text: t("form") }),
    h("p", { class: "muted small", text: t("prefill_note") }),
    guide.form.map((spec) => schemaField(spec, offered[spec.name], draft?.values?.[spec.name])),
    h("h3", { class: "svc-subtitle", text: t("materials") }), materials.elements, stepUp,
    h("div", { class: "svc-form-actions" }, save,
      h("button", { type: "submit", class: "button button-primary button-block", "data-testid": "submit",
        text: t("submit") })));
  save.addEventListener("click", () => busy(save, async () => {
    await api(`/services/${guide.id}/drafts`, { method: "PUT", body: body(element, guide, materials, ctx) });
    toast(t("draft_saved"));
  }).catch((error) => showFormErrors(element, error)));
  let key = newKey();
  return onSubmit(element, async () => {
    stepUp.replaceChildren();
    let kase;
    try {
      kase = await api(`/services/${guide.id}/applications`, { method: "POST",
        body: body(element, guide, materials, ctx), headers: { "Idempotency-Key": key } });
    } catch (error) {
      if (error.status && error.status < 500) key = newKey();
      if (error.key === "auth.step_up_required") stepUp.replaceChildren(stepUpPanel(error.errors));
      throw error;
    }
    toast(kase.status === 11 ? t("instant_done") : t("submitted"));
    go(PATHS.caseDetail(kase.id), { replace: true });
  });
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const query = ctx.params.for ? { dependant_id: ctx.params.for } : undefined;
    const guide = await api(`/services/${ctx.params.id}`, { query });
    root.append(h("div", { class: "card" }, h("h2", { class: "card-title", "data-testid": "apply-name",
      text: localised(guide.name) })));
    if (!guide.personal) {
      root.append(stepUpPanel({ required_level: "L2" }));
      return;
    }
    const draft = await findDraft(ctx, guide);
    const personal = guide.personal;
    root.firstChild.append(h("p", { class: "muted small", text: t("applicant", { name: personal.applicant }) }),
      personal.agent && h("p", { class: "muted small", text: t("agent", { name: personal.agent.masked_name ?? "" }) }),
      draft && h("p", { class: "small", "data-testid": "draft-resumed", text: t("resumed") }));
    if (personal.step_up) root.append(stepUpPanel(personal.step_up));
    root.append(applicationForm(guide, draft, ctx));
  },
};
