// Venue check-in (场所码登记): paste the text of a venue's code; see my code to show at the door.

import { api } from "../api.js";
import { h } from "../dom.js";
import { colourName, formatDateTime, translator } from "../i18n.js";
import { colourChip, textForm } from "../ui/controls.js";
import { pagedList } from "../ui/pager.js";

const t = translator(import.meta.url, {
  title: ["场所码登记", "場所碼登記", "Venue check-in"],
  label: ["场所码内容", "場所碼內容", "Venue code"],
  placeholder: ["浏览器无法扫码：请粘贴场所码二维码中的文字", "瀏覽器無法掃碼：請貼上場所碼二維碼中的文字",
    "A browser cannot scan: paste the text of the venue's QR code"],
  submit: ["登记", "登記", "Check in"],
  done: ["登记成功", "登記成功", "Checked in"],
  show_code: ["请向工作人员出示此页面", "請向工作人員出示此頁面", "Show this screen at the entrance"],
  my_code: ["查看我的粤康码", "查看我的粵康碼", "Open my health code"],
  recent: ["最近登记", "最近登記", "Recent check-ins"],
  empty: ["暂无登记记录", "暫無登記記錄", "No check-ins yet"],
  kept_until: ["保存至 {time}", "保存至 {time}", "Kept until {time}"],
});

function resultCard(result) {
  return h("div", { class: `card checkin-result code-${result.code.colour}`, "data-testid": "checkin-result" },
    h("p", { class: "done-mark", text: `✓ ${t("done")}` }),
    h("h2", { class: "card-title", text: result.venue.name }),
    h("p", { class: "muted small", text: result.venue.address }),
    h("p", { class: "muted small", text: formatDateTime(result.checked_in_at, { seconds: true }) }),
    h("div", { class: "code-banner", "data-colour": result.code.colour },
      h("strong", { class: "banner-colour", text: `${result.code.masked_name} · ${colourName(result.code.colour)}` }),
      h("span", { class: "banner-status", text: t("show_code") })),
    h("a", { class: "button button-ghost button-block", href: "#/health-code", text: t("my_code") }));
}

function checkinItem(checkin) {
  return h("li", { class: "list-item" },
    h("div", { class: "list-main" },
      h("strong", { text: checkin.venue.name }),
      h("p", { class: "muted small", text: formatDateTime(checkin.checked_in_at) }),
      h("p", { class: "muted small", text: t("kept_until", { time: formatDateTime(checkin.expires_at) }) })),
    colourChip(checkin.colour));
}

async function recentList(box) {
  const list = pagedList({ path: "/venue-checkins", item: checkinItem, empty: t("empty") });
  await list.load();
  box.replaceChildren(h("h2", { class: "card-title", text: t("recent") }), list.element);
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root) {
    const result = h("div", { class: "slot" });
    const recent = h("div", { class: "card" });
    await recentList(recent);
    root.append(textForm({
      name: "venue_token", label: t("label"), placeholder: t("placeholder"), submitText: t("submit"),
      onSend: async (token, form) => {
        result.replaceChildren(resultCard(await api("/venue-checkins", { method: "POST", body: { venue_token: token } })));
        form.reset();
        await recentList(recent);
      },
    }), result, recent);
  },
};
