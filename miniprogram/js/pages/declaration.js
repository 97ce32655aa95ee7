// Health declaration (健康申报): symptoms and the places left in the last 14 days.

import { api } from "../api.js";
import { h } from "../dom.js";
import { todayIso, translator } from "../i18n.js";
import { finish } from "../router.js";
import { toast } from "../ui/feedback.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";
import { regionPicker } from "../ui/region-picker.js";

const t = translator(import.meta.url, {
  title: ["健康申报", "健康申報", "Health declaration"],
  symptoms: ["近 14 天内是否有发热、干咳、乏力、咽痛等症状？", "近 14 天內是否有發燒、乾咳、乏力、咽痛等症狀？",
    "Any fever, dry cough, fatigue or sore throat in the last 14 days?"],
  no: ["否", "否", "No"],
  yes: ["是", "是", "Yes"],
  travel: ["近 14 天旅居史", "近 14 天旅居史", "Places left in the last 14 days"],
  travel_hint: ["没有离开过所在城市可不填", "沒有離開過所在城市可不填", "Leave empty if you have not left your city"],
  place: ["旅居地 {n}", "旅居地 {n}", "Place {n}"],
  region: ["所到地区", "所到地區", "Region"],
  left_on: ["离开日期", "離開日期", "Date left"],
  add_trip: ["＋ 添加旅居地", "＋ 新增旅居地", "+ Add a place"],
  remove: ["删除", "刪除", "Remove"],
  pledge: ["本人承诺以上信息真实准确，如有隐瞒愿承担法律责任", "本人承諾以上資料真實準確，如有隱瞞願承擔法律責任",
    "I declare the above is true and accurate"],
  pledge_needed: ["请先勾选承诺", "請先勾選承諾", "Tick the declaration first"],
  region_needed: ["请选择到最小一级地区", "請選擇到最小一級地區", "Choose the region down to its smallest level"],
  date_needed: ["请选择离开日期", "請選擇離開日期", "Choose the date you left"],
  done: ["申报成功", "申報成功", "Declaration submitted"],
});

function renumber(list) {
  [...list.children].forEach((row, index) => {
    row.querySelector(":scope > legend").textContent = t("place", { n: index + 1 });
    row.querySelector(".region-picker").dataset.field = `travel.${index}.region_code`;
    row.querySelector("input[type=date]").dataset.field = `travel.${index}.left_at`;
  });
}

function tripRow(list) {
  const row = h("fieldset", { class: "trip" }, h("legend", { class: "trip-title" }),
    regionPicker({ legend: t("region") }),
    field(t("left_on"), h("input", { name: "left_on", type: "date", max: todayIso(), required: true })));
  row.append(h("button", { type: "button", class: "link-button trip-remove", text: t("remove"),
    onclick: () => {
      row.remove();
      renumber(list);
    } }));
  list.append(row);
  renumber(list);
  row.querySelector("select").focus();
}

function declarationOf(form, trips) {
  // A date left is midnight of that day in Beijing: the server keeps UTC with the offset.
  const travel = [...trips.children].map((row) => ({
    region_code: row.querySelector(".region-picker").value(),
    left_at: `${row.querySelector("[name=left_on]").value}T00:00:00+08:00`,
  }));
  return { symptoms: form.elements.symptoms.value === "yes", travel };
}

function missing(form, trips) {
  const errors = {};
  [...trips.children].forEach((row, index) => {
    if (!row.querySelector(".region-picker").value()) errors[`travel.${index}.region_code`] = [t("region_needed")];
    if (!row.querySelector("[name=left_on]").value) errors[`travel.${index}.left_at`] = [t("date_needed")];
  });
  if (!form.elements.pledge.checked) errors.pledge = [t("pledge_needed")];
  return Object.keys(errors).length ? localRefusal(errors) : null;
}

function choice(value, text, checked) {
  return h("label", { class: "choice" },
    h("input", { type: "radio", name: "symptoms", value, checked }), h("span", { text }));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  render(root) {
    const trips = h("div", { class: "trips" });
    const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") });
    const element = form({},
      h("fieldset", { class: "question", "data-field": "symptoms" },
        h("legend", { text: t("symptoms") }),
        h("div", { class: "choices" }, choice("no", t("no"), true), choice("yes", t("yes"), false))),
      h("fieldset", { class: "question" },
        h("legend", { text: t("travel") }),
        h("p", { class: "field-hint", text: t("travel_hint") }), trips,
        h("button", { type: "button", class: "button button-ghost", text: t("add_trip"),
          onclick: () => tripRow(trips) })),
      h("div", { "data-field": "pledge" }, h("label", { class: "pledge" },
        h("input", { type: "checkbox", name: "pledge" }), h("span", { text: t("pledge") }))),
      submit);
    onSubmit(element, async () => {
      const refusal = missing(element, trips);
      if (refusal) throw refusal;
      await api("/health-code/declarations", { method: "POST", body: declarationOf(element, trips) });
      toast(t("done"));
      finish("/health-code");
    });
    root.append(element);
  },
};
