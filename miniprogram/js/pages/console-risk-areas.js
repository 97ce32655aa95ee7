// Risk areas (中高风险地区): publish one with the region picker, see them all, end one.

import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { regionNames } from "../console/region-names.js";
import { consolePage } from "../console/shell.js";
import { isoFromLocal, localInputValue } from "../console/times.js";
import { toast } from "../ui/feedback.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";
import { regionPicker } from "../ui/region-picker.js";

const t = translator(import.meta.url, {
  title: ["风险地区", "風險地區", "Risk areas"],
  list: ["已发布的风险地区", "已發佈的風險地區", "Published risk areas"],
  empty: ["尚未发布风险地区", "尚未發佈風險地區", "No risk areas published"],
  high: ["高风险", "高風險", "High risk"],
  medium: ["中风险", "中風險", "Medium risk"],
  low: ["低风险", "低風險", "Low risk"],
  in_force: ["生效中", "生效中", "In force"],
  scheduled: ["未开始", "未開始", "Not yet in force"],
  ended: ["已结束", "已結束", "Ended"],
  period: ["{start} 起", "{start} 起", "From {start}"],
  period_end: ["{start} 至 {end}", "{start} 至 {end}", "{start} to {end}"],
  end: ["结束", "結束", "End"],
  end_at: ["结束时间（北京时间）", "結束時間（北京時間）", "End (Beijing time)"],
  end_confirm: ["确认结束", "確認結束", "End this area"],
  ended_toast: ["已结束，已重新评估 {count} 人", "已結束，已重新評估 {count} 人", "Ended; {count} travellers re-assessed"],
  publish_title: ["发布风险地区", "發佈風險地區", "Publish a risk area"],
  region: ["地区", "地區", "Region"],
  region_needed: ["请选择地区", "請選擇地區", "Choose a region"],
  name: ["名称（可选）", "名稱（可選）", "Name (optional)"],
  name_hint: ["如：某某街道", "如：某某街道", "e.g. a street or estate"],
  level: ["风险等级", "風險等級", "Level"],
  start: ["开始时间（北京时间）", "開始時間（北京時間）", "Start (Beijing time)"],
  end_optional: ["结束时间（可选，北京时间）", "結束時間（可選，北京時間）", "End (optional, Beijing time)"],
  publish: ["发布", "發佈", "Publish"],
  published: ["已发布，已重新评估 {count} 人", "已發佈，已重新評估 {count} 人", "Published; {count} travellers re-assessed"],
});

const LEVELS = { high: () => t("high"), medium: () => t("medium"), low: () => t("low") };

function state(area, now = Date.now()) {
  if (area.end && Date.parse(area.end) <= now) return ["ended", t("ended"), "chip chip-grey"];
  if (Date.parse(area.start) > now) return ["scheduled", t("scheduled"), "chip"];
  return ["in_force", t("in_force"), "chip chip-red"];
}

function endForm(area) {
  const element = form({ class: "card form", hidden: true },
    field(t("end_at"), h("input", { name: "end", type: "datetime-local", value: localInputValue(), required: true })),
    h("button", { type: "submit", class: "button button-danger button-block", text: t("end_confirm") }));
  return onSubmit(element, async () => {
    const body = { end: isoFromLocal(element.elements.end.value) };
    const ended = await api(`/authority/risk-areas/${encodeURIComponent(area.id)}/end`, { method: "POST", body });
    toast(t("ended_toast", { count: ended.travellers_reassessed }));
    refresh();
  });
}

function areaItem(area, names) {
  const [key, word, chip] = state(area);
  const start = formatDateTime(area.start);
  const ending = key !== "ended" && endForm(area);
  const place = names.get(area.region_code) ?? area.region_code;
  return h("li", { class: "record", "data-testid": "risk-area" },
    h("div", { class: "list-head" }, h("strong", { text: area.name ? `${place} · ${area.name}` : place }),
      h("span", { class: `chip chip-level-${area.level}`, text: LEVELS[area.level]?.() ?? area.level }),
      h("span", { class: chip, text: word })),
    h("p", { class: "record-meta", text: area.end
      ? t("period_end", { start, end: formatDateTime(area.end) }) : t("period", { start }) }),
    ending && h("div", { class: "record-actions" }, h("button", { type: "button", class: "button button-ghost button-small",
      "aria-expanded": "false", text: t("end"), onclick: (event) => {
        ending.hidden = !ending.hidden;
        event.currentTarget.setAttribute("aria-expanded", String(!ending.hidden));
        if (!ending.hidden) ending.elements.end.focus();
      } })),
    ending);
}

function publishForm() {
  const region = regionPicker({ legend: t("region"), path: "region_code" });
  const element = form({ "data-testid": "risk-area-form" },
    h("h2", { class: "card-title", text: t("publish_title") }), region,
    field(t("name"), h("input", { name: "name", maxlength: "100", autocomplete: "off" }), t("name_hint")),
    field(t("level"), h("select", { name: "level" },
      Object.entries(LEVELS).map(([level, name]) => h("option", { value: level, text: name() })))),
    field(t("start"), h("input", { name: "start", type: "datetime-local", value: localInputValue(), required: true })),
    field(t("end_optional"), h("input", { name: "end", type: "datetime-local" })),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("publish") }));
  return onSubmit(element, async () => {
    if (!region.value()) throw localRefusal({ region_code: [t("region_needed")] });
    const { name, level, start, end } = element.elements;
    const body = { region_code: region.value(), name: name.value.trim(), level: level.value,
      start: isoFromLocal(start.value), end: isoFromLocal(end.value) };
    const area = await api("/authority/risk-areas", { method: "POST", body });
    toast(t("published", { count: area.travellers_reassessed }));
    refresh();
  });
}

export default consolePage({
  role: "health_authority",
  title: () => t("title"),
  async render(root) {
    const names = await regionNames();
    const areas = pagedList({ path: "/authority/risk-areas", item: (area) => areaItem(area, names), empty: t("empty") });
    await areas.load();
    root.append(h("section", { class: "card", "aria-labelledby": "areas-title" },
      h("h2", { class: "card-title", id: "areas-title", text: t("list") }), areas.element), publishForm());
  },
});
