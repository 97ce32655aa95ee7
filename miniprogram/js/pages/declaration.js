// Health declaration (健康申报): symptoms and the places left in the last 14 days.

import { api } from "../api.js";
import { busy, field, showError, toast } from "../components.js";
import { h } from "../dom.js";
import { todayIso, translator } from "../i18n.js";
import { go } from "../router.js";

const t = translator({
  title: ["健康申报", "健康申報", "Health declaration"],
  symptoms: ["近 14 天内是否有发热、干咳、乏力、咽痛等症状？", "近 14 天內是否有發燒、乾咳、乏力、咽痛等症狀？",
    "Any fever, dry cough, fatigue or sore throat in the last 14 days?"],
  no: ["否", "否", "No"],
  yes: ["是", "是", "Yes"],
  travel: ["近 14 天旅居史", "近 14 天旅居史", "Places left in the last 14 days"],
  travel_hint: ["填写所到地区的 6 位行政区划代码（如 440304 深圳市福田区）", "填寫所到地區的 6 位行政區劃代碼（如 440304 深圳市福田區）",
    "Six-digit region code (e.g. 440304 Futian, Shenzhen)"],
  region: ["地区代码", "地區代碼", "Region code"],
  left_on: ["离开日期", "離開日期", "Date left"],
  add_trip: ["＋ 添加旅居地", "＋ 新增旅居地", "+ Add a place"],
  remove: ["删除", "刪除", "Remove"],
  pledge: ["本人承诺以上信息真实准确，如有隐瞒愿承担法律责任", "本人承諾以上資料真實準確，如有隱瞞願承擔法律責任",
    "I declare the above is true and accurate"],
  pledge_needed: ["请先勾选承诺", "請先勾選承諾", "Tick the declaration first"],
  done: ["申报成功", "申報成功", "Declaration submitted"],
});

function tripRow(list) {
  const row = h("div", { class: "trip" },
    field(t("region"), h("input", { name: "region_code", inputmode: "numeric", maxlength: "6",
      pattern: "\\d{6}", placeholder: "440304", required: true })),
    field(t("left_on"), h("input", { name: "left_on", type: "date", max: todayIso(), required: true })));
  row.append(h("button", { type: "button", class: "link-button trip-remove", text: t("remove"),
    onclick: () => row.remove() }));
  list.append(row);
}

function declarationOf(form, trips) {
  // A date left is midnight of that day in Beijing: the server keeps UTC with the offset.
  const travel = [...trips.querySelectorAll(".trip")].map((row) => ({
    region_code: row.querySelector("[name=region_code]").value.trim(),
    left_at: `${row.querySelector("[name=left_on]").value}T00:00:00+08:00`,
  }));
  return { symptoms: form.elements.symptoms.value === "yes", travel };
}

function choice(value, checked) {
  return h("label", { class: "choice" },
    h("input", { type: "radio", name: "symptoms", value, checked }), h("span", { text: t(value) }));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  render(root) {
    const message = h("p", { class: "form-error", role: "alert", hidden: true });
    const trips = h("div", { class: "trips" });
    const submit = h("button", { type: "submit", class: "button button-primary button-block", text: t("submit") });
    const form = h("form", { class: "card form", novalidate: true },
      h("fieldset", { class: "question" },
        h("legend", { text: t("symptoms") }),
        h("div", { class: "choices" }, choice("no", true), choice("yes", false))),
      h("fieldset", { class: "question" },
        h("legend", { text: t("travel") }),
        h("p", { class: "field-hint", text: t("travel_hint") }), trips,
        h("button", { type: "button", class: "button button-ghost button-small", text: t("add_trip"),
          onclick: () => tripRow(trips) })),
      h("label", { class: "pledge" }, h("input", { type: "checkbox", name: "pledge" }),
        h("span", { text: t("pledge") })),
      message, submit);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!form.elements.pledge.checked) return showError(message, { message: t("pledge_needed") });
      showError(message, null);
      busy(submit, async () => {
        await api("/health-code/declarations", { method: "POST", body: declarationOf(form, trips) });
        toast(t("done"));
        go("/health-code", { replace: true });
      }).catch((error) => showError(message, error));
    });
    root.append(form);
  },
};
