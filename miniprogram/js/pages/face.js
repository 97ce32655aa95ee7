// Real-person verification (L3): a liveness capture matched against the real-name record.

import { api } from "../api.js";
import { h } from "../dom.js";
import { t as common, translator } from "../i18n.js";
import { realNamePath } from "../paths.js";
import { loadNotice } from "../privacy.js";
import { finish } from "../router.js";
import { toast } from "../ui/feedback.js";
import { form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["人脸识别", "人臉識別", "Face verification"],
  intro: ["完成人脸识别后升级为 L3 实人认证，可办理要求本人办理的事项。",
    "完成人臉識別後升級為 L3 實人認證，可辦理要求本人辦理的事項。",
    "Pass face verification to reach L3 (real person) for services that must be done in person."],
  mock: ["模拟环境：点击后发送一个随机活体凭证，不采集人脸。",
    "模擬環境：點擊後發送一個隨機活體憑證，不採集人臉。",
    "Mock: sends a random liveness token; no face is captured."],
  start: ["开始人脸识别", "開始人臉識別", "Start face verification"],
  done: ["人脸识别通过", "人臉識別通過", "Face verified"],
  already: ["您已完成实人认证（L3）", "您已完成實人認證（L3）", "You are verified as the real person (L3)"],
  need_l2: ["请先完成实名认证", "請先完成實名認證", "Verify your real name first"],
  consent: ["我同意省事为实人认证处理我的人脸信息（可随时在「授权管理」中撤回）",
    "我同意省事為實人認證處理我的人臉資料（可隨時在「授權管理」中撤回）",
    "I agree that Shengshi processes my face to verify I am the real person (withdraw it any time under Consents)"],
  consent_needed: ["人脸信息须经您单独同意，请先勾选", "人臉資料須經您單獨同意，請先勾選",
    "Your face needs your separate consent: tick the box first"],
});

function livenessToken() {
  // Stands in for the opaque result of a liveness SDK; crypto works outside secure contexts too.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `mock-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

// Face information is sensitive: asked for on its own, with what it is for, before the capture.
function consentBox(notice) {
  const purpose = notice.purposes.find((item) => item.id === "face_verification");
  return h("div", { class: "face-consent", "data-field": "face_consent" },
    h("p", { class: "small", text: purpose.text }),
    h("label", { class: "pledge" }, h("input", { type: "checkbox", name: "face_consent" }),
      h("span", { text: t("consent") })));
}

async function consentIfAsked(element, notice) {
  if (!element.elements.face_consent) return;
  if (!element.elements.face_consent.checked) throw localRefusal({ face_consent: [t("consent_needed")] });
  await api("/me/consents/face_verification", { method: "PUT", body: { version: notice.version } });
}

function capture(ctx, notice) {
  const start = h("button", { type: "submit", class: "button button-primary button-block", text: t("start") });
  const element = form({},
    h("div", { class: "face-frame", "aria-hidden": "true" }, h("div", { class: "face-oval" })),
    h("p", { class: "muted", text: t("intro") }),
    notice && consentBox(notice),
    h("p", { class: "dev-note small", text: t("mock") }),
    start);
  return onSubmit(element, async () => {
    await consentIfAsked(element, notice);
    await api("/me/face-verification", { method: "POST", body: { liveness_token: livenessToken() } });
    toast(t("done"));
    finish(ctx.params.next, "/profile");
  });
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const me = await api("/me");
    if (me.level === "L3") {
      root.append(h("div", { class: "card" }, h("p", { class: "done-mark", text: `✓ ${t("already")}` })));
    } else if (me.level === "L1") {
      root.append(h("div", { class: "card" }, h("p", { text: t("need_l2") }),
        h("a", { class: "button button-primary", href: `#${realNamePath("/face")}`, text: common("go_real_name") })));
    } else {
      const consents = await api("/me/consents");
      const face = consents.purposes.find((item) => item.purpose === "face_verification");
      root.append(capture(ctx, face.in_force ? null : await loadNotice()));
    }
  },
};
