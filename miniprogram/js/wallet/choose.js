// Choosing whom to show or grant a certificate to: a registered verifier and one of its
// purposes, by their registered names, then the items that purpose may see.

import { apiList } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  whom: ["向谁出示，用于什么", "向誰出示，用於甚麼", "Whom to, and what for"],
  none: ["暂无可查看此类证照的登记核验单位", "暫無可查看此類證照的登記核驗單位",
    "No registered verifier may see this kind of certificate yet"],
  items: ["选择出示的信息", "選擇出示的資料", "What to share"],
  items_hint: ["只列出该用途登记可查看的项目", "只列出該用途登記可查看的項目", "Only what this purpose is registered to see"],
  nothing_allowed: ["该用途不能查看此证照的个人信息", "該用途不能查看此證照的個人資料",
    "This purpose may not see any personal item of this certificate"],
});

const MAX_VERIFIERS = 100; // the API's largest page; more would need a search

/** Return the registered verifiers with a purpose for this type of certificate (any type without one). */
export async function verifiersFor(type) {
  const query = type ? { type } : {};
  return (await apiList("/wallet/verifiers", { limit: MAX_VERIFIERS, query })).items;
}

/** The [verifier, purpose] pairs that concern a type, in the order the API lists them. */
function pairs(verifiers, type) {
  return verifiers.flatMap((verifier) => verifier.purposes
    .filter((purpose) => purpose.fields[type])
    .map((purpose) => [verifier, purpose]));
}

/**
 * Radio buttons, one per registered verifier and purpose (its registered names shown before
 * agreeing), named "verifier_id" inside a group for errors about "purpose"; onPick({verifier,
 * purpose}) on each choice; legend asks the question; selected ({verifier, purpose}: an id and a
 * code, from a desk's request) is chosen first when it is offered. Returns the fieldset, with
 * .chosen() the current choice or null.
 */
export function purposeChoice(verifiers, type, onPick, { legend = t("whom"), selected = null } = {}) {
  const options = pairs(verifiers, type);
  const wanted = selected && `${selected.verifier}:${selected.purpose}`;
  const first = options.some(([verifier, purpose]) => `${verifier.id}:${purpose.code}` === wanted)
    ? wanted : options.length && `${options[0][0].id}:${options[0][1].code}`;
  const chosen = new Map();
  const group = h("fieldset", { class: "question", "data-field": "purpose", "data-testid": "purpose-choice" },
    h("legend", { text: legend }));
  if (!options.length) group.append(h("p", { class: "muted", text: t("none") }));
  options.forEach(([verifier, purpose]) => {
    const value = `${verifier.id}:${purpose.code}`;
    chosen.set(value, { verifier, purpose });
    group.append(h("label", { class: "choice choice-rich" },
      h("input", { type: "radio", name: "verifier_id", value, checked: value === first,
        onchange: () => onPick(chosen.get(value)) }),
      h("span", { class: "choice-text" },
        h("strong", { text: verifier.name }), h("span", { class: "small", text: purpose.name }))));
  });
  group.chosen = () => chosen.get(group.querySelector("input:checked")?.value) ?? null;
  return group;
}

/**
 * Checkboxes named "disclose" (or name) for items [{name, label}], the preselected ticked; an
 * empty list says the purpose may see nothing. Returns the fieldset, with .picked() the names.
 */
export function itemChoice(items, preselected, { name = "disclose", legend = t("items") } = {}) {
  const group = h("fieldset", { class: "question", "data-field": name, "data-testid": "item-choice" },
    h("legend", { text: legend }),
    h("p", { class: "field-hint", text: items.length ? t("items_hint") : t("nothing_allowed") }),
    h("div", { class: "choices-list" }, items.map((item) => h("label", { class: "choice" },
      h("input", { type: "checkbox", name, value: item.name, checked: preselected.includes(item.name) }),
      h("span", { text: item.label })))));
  group.picked = () => [...group.querySelectorAll(`input[name=${name}]:checked`)].map((box) => box.value);
  return group;
}
