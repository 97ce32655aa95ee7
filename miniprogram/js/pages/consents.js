// Consents (授权管理): the notice version agreed and when; face verification on or off.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { loadNotice } from "../privacy.js";
import { refresh } from "../router.js";
import { toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["授权管理", "授權管理", "Consents"],
  notice: ["隐私政策", "私隱政策", "Privacy notice"],
  agreed_version: ["已同意的版本", "已同意的版本", "Version agreed"],
  agreed_at: ["同意时间", "同意時間", "Agreed on"],
  in_force: ["现行版本", "現行版本", "Version in force"],
  read: ["查看隐私政策全文", "查看私隱政策全文", "Read the privacy notice"],
  notice_note: ["同意隐私政策是使用省事的前提；如不再同意，可以注销账号。",
    "同意私隱政策是使用省事的前提；如不再同意，可以註銷帳號。",
    "Agreeing to the notice is part of using Shengshi; if you no longer agree, delete your account."],
  face: ["人脸识别", "人臉識別", "Face verification"],
  status: ["状态", "狀態", "Status"],
  on: ["已开启", "已開啟", "On"],
  off: ["未开启", "未開啟", "Off"],
  withdrawn: ["已撤回", "已撤回", "Withdrawn"],
  changed_at: ["变更时间", "變更時間", "Changed on"],
  withdraw_effects: ["撤回后：人脸识别不再进行；您的实人认证（L3）降为实名认证（L2），已保存的人脸比对结果删除；需要 L3 或人脸确认的服务将再次请您同意。",
    "撤回後：人臉識別不再進行；您的實人認證（L3）降為實名認證（L2），已保存的人臉比對結果刪除；需要 L3 或人臉確認的服務將再次請您同意。",
    "After withdrawal no face check is made; your real-person level (L3) drops to real name (L2) and the stored result of the face check is deleted; services that need L3 or a face check will ask for your consent again."],
  turn_on: ["同意并开启人脸识别", "同意並開啟人臉識別", "Agree and turn face verification on"],
  turn_off: ["撤回人脸识别授权", "撤回人臉識別授權", "Withdraw face verification"],
  confirm_off: ["确认撤回？", "確認撤回？", "Withdraw for sure?"],
  turned_on: ["已开启人脸识别授权", "已開啟人臉識別授權", "Face verification turned on"],
  turned_off: ["已撤回人脸识别授权", "已撤回人臉識別授權", "Face verification withdrawn"],
});

const STATUS = { granted: () => t("on"), withdrawn: () => t("withdrawn"), not_given: () => t("off") };

function noticeCard(state, current) {
  return h("section", { class: "card", "data-testid": "notice-consent" },
    h("h2", { class: "card-title", text: t("notice") }),
    h("dl", { class: "facts" },
      h("dt", { text: t("agreed_version") }), h("dd", { "data-testid": "agreed-version", text: state.version ?? "—" }),
      h("dt", { text: t("agreed_at") }), h("dd", { text: state.changed_at ? formatDateTime(state.changed_at) : "—" }),
      h("dt", { text: t("in_force") }), h("dd", { text: current })),
    h("p", { class: "muted small", text: t("notice_note") }),
    h("a", { class: "link-button", href: "#/privacy", text: t("read") }));
}

function faceButton(state, version) {
  const on = state.status === "granted";
  const button = h("button", { type: "button", "data-testid": "face-toggle",
    class: on ? "button button-danger button-block" : "button button-primary button-block",
    text: on ? t("turn_off") : t("turn_on") });
  let armed = false; // withdrawing takes a second tap, after the effects are on screen
  button.addEventListener("click", () => {
    if (on && !armed) {
      armed = true;
      button.textContent = t("confirm_off");
      return;
    }
    busy(button, async () => {
      const path = "/me/consents/face_verification";
      await api(path, on ? { method: "DELETE" } : { method: "PUT", body: { version } });
      toast(on ? t("turned_off") : t("turned_on"));
      refresh();
    }).catch((error) => toast(error.message));
  });
  return button;
}

function faceCard(state, purpose, version) {
  return h("section", { class: "card", "data-testid": "face-consent" },
    h("h2", { class: "card-title", text: t("face") }),
    h("p", { text: purpose.text }),
    h("dl", { class: "facts" },
      h("dt", { text: t("status") }), h("dd", { "data-testid": "face-status", text: STATUS[state.status]() }),
      h("dt", { text: t("changed_at") }), h("dd", { text: state.changed_at ? formatDateTime(state.changed_at) : "—" })),
    h("p", { class: "note", text: t("withdraw_effects") }),
    faceButton(state, version));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const [consents, notice] = await Promise.all([api("/me/consents"), loadNotice()]);
    const state = (purpose) => consents.purposes.find((item) => item.purpose === purpose);
    const face = notice.purposes.find((purpose) => purpose.id === "face_verification");
    root.append(noticeCard(state("privacy_notice"), consents.current_version),
      faceCard(state("face_verification"), face, notice.version));
  },
};
