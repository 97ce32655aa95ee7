// One dependant's health code (亲友码), shown by the person looking after them.

import { showLiveCode } from "../code-card.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  title: ["亲友码", "親友碼", "Family code"],
});

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const codePath = `/family/dependants/${encodeURIComponent(ctx.params.id || "")}/health-code`;
    await showLiveCode(root, ctx, { codePath, label: t("title") });
  },
};
