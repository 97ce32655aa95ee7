// The services tab (办事): the service catalogue and my applications will live here; until then it says so.

import { h } from "../dom.js";
import { t, translator } from "../i18n.js";

const tw = translator(import.meta.url, {
  title: ["办事", "辦事", "Services"],
  intro: ["社保、户籍、出入境等高频事项将在这里在线办理，并可查看办件进度。", "社保、戶籍、出入境等高頻事項將在這裏網上辦理，並可查看辦件進度。",
    "Apply online for everyday services (social security, household registration, travel permits…) and follow your applications here."],
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
