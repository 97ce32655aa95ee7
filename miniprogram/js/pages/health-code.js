// My health code (粤康码), with the ways on: declare, history, appeal, convert.

import { showLiveCode } from "../code-card.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  title: ["粤康码", "粵康碼", "Health code"],
  declare: ["健康申报", "健康申報", "Health declaration"],
  history: ["颜色记录", "顏色記錄", "Colour history"],
  appeal: ["对颜色有异议？申诉", "對顏色有異議？申訴", "Colour wrong? Appeal"],
  convert: ["外地健康码转码", "外地健康碼轉碼", "Convert another region's code"],
});

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    await showLiveCode(root, ctx, { codePath: "/health-code" });
    root.append(
      h("div", { class: "actions" },
        h("a", { class: "button button-primary", href: "#/health-code/declare", text: t("declare") }),
        h("a", { class: "button button-ghost", href: "#/health-code/history", text: t("history") })),
      h("div", { class: "links" },
        h("a", { href: "#/health-code/appeals", text: t("appeal") }),
        h("a", { href: "#/health-code/conversions", text: t("convert") })));
  },
};
