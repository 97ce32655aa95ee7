// Family codes (亲友码): the people I look after, and adding one with their document.

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { docTypeName, DOC_TYPES } from "../documents.js";
import { formValues, h } from "../dom.js";
import { translator } from "../i18n.js";
import { refresh } from "../router.js";
import { toast } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["亲友码", "親友碼", "Family codes"],
  intro: ["为不便使用手机的家人（老人、小孩）代为出示健康码，最多 8 人。",
    "為不便使用手機的家人（長者、小朋友）代為出示健康碼，最多 8 人。",
    "Show health codes for family members without a phone (up to 8 people)."],
  empty: ["还没有添加亲友", "尚未新增親友", "No one added yet"],
  show: ["查看亲友码", "查看親友碼", "Show code"],
  remove: ["移除", "移除", "Remove"],
  confirm_remove: ["确认移除？", "確認移除？", "Remove for sure?"],
  removed: ["已移除", "已移除", "Removed"],
  add_title: ["添加亲友", "新增親友", "Add a family member"],
  relation: ["关系", "關係", "Relation"],
  doc_type: ["证件类型", "證件類型", "Document type"],
  doc_number: ["证件号码", "證件號碼", "Document number"],
  name: ["姓名", "姓名", "Name"],
  add: ["添加", "新增", "Add"],
  added: ["添加成功", "新增成功", "Added"],
  child: ["子女", "子女", "Child"],
  parent: ["父母", "父母", "Parent"],
  grandparent: ["祖父母 / 外祖父母", "祖父母 / 外祖父母", "Grandparent"],
  spouse: ["配偶", "配偶", "Spouse"],
  other: ["其他", "其他", "Other"],
  pending: ["等待对方同意", "等待對方同意", "Waiting for their consent"],
  pending_note: ["对方已有账号，需在其省事中同意后才能代为出示", "對方已有帳號，需在其省事中同意後才能代為出示",
    "They have an account: they must accept in their own app before you can show their code"],
  guardians: ["谁在照看我（家人请求）", "誰在照看我（家人請求）", "Who looks after me (family requests)"],
});

const RELATIONS = {
  child: () => t("child"),
  parent: () => t("parent"),
  grandparent: () => t("grandparent"),
  spouse: () => t("spouse"),
  other: () => t("other"),
};

function relationName(relation) {
  return RELATIONS[relation]?.() ?? relation;
}

function removeButton(dependant) {
  return confirmButton({ text: t("remove"), confirmText: t("confirm_remove"), onError: (error) => toast(error.message),
    action: async () => {
      await api(`/family/dependants/${encodeURIComponent(dependant.id)}`, { method: "DELETE" });
      toast(t("removed"));
      refresh();
    } });
}

function dependantItem(dependant) {
  const pending = dependant.status === "pending";
  return h("li", { class: "list-item", "data-testid": "dependant", "data-status": dependant.status },
    h("div", { class: "list-main" },
      h("strong", { text: dependant.masked_name }),
      h("span", { class: "chip", text: relationName(dependant.relation) }),
      pending ? h("span", { class: "chip chip-yellow", text: t("pending") }) : null,
      h("p", { class: "muted small", text: `${docTypeName(dependant.doc_type)} ${dependant.masked_doc_number}` }),
      pending ? h("p", { class: "muted small", text: t("pending_note") }) : null),
    h("div", { class: "list-actions" },
      pending ? null : h("a", { class: "button button-primary button-small",
        href: `#/family/code?id=${encodeURIComponent(dependant.id)}`, text: t("show") }),
      removeButton(dependant)));
}

function addForm() {
  const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("add") });
  const element = form({},
    h("h2", { class: "card-title", text: t("add_title") }),
    field(t("relation"), h("select", { name: "relation" },
      Object.keys(RELATIONS).map((relation) => h("option", { value: relation, text: relationName(relation) })))),
    field(t("doc_type"), h("select", { name: "doc_type" },
      DOC_TYPES.map((type) => h("option", { value: type, text: docTypeName(type) })))),
    field(t("doc_number"), h("input", { name: "doc_number", autocomplete: "off", maxlength: "32", required: true })),
    field(t("name"), h("input", { name: "name", autocomplete: "off", maxlength: "64", required: true })),
    submit);
  return onSubmit(element, async () => {
    const body = formValues(element);
    body.doc_number = body.doc_number.trim().toUpperCase();
    body.name = body.name.trim();
    await api("/family/dependants", { method: "POST", body });
    toast(t("added"));
    refresh();
  });
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const dependants = pagedList({ path: "/family/dependants", item: dependantItem, empty: t("empty") });
    await dependants.load();
    root.append(h("div", { class: "card" }, h("p", { class: "muted", text: t("intro") }), dependants.element),
      addForm(),
      h("a", { class: "link-button", href: "#/family/guardians", "data-testid": "guardians-link", text: t("guardians") }));
  },
};
