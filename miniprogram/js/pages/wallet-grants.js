// My grants (授权管理): whom I let use which certificate, for what, which items, until when;
// withdrawing one stops its grantee reading anything more under it.

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { toast } from "../ui/feedback.js";
import { pagedList } from "../ui/pager.js";
import { catalogue, labelsOf } from "../wallet/catalogue.js";
import { grantStateChip } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["授权管理", "授權管理", "Grants"],
  intro: ["授权后，对方可在到期前按所选用途查看所选信息，每次查看都会记入使用记录。新建授权请在证照详情中点「授权使用」。",
    "授權後，對方可在到期前按所選用途查看所選資料，每次查看都會記入使用記錄。新增授權請在證照詳情中點「授權使用」。",
    "A grant lets its grantee read the chosen items for the chosen purpose until it ends; each reading is logged. To make one, open a certificate and tap Grant use."],
  to_wallet: ["去卡包选择证照", "去卡包選擇證照", "Choose a certificate"],
  empty: ["还没有授权", "尚未有授權", "No grants yet"],
  verifier: ["核验单位 · {name}", "核驗單位 · {name}", "Verifier · {name}"],
  application: ["办事申请 · {name}", "辦事申請 · {name}", "Application · {name}"],
  purpose: ["用途：{purpose}", "用途：{purpose}", "Purpose: {purpose}"],
  fields: ["可查看：{items}", "可查看：{items}", "May read: {items}"],
  separator: ["、", "、", ", "],
  period: ["{from} 授权，{until} 到期", "{from} 授權，{until} 到期", "Granted {from}, ends {until}"],
  withdrawn_at: ["{time} 已撤回", "{time} 已撤回", "Withdrawn {time}"],
  withdraw: ["撤回授权", "撤回授權", "Withdraw"],
  confirm_withdraw: ["确认撤回？", "確認撤回？", "Withdraw for sure?"],
  withdrawn: ["已撤回授权", "已撤回授權", "Grant withdrawn"],
});

function grantee(grant) {
  const name = grant.grantee.name ?? grant.grantee.id;
  return grant.grantee.kind === "verifier" ? t("verifier", { name }) : t("application", { name });
}

function grantItem(grant, types) {
  const labels = labelsOf(types.find((type) => type.slug === grant.type));
  const items = grant.fields.map((name) => labels.get(name) ?? name).join(t("separator"));
  const withdraw = grant.state === "active" && confirmButton({
    text: t("withdraw"), confirmText: t("confirm_withdraw"), onError: (error) => toast(error.message),
    action: async () => {
      await api(`/wallet/grants/${encodeURIComponent(grant.id)}/withdraw`, { method: "POST" });
      toast(t("withdrawn"));
      refresh();
    } });
  return h("li", { class: "record", "data-testid": "grant", "data-state": grant.state },
    h("div", { class: "list-head" }, h("strong", { text: grant.type_name }), grantStateChip(grant.state)),
    h("p", { text: grantee(grant) }),
    h("p", { class: "record-meta", text: t("purpose", { purpose: grant.purpose_name ?? grant.purpose }) }),
    h("p", { class: "record-meta", text: t("fields", { items }) }),
    h("p", { class: "record-meta", text: t("period", {
      from: formatDateTime(grant.created_at), until: formatDateTime(grant.expires_at) }) }),
    grant.withdrawn_at && h("p", { class: "record-meta", text: t("withdrawn_at", { time: formatDateTime(grant.withdrawn_at) }) }),
    withdraw && h("div", { class: "record-actions" }, withdraw));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const types = await catalogue();
    const grants = pagedList({ path: "/wallet/grants", item: (grant) => grantItem(grant, types), empty: t("empty") });
    await grants.load();
    root.append(h("section", { class: "card", "aria-labelledby": "grants-title" },
      h("h2", { class: "card-title", id: "grants-title", text: t("title") }),
      h("p", { class: "muted small", text: t("intro") }),
      h("a", { class: "link-button", href: "#/wallet", text: t("to_wallet") }),
      grants.element));
  },
};
