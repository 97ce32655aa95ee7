// Staff roles as the consoles name them, the roles that have a console at /staff/<role>, and
// a set of role checkboxes.

import { h } from "../dom.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  checkpoint_operator: ["卡口核验员", "關口核驗員", "Checkpoint operator"],
  venue_manager: ["场所管理员", "場所管理員", "Venue manager"],
  clerk: ["窗口办事员", "窗口辦事員", "Clerk"],
  issuer: ["证照签发员", "證照簽發員", "Certificate issuer"],
  verifier: ["证照核验员", "證照核驗員", "Certificate verifier"],
  health_authority: ["卫生健康部门", "衞生健康部門", "Health authority"],
  admin: ["系统管理员", "系統管理員", "Administrator"],
  roles: ["角色", "角色", "Roles"],
});

const NAMES = {
  checkpoint_operator: () => t("checkpoint_operator"),
  venue_manager: () => t("venue_manager"),
  clerk: () => t("clerk"),
  issuer: () => t("issuer"),
  verifier: () => t("verifier"),
  health_authority: () => t("health_authority"),
  admin: () => t("admin"),
};

/** Every staff role, in the API's order. */
export const ROLES = Object.keys(NAMES);

/** Roles whose work has a screen of its own in the mini-program. */
export const CONSOLE_ROLES = ["checkpoint_operator", "venue_manager", "health_authority", "admin", "issuer", "verifier", "clerk"];

/** The role's name in the reader's language (the role itself when unknown). */
export function roleName(role) {
  return NAMES[role]?.() ?? role;
}

/** The path of a role's console. */
export function consolePath(role) {
  return `/staff/${role}`;
}

/** Checkboxes of every role (the API field "roles"), the selected ones ticked. */
export function roleChoices(selected = []) {
  return h("fieldset", { class: "question", "data-field": "roles" }, h("legend", { text: t("roles") }),
    h("div", { class: "choices-wrap" }, ROLES.map((role) => h("label", { class: "choice" },
      h("input", { type: "checkbox", name: "roles", value: role, checked: selected.includes(role) }),
      h("span", { text: roleName(role) })))));
}

/** The roles ticked in a form or box holding roleChoices(). */
export function checkedRoles(element) {
  return [...element.querySelectorAll("input[name=roles]:checked")].map((box) => box.value);
}
