// The log of uses (使用记录): every showing, verification, grant and use under a grant of my
// certificates (or a dependant's), refused attempts too, newest first; of one certificate
// with ?certificate_id=.

import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { pagedList } from "../ui/pager.js";
import { holderOf } from "../wallet/holder.js";

const t = translator(import.meta.url, {
  title: ["使用记录", "使用記錄", "Uses"],
  intro: ["谁在什么时候、为什么用途看了哪些信息，未通过的尝试也会记录。", "誰在甚麼時候、為甚麼用途看了哪些資料，未通過的嘗試也會記錄。",
    "Who saw what, when and for what purpose; refused attempts are listed too."],
  one: ["只显示这张证照的记录", "只顯示這張證照的記錄", "Only this certificate's uses"],
  all: ["查看全部记录", "查看全部記錄", "See all uses"],
  empty: ["还没有使用记录", "尚未有使用記錄", "No uses yet"],
  ok: ["成功", "成功", "Done"],
  refused: ["未通过", "未通過", "Refused"],
  verifier: ["核验单位", "核驗單位", "Verifier"],
  application: ["办事申请", "辦事申請", "Application"],
  holder: ["本人", "本人", "You"],
  guardian: ["监护人", "監護人", "Guardian"],
  purpose: ["用途：{purpose}", "用途：{purpose}", "Purpose: {purpose}"],
  fields: ["信息：{items}", "資料：{items}", "Items: {items}"],
  separator: ["、", "、", ", "],
  by: ["由 {name} 代为操作", "由 {name} 代為操作", "Done for them by {name}"],
});

const ACTORS = {
  verifier: () => t("verifier"),
  application: () => t("application"),
  holder: () => t("holder"),
  guardian: () => t("guardian"),
};

function actorText(actor) {
  const kind = ACTORS[actor.kind]?.() ?? actor.kind;
  return actor.name && actor.kind !== "holder" ? `${kind} · ${actor.name}` : kind;
}

function entryItem(entry) {
  const ok = entry.result === "ok";
  const items = entry.fields.map((item) => item.label).join(t("separator"));
  return h("li", { class: `record usage usage-${ok ? "ok" : "refused"}`, "data-testid": "usage", "data-result": entry.result },
    h("div", { class: "list-head" },
      h("strong", { text: entry.message }),
      h("span", { class: `chip ${ok ? "chip-green" : "chip-red"}`, text: ok ? t("ok") : t("refused") })),
    h("p", { class: "small", text: actorText(entry.actor) }),
    h("p", { class: "record-meta", text: [formatDateTime(entry.at, { seconds: true }), entry.type_name].filter(Boolean).join(" · ") }),
    entry.purpose && h("p", { class: "record-meta", text: t("purpose", { purpose: entry.purpose }) }),
    items && h("p", { class: "record-meta", text: t("fields", { items }) }),
    entry.by && h("p", { class: "record-meta", text: t("by", { name: entry.by.name }) }));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const holder = holderOf(ctx.params);
    const one = ctx.params.certificate_id;
    const log = pagedList({ path: `${holder.api}/usage`, item: entryItem, empty: t("empty"),
      query: one ? { certificate_id: one } : {} });
    await log.load();
    root.append(h("section", { class: "card", "aria-labelledby": "usage-title" },
      h("h2", { class: "card-title", id: "usage-title", text: one ? t("one") : t("title") }),
      h("p", { class: "muted small", text: t("intro") }),
      one && h("a", { class: "link-button", href: `#${holder.screen("/wallet/usage")}`, text: t("all") }),
      log.element));
  },
};
