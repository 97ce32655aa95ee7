// The wallet tab (卡包): e-certificates will live here; until then it says so.

import { h } from "../dom.js";
import { t, translator } from "../i18n.js";

const tw = translator(import.meta.url, {
  title: ["卡包", "卡包", "Wallet"],
  intro: ["身份证、驾驶证、社保卡等电子证照将在这里出示和管理。", "身份證、駕駛執照、社保卡等電子證照將在這裏出示和管理。",
    "Your e-certificates (ID card, driving licence, social security card…) will be kept and shown here."],
});

export default {
  title: () => tw("title"),
  requiresLogin: false,
  render(root) {
    root.append(h("div", { class: "card placeholder", "data-testid": "coming-soon" },
      h("h2", { class: "card-title", text: t("coming_soon") }),
      h("p", { class: "muted", text: tw("intro") }),
      h("a", { class: "button button-ghost", href: "#/", text: t("home") })));
  },
};
