// The way on when a service needs a higher assurance level than this session has: the
// real-name or face screen, which returns here when done. Never a dead end.

import { h } from "../dom.js";
import { t as common, levelName, translator } from "../i18n.js";
import { currentPath, realNamePath, safeNext } from "../paths.js";

const t = translator(import.meta.url, {
  needed: ["办理此事项需要 {level}，完成认证后回到这里继续。", "辦理此事項需要 {level}，完成認證後回到這裏繼續。",
    "This service needs {level}. Verify, then come back here to carry on."],
});

function facePath(next) {
  const target = safeNext(next, null);
  return target ? `/face?next=${encodeURIComponent(target)}` : "/face";
}

/** A panel for the step-up answer ({required_level, methods}); back to next afterwards. */
export function stepUpPanel(details, next = currentPath()) {
  const face = details.required_level === "L3";
  return h("div", { class: "panel step-up svc-step-up", role: "alert", "data-testid": "step-up" },
    h("p", { text: t("needed", { level: levelName(details.required_level) }) }),
    h("a", { class: "button button-primary", href: `#${face ? facePath(next) : realNamePath(next)}`,
      text: face ? common("go_face") : common("go_real_name") }));
}
