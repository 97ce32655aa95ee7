// The colour rules in force, as the server publishes them, in the reader's language.

import { api } from "../api.js";
import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { consolePage } from "../console/shell.js";
import { colourChip } from "../ui/controls.js";

const t = translator(import.meta.url, {
  title: ["赋码规则", "賦碼規則", "Colour rules"],
  version: ["规则版本 {version}", "規則版本 {version}", "Ruleset {version}"],
  combination: ["颜色如何得出", "顏色如何得出", "How the colour is decided"],
  rules: ["规则", "規則", "Rules"],
  from_fact: ["颜色由记录决定", "顏色由記錄決定", "Colour from the record"],
  params: ["参数：{params}", "參數：{params}", "Parameters: {params}"],
});

function ruleItem(rule) {
  const params = Object.entries(rule.params ?? {}).map(([name, value]) => `${name} = ${value}`).join(", ");
  return h("li", { class: "rule", "data-testid": "rule" },
    h("div", { class: "list-head" },
      rule.colour ? colourChip(rule.colour) : h("span", { class: "chip chip-grey", text: t("from_fact") }),
      h("code", { class: "record-meta", text: rule.id })),
    h("p", { text: localised(rule.description) }),
    params && h("p", { class: "record-meta", text: t("params", { params }) }));
}

export default consolePage({
  role: "health_authority",
  title: () => t("title"),
  async render(root) {
    const ruleset = await api("/health-code/rules");
    root.append(
      h("section", { class: "card", "aria-labelledby": "combination-title" },
        h("h2", { class: "card-title", id: "combination-title", text: t("combination") }),
        h("p", { class: "muted small", text: t("version", { version: ruleset.version }) }),
        h("p", { text: localised(ruleset.combination) })),
      h("section", { class: "card", "aria-labelledby": "rules-title" },
        h("h2", { class: "card-title", id: "rules-title", text: t("rules") }),
        h("ul", { class: "list" }, ruleset.rules.map(ruleItem))));
  },
});
