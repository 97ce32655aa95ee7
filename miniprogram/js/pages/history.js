// Colour history: every change of the code's colour, newest first, with the rule behind it.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, localised, translator } from "../i18n.js";

const t = translator({
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
        h("strong", { text: t(`colour_${change.colour}`) }),
        h("time", { datetime: change.at, text: formatDateTime(change.at) })),
      rule && h("p", { class: "muted small", text: localised(rule.description) })));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const [changes, ruleset] = await Promise.all([api("/health-code/history"), api("/health-code/rules")]);
    const rules = new Map(ruleset.rules.map((rule) => [rule.id, rule]));
    root.append(h("div", { class: "card" },
      changes.length
        ? h("ol", { class: "history" }, changes.map((change) => entry(change, rules)))
        : h("p", { class: "muted", text: t("empty") }),
      h("p", { class: "muted small", text: t("rules_version", { version: ruleset.version }) })));
  },
};
