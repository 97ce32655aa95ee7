// The privacy notice in full (隐私政策), as published in the version in force.

import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { loadNotice } from "../privacy.js";

const t = translator(import.meta.url, {
  title: ["隐私政策", "私隱政策", "Privacy notice"],
  version: ["版本 {version} · {effective} 起生效", "版本 {version} · {effective} 起生效",
    "Version {version}, in force from {effective}"],
  purposes: ["处理目的", "處理目的", "Purposes"],
  optional: ["需单独同意，可随时撤回", "須單獨同意，可隨時撤回", "Needs its own consent; withdraw it any time"],
  required: ["使用省事即须同意", "使用省事即須同意", "Part of using Shengshi"],
});

function purposeItem(purpose) {
  return h("li", { class: "notice-purpose" },
    h("h3", { class: "notice-purpose-title", text: purpose.title }),
    h("p", { text: purpose.text }),
    h("p", { class: "muted small", text: purpose.optional ? t("optional") : t("required") }));
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  async render(root) {
    const notice = await loadNotice();
    root.append(
      h("article", { class: "card notice-full", "data-testid": "notice-full", "data-version": notice.version },
        h("h2", { class: "form-title", text: notice.title }),
        h("p", { class: "muted small", "data-testid": "notice-version",
          text: t("version", { version: notice.version, effective: notice.effective }) }),
        h("p", { text: notice.summary }),
        h("h2", { class: "card-title", text: t("purposes") }),
        h("ul", { class: "notice-purpose-list" }, notice.purposes.map(purposeItem)),
        notice.sections.map((section) => [
          h("h2", { class: "card-title", text: section.heading }),
          section.paragraphs.map((text) => h("p", { text })),
        ])));
  },
};
