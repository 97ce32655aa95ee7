// Who looks after me (家人照看): requests from family to show my health code, and who may.

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["谁在照看我", "誰在照看我", "Who looks after me"],
  intro: ["家人可以代您出示健康码。已有账号的成年人需要本人同意；您随时可以取消。",
    "家人可以代您出示健康碼。已有帳號的成年人需要本人同意；您隨時可以取消。",
    "Family can show your health code for you. As an adult with an account you decide; you can end it at any time."],
  empty: ["没有家人照看您，也没有待处理的请求", "沒有家人照看您，也沒有待處理的請求",
    "No one looks after you and no request is waiting"],
  pending: ["等待您的同意", "等待您的同意", "Waiting for your answer"],
  active: ["可代您出示健康码", "可代您出示健康碼", "May show your health code"],
  declared: ["由对方代为添加", "由對方代為新增", "Added for you"],
  relation_line: ["您是对方的：{relation}", "您是對方的：{relation}", "You are their: {relation}"],
  expires: ["请求有效至 {time}", "請求有效至 {time}", "The request lapses on {time}"],
  accept: ["同意", "同意", "Accept"],
  refuse: ["拒绝", "拒絕", "Refuse"],
  remove: ["取消照看", "取消照看", "End this link"],
  confirm_remove: ["确认取消？", "確認取消？", "End it for sure?"],
  accepted: ["已同意，对方可以代您出示健康码", "已同意，對方可以代您出示健康碼",
    "Accepted: they can show your health code"],
  refused: ["已拒绝", "已拒絕", "Refused"],
  removed: ["已取消", "已取消", "Ended"],
  child: ["子女", "子女", "Child"],
  parent: ["父母", "父母", "Parent"],
  grandparent: ["祖父母 / 外祖父母", "祖父母 / 外祖父母", "Grandparent"],
  spouse: ["配偶", "配偶", "Spouse"],
  other: ["其他", "其他", "Other"],
});

const RELATIONS = {
  child: () => t("child"),
  parent: () => t("parent"),
  grandparent: () => t("grandparent"),
  spouse: () => t("spouse"),
  other: () => t("other"),
};

function act(button, request, done) {
  button.addEventListener("click", () => busy(button, async () => {
    await request();
    toast(done);
    refresh();
  }).catch((error) => toast(error.message)));
  return button;
}

function removeButton(link) {
  return confirmButton({ text: t("remove"), confirmText: t("confirm_remove"), onError: (error) => toast(error.message),
    action: async () => {
      await api(`/family/guardians/${encodeURIComponent(link.id)}`, { method: "DELETE" });
      toast(t("removed"));
      refresh();
    } });
}

function answerButtons(link) {
  const path = `/family/guardians/${encodeURIComponent(link.id)}`;
  return [
    act(h("button", { type: "button", class: "button button-primary button-small", text: t("accept") }),
      () => api(`${path}/accept`, { method: "POST" }), t("accepted")),
    act(h("button", { type: "button", class: "button button-ghost button-small", text: t("refuse") }),
      () => api(`${path}/refuse`, { method: "POST" }), t("refused")),
  ];
}

function guardianItem(link) {
  const pending = link.status === "pending";
  const relation = RELATIONS[link.relation]?.() ?? link.relation;
  const state = pending ? t("pending") : t("active");
  return h("li", { class: "list-item", "data-testid": "guardian", "data-status": link.status },
    h("div", { class: "list-main" },
      h("strong", { text: link.guardian_masked_name }),
      h("span", { class: pending ? "chip chip-yellow" : "chip chip-green", text: state }),
      h("p", { class: "muted small", text: t("relation_line", { relation }) }),
      link.consent === "declared" ? h("p", { class: "muted small", text: t("declared") }) : null,
      pending && link.expires_at
        ? h("p", { class: "muted small", text: t("expires", { time: formatDateTime(link.expires_at) }) }) : null),
    h("div", { class: "list-actions" }, ...(pending ? answerButtons(link) : [removeButton(link)])));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const links = pagedList({ path: "/family/guardians", item: guardianItem, empty: t("empty") });
    await links.load();
    root.append(h("div", { class: "card" }, h("p", { class: "muted", text: t("intro") }), links.element));
  },
};
