// A province → city → district picker of GB/T 2260 regions; its value is a six-digit code.

import { h } from "../dom.js";
import { t as common, translator } from "../i18n.js";
import { loadRegions, sixDigits } from "../regions.js";

const t = translator(import.meta.url, {
  province: ["省份", "省份", "Province"],
  city: ["城市", "城市", "City"],
  district: ["区县", "區縣", "District"],
  choose: ["请选择", "請選擇", "Choose"],
  failed: ["地区列表加载失败", "地區列表載入失敗", "Could not load the list of regions"],
});

let lastId = 0;

function level(label, onChange) {
  const id = `region-${++lastId}`;
  const select = h("select", { class: "region-select", id, disabled: true });
  select.addEventListener("change", onChange);
  const box = h("div", { class: "field" }, h("label", { class: "field-label", for: id, text: label }), select);
  return { select, box };
}

function fill(part, regions) {
  part.options = regions;
  part.select.replaceChildren(h("option", { value: "", text: t("choose") }),
    ...regions.map((region) => h("option", { value: region.code, text: region.name })));
  part.select.disabled = regions.length === 0;
  part.box.hidden = regions.length === 0;
}

/**
 * Return a fieldset whose value() is the chosen region's six-digit code, or "" until the
 * smallest level that exists is chosen. path names the API field it fills (for errors).
 */
export function regionPicker({ legend, path }) {
  const status = h("p", { class: "muted small", "aria-live": "polite" });
  const province = level(t("province"), () => choose(0));
  const city = level(t("city"), () => choose(1));
  const district = level(t("district"), () => choose(2));
  const parts = [province, city, district];
  const element = h("fieldset", { class: "region-picker", "data-field": path, "data-testid": "region-picker" },
    h("legend", { class: "field-label", text: legend }), province.box, city.box, district.box, status);

  function choose(index) {
    const picked = parts[index].options.find((region) => region.code === parts[index].select.value);
    for (const later of parts.slice(index + 1)) fill(later, []);
    if (picked && parts[index + 1]) fill(parts[index + 1], picked.children);
  }

  element.value = () => {
    const chosen = parts.filter((part) => !part.box.hidden);
    const last = chosen.at(-1);
    return last?.select.value ? sixDigits(last.select.value) : "";
  };

  const load = () => loadRegions().then((regions) => {
    status.replaceChildren();
    fill(province, regions);
    fill(city, []);
    fill(district, []);
    city.box.hidden = false; // shown, disabled, until a province is chosen
    city.select.disabled = true;
  }, () => {
    status.replaceChildren(t("failed"), " ",
      h("button", { type: "button", class: "link-button", text: common("retry"), onclick: load }));
  });
  for (const part of parts) part.options = [];
  load();
  return element;
}
