// Verifier organisations (核验单位): register one (a short code that goes into every QR made
// for it, its name, its staff accounts and its purposes with what each may see), list them,
// edit one, and stop or resume one.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { refresh } from "../router.js";
import { toast } from "../ui/feedback.js";
import { busy, field, form, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";
import { catalogue, labelsOf } from "../wallet/catalogue.js";
import { purposesEditor } from "../wallet/purpose-editor.js";

const t = translator(import.meta.url, {
  title: ["核验单位", "核驗單位", "Verifier organisations"],
  list: ["已登记的核验单位", "已登記的核驗單位", "Registered organisations"],
  empty: ["还没有登记核验单位", "尚未登記核驗單位", "No organisations registered yet"],
  inactive: ["已停用", "已停用", "Stopped"],
  staff_list: ["核验人员：{names}", "核驗人員：{names}", "Staff: {names}"],
  no_staff: ["未指定核验人员", "未指定核驗人員", "No staff yet"],
  purpose_line: ["{purpose}（{code}）", "{purpose}（{code}）", "{purpose} ({code})"],
  type_line: ["{type}：{items}", "{type}：{items}", "{type}: {items}"],
  separator: ["、", "、", ", "],
  edit: ["修改", "修改", "Edit"],
  stop: ["停用", "停用", "Stop"],
  resume: ["重新启用", "重新啟用", "Resume"],
  stopped: ["已停用 {name}", "已停用 {name}", "{name} stopped"],
  resumed: ["已启用 {name}", "已啟用 {name}", "{name} resumed"],
  register: ["登记核验单位", "登記核驗單位", "Register an organisation"],
  code: ["单位代码", "單位代碼", "Code"],
  code_hint: ["3–12 位小写字母、数字或 -；写入每个出示二维码，登记后不能修改",
    "3–12 位小寫字母、數字或 -；寫入每個出示二維碼，登記後不能修改",
    "3–12 lower-case letters, digits or -; it goes into every QR made for it and cannot change"],
  name: ["单位名称", "單位名稱", "Name"],
  name_hint: ["持证人出示前会看到", "持證人出示前會看到", "Holders see it before agreeing"],
  credit_code: ["统一社会信用代码（可选）", "統一社會信用代碼（可選）", "Unified social credit code (optional)"],
  staff: ["核验人员账号", "核驗人員帳號", "Staff accounts"],
  staff_hint: ["工作人员用户名，用逗号或空格分隔；须有「证照核验员」或「窗口办事员」角色",
    "工作人員用戶名稱，用逗號或空格分隔；須有「證照核驗員」或「窗口辦事員」角色",
    "Usernames separated by commas or spaces; each needs the verifier or clerk role"],
  submit: ["登记", "登記", "Register"],
  save: ["保存修改", "儲存修改", "Save"],
  registered: ["已登记 {name}", "已登記 {name}", "{name} registered"],
  saved: ["已保存 {name}", "已儲存 {name}", "{name} saved"],
});

function body(element, editor) {
  const value = (name) => element.elements[name].value.trim();
  return {
    name: value("name"), credit_code: value("credit_code") || null,
    staff: value("staff").split(/[\s,，、]+/).filter(Boolean), purposes: editor.value(),
  };
}

function organisationForm(types, organisation, onSaved) {
  const editor = purposesEditor(types, organisation?.purposes);
  const element = form({ "data-testid": organisation ? "verifier-edit" : "verifier-form", hidden: Boolean(organisation) },
    h("h2", { class: "card-title", text: organisation ? t("edit") : t("register") }),
    !organisation && field(t("code"), h("input", { name: "code", maxlength: "12", autocomplete: "off",
      autocapitalize: "none", spellcheck: "false" }), t("code_hint")),
    field(t("name"), h("input", { name: "name", maxlength: "40", autocomplete: "off", value: organisation?.name ?? "" }),
      t("name_hint")),
    field(t("credit_code"), h("input", { name: "credit_code", maxlength: "18", autocomplete: "off", spellcheck: "false",
      value: organisation?.credit_code ?? "" })),
    field(t("staff"), h("input", { name: "staff", autocomplete: "off", autocapitalize: "none", spellcheck: "false",
      value: organisation?.staff.join(", ") ?? "" }), t("staff_hint")),
    editor.element,
    h("button", { type: "submit", class: "button button-primary button-block", text: organisation ? t("save") : t("submit") }));
  return onSubmit(element, async () => {
    const sent = body(element, editor);
    const saved = organisation
      ? await api(`/admin/verifiers/${encodeURIComponent(organisation.id)}`, { method: "PATCH", body: sent })
      : await api("/admin/verifiers", { method: "POST", body: { ...sent, code: element.elements.code.value.trim() } });
    toast(organisation ? t("saved", { name: saved.name }) : t("registered", { name: saved.name }));
    onSaved();
  });
}

function purposeLines(organisation, types) {
  return h("ul", { class: "plain-list small" }, organisation.purposes.map((purpose) => h("li", {},
    h("strong", { text: t("purpose_line", { purpose: purpose.name, code: purpose.code }) }),
    Object.entries(purpose.fields).map(([slug, names]) => {
      const type = types.find((item) => item.slug === slug);
      const labels = labelsOf(type);
      const items = names.map((name) => labels.get(name) ?? name).join(t("separator"));
      return h("p", { class: "record-meta", text: t("type_line", { type: type?.name ?? slug, items }) });
    }))));
}

function organisationItem(organisation, types) {
  const editing = organisationForm(types, organisation, () => refresh());
  const toggle = h("button", { type: "button", class: organisation.active ? "button button-danger button-small" : "button button-ghost button-small",
    text: organisation.active ? t("stop") : t("resume") });
  toggle.addEventListener("click", () => busy(toggle, async () => {
    const saved = await api(`/admin/verifiers/${encodeURIComponent(organisation.id)}`,
      { method: "PATCH", body: { active: !organisation.active } });
    toast(saved.active ? t("resumed", { name: saved.name }) : t("stopped", { name: saved.name }));
    refresh();
  }).catch((error) => toast(error.message)));
  return h("li", { class: "record", "data-testid": "verifier", "data-code": organisation.code },
    h("div", { class: "list-head" }, h("strong", { text: organisation.name }), h("code", { text: organisation.code }),
      !organisation.active && h("span", { class: "chip chip-grey", text: t("inactive") })),
    h("p", { class: "small", text: organisation.staff.length
      ? t("staff_list", { names: organisation.staff.join(t("separator")) }) : t("no_staff") }),
    purposeLines(organisation, types),
    h("div", { class: "record-actions" },
      h("button", { type: "button", class: "button button-ghost button-small", "aria-expanded": "false", text: t("edit"),
        onclick: (event) => {
          editing.hidden = !editing.hidden;
          event.currentTarget.setAttribute("aria-expanded", String(!editing.hidden));
        } }),
      toggle),
    editing);
}

export default consolePage({
  role: "admin",
  title: () => t("title"),
  async render(root) {
    const types = await catalogue();
    const organisations = pagedList({ path: "/admin/verifiers", item: (item) => organisationItem(item, types), empty: t("empty") });
    await organisations.load();
    root.append(h("section", { class: "card wide", "aria-labelledby": "verifiers-title" },
      h("h2", { class: "card-title", id: "verifiers-title", text: t("list") }), organisations.element),
    organisationForm(types, null, () => refresh()));
  },
});
