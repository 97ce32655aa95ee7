// Colour history: every change of the code's colour, newest first, with the rule behind it.

import { api } from "../api.js";
import { h } from "../dom.js";
import { colourName, formatDateTime, localised, translator } from "../i18n.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["颜色记录", "顏色記錄", "Colour history"],
  empty: ["暂无记录", "暫無記錄", "No changes yet"],
  rules_version: ["规则版本 {version}", "規則版本 {version}", "Rule set {version}"],
});

function entry(change, rules) {
  const rule = rules.get(change.rule_id);
  return h("li", { class: `history-item history-${change.colour}` },
    h("span", { class: "dot", "aria-hidden": "true" }),
    h("div", { class: "history-body" },
      h("div", { class: "history-head" },
        h("strong", { text: colourName(change.colour) }),
        h("time", { datetime: change.at, text: formatDateTime(change.at) })),
      rule && h("p", { class: "muted small", text: localised(rule.description) })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const ruleset = await api("/health-code/rules");
    const rules = new Map(ruleset.rules.map((rule) => [rule.id, rule]));
    const changes = pagedList({ path: "/health-code/history", className: "history", empty: t("empty"),
      item: (change) => entry(change, rules) });
    await changes.load();
    root.append(h("div", { class: "card" }, changes.element,
      h("p", { class: "muted small", text: t("rules_version", { version: ruleset.version }) })));
  },
};
