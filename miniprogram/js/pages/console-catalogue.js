// Catalogue maintenance (事项管理): every service item, published or withdrawn; publish or
// withdraw one, and see the guide versions it has had.

import { api, apiList } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { errorPanel, toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["事项管理", "事項管理", "Service catalogue"],
  filter: ["状态", "狀態", "Status"],
  published: ["已发布", "已發布", "Published"],
  withdrawn: ["已下线", "已下線", "Withdrawn"],
  empty: ["没有事项", "沒有事項", "No services"],
  version: ["指南第 {n} 版", "指南第 {n} 版", "Guide version {n}"],
  publish: ["发布", "發布", "Publish"],
  withdraw: ["下线", "下線", "Withdraw"],
  confirm_withdraw: ["确认下线？居民将搜不到", "確認下線？居民將搜尋不到", "Withdraw? Residents can no longer find it"],
  done_publish: ["已发布", "已發布", "Published"],
  done_withdraw: ["已下线", "已下線", "Withdrawn"],
  versions: ["历史版本", "歷史版本", "Versions"],
  kept: ["第 {n} 版，保存于 {time}", "第 {n} 版，儲存於 {time}", "Version {n}, kept {time}"],
  no_versions: ["没有更早的版本", "沒有更早的版本", "No earlier versions"],
});

function versionsButton(item, box) {
  const button = h("button", { type: "button", class: "button button-ghost button-small", text: t("versions"),
    "aria-expanded": "false" });
  button.addEventListener("click", () => busy(button, async () => {
    const page = await apiList(`/admin/services/${item.id}/versions`, { limit: 20 });
    box.replaceChildren(page.items.length
      ? h("ul", { class: "svc-files" }, page.items.map((v) => h("li", { class: "small",
        text: t("kept", { n: v.guide_version, time: formatDateTime(v.kept_at) }) })))
      : h("p", { class: "small muted", text: t("no_versions") }));
    button.setAttribute("aria-expanded", "true");
  }).catch((error) => box.replaceChildren(errorPanel(error))));
  return button;
}

function itemRow(item) {
  const versions = h("div", { "aria-live": "polite" });
  const onError = (error) => versions.replaceChildren(errorPanel(error));
  const change = (action, done) => async () => {
    await api(`/admin/services/${item.id}/${action}`, { method: "POST" });
    toast(done);
    refresh();
  };
  const toggle = item.status === "published"
    ? confirmButton({ text: t("withdraw"), confirmText: t("confirm_withdraw"), onError,
      action: change("withdraw", t("done_withdraw")) })
    : h("button", { type: "button", class: "button button-primary button-small", text: t("publish"),
      onclick: (event) => busy(event.currentTarget, change("publish", t("done_publish"))).catch(onError) });
  return h("li", { class: "svc-task", "data-testid": "catalogue-item" },
    h("p", { class: "svc-name", text: localised(item.name) }),
    h("p", { class: "small muted svc-number", text: item.implementation_code }),
    h("p", { class: "small", text: t("version", { n: item.guide_version }) }),
    h("div", { class: "staff-actions" }, toggle, versionsButton(item, versions)), versions);
}

export default consolePage({
  role: "admin",
  title: () => t("title"),
  async render(root, ctx) {
    const status = ctx.params.status === "withdrawn" ? "withdrawn" : "published";
    const list = pagedList({ path: "/admin/services", query: { status }, item: itemRow, empty: t("empty"),
      className: "svc-list" });
    await list.load();
    root.append(h("nav", { class: "svc-queues", "aria-label": t("filter") }, ["published", "withdrawn"].map((name) =>
      h("a", { class: name === status ? "chip chip-link selected" : "chip chip-link",
        href: `#/staff/admin/services?status=${name}`, "aria-current": name === status ? "page" : null,
        text: name === "published" ? t("published") : t("withdrawn") }))),
    h("section", { class: "card" }, list.element));
  },
});
