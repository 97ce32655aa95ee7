// Family certificates (家人证照): the people I look after (亲友码 links) and, for one of them
// (?dependant=<id>), their certificates, which I can see and show; every action is logged
// for them, naming me.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { pagedList } from "../ui/pager.js";
import { certificateCard } from "../wallet/cards.js";
import { holderOf } from "../wallet/holder.js";

const t = translator(import.meta.url, {
  title: ["家人证照", "家人證照", "Family certificates"],
  intro: ["为您在「亲友码」中添加的家人查看和出示电子证照；每次操作都会记入对方的使用记录，并注明由您代为操作。",
    "為您在「親友碼」中新增的家人查看和出示電子證照；每次操作都會記入對方的使用記錄，並註明由您代為操作。",
    "See and show the e-certificates of the people you added under Family codes; each action goes into their log, naming you."],
  people: ["我照顾的家人", "我照顧的家人", "People I look after"],
  none: ["还没有添加家人", "尚未新增家人", "No one added yet"],
  add: ["在亲友码中添加家人", "在親友碼中新增家人", "Add someone under Family codes"],
  open: ["查看证照", "查看證照", "Certificates"],
  their: ["{name} 的电子证照", "{name} 的電子證照", "Certificates of {name}"],
  empty: ["暂无电子证照", "暫無電子證照", "No certificates"],
  usage: ["{name} 的使用记录", "{name} 的使用記錄", "Uses of {name}'s certificates"],
  others: ["其他家人", "其他家人", "Other family members"],
});

function personItem(dependant) {
  return h("li", { class: "list-item", "data-testid": "dependant" },
    h("div", { class: "list-main" }, h("strong", { text: dependant.masked_name })),
    h("a", { class: "button button-primary button-small",
      href: `#/wallet/family?dependant=${encodeURIComponent(dependant.id)}`, text: t("open") }));
}

async function people(root) {
  const list = pagedList({ path: "/family/dependants", item: personItem, empty: t("none") });
  await list.load();
  root.append(h("section", { class: "card", "aria-labelledby": "people-title" },
    h("h2", { class: "card-title", id: "people-title", text: t("people") }),
    h("p", { class: "muted small", text: t("intro") }), list.element,
    h("a", { class: "link-button", href: "#/family", text: t("add") })));
}

async function certificatesOf(root, params) {
  const holder = holderOf(params);
  const [dependant] = (await api("/family/dependants", { query: { limit: 100 } })).items
    .filter((item) => item.id === holder.dependant);
  const name = dependant?.masked_name ?? "";
  const list = pagedList({ path: `${holder.api}/certificates`, className: "cert-list", empty: t("empty"),
    item: (certificate) => certificateCard(certificate, holder.screen("/wallet/certificate", { id: certificate.id })) });
  await list.load();
  root.append(h("section", { class: "wallet", "aria-labelledby": "their-title" },
    h("h2", { class: "section-title", id: "their-title", text: t("their", { name }) }), list.element),
  h("div", { class: "links" },
    h("a", { href: `#${holder.screen("/wallet/usage")}`, text: t("usage", { name }) }),
    h("a", { href: "#/wallet/family", text: t("others") })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  render(root, ctx) {
    return ctx.params.dependant ? certificatesOf(root, ctx.params) : people(root);
  },
};
