// Venue manager's console: my venues with today's check-ins, their posters (场所码) to
// download or print, deactivating one, and registering a new venue.

import { api } from "../api.js";
import { formValues, h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { confirmButton } from "../console/confirm.js";
import { printBlob, saveBlob } from "../console/files.js";
import { regionNames } from "../console/region-names.js";
import { consolePage } from "../console/shell.js";
import { toast } from "../ui/feedback.js";
import { busy, field, form, localRefusal, onSubmit } from "../ui/forms.js";
import { pagedList } from "../ui/pager.js";
import { regionPicker } from "../ui/region-picker.js";

const t = translator(import.meta.url, {
  title: ["场所管理", "場所管理", "My venues"],
  mine: ["我的场所", "我的場所", "My venues"],
  empty: ["还没有登记场所", "尚未登記場所", "No venues yet"],
  active: ["使用中", "使用中", "In use"],
  inactive: ["已停用 {time}", "已停用 {time}", "Deactivated {time}"],
  today: ["今日登记 {count} 人次", "今日登記 {count} 人次", "{count} check-ins today"],
  today_loading: ["今日登记：统计中…", "今日登記：統計中…", "Check-ins today: counting…"],
  today_failed: ["今日登记：暂时无法统计", "今日登記：暫時無法統計", "Check-ins today: not available"],
  download: ["下载场所码", "下載場所碼", "Download poster"],
  print: ["打印场所码", "列印場所碼", "Print poster"],
  poster_file: ["场所码", "場所碼", "venue-code"],
  poster_label: ["{name} 的场所码海报", "{name} 的場所碼海報", "Venue code poster of {name}"],
  deactivate: ["停用", "停用", "Deactivate"],
  confirm_deactivate: ["确认停用？已张贴的场所码将失效", "確認停用？已張貼的場所碼將失效",
    "Deactivate? Its printed codes stop working"],
  deactivated: ["已停用 {name}", "已停用 {name}", "{name} deactivated"],
  add_title: ["登记新场所", "登記新場所", "Register a venue"],
  name: ["场所名称", "場所名稱", "Venue name"],
  region: ["所在地区", "所在地區", "Region"],
  region_needed: ["请选择到最小一级地区", "請選擇到最小一級地區", "Choose the region down to its smallest level"],
  address: ["详细地址", "詳細地址", "Street address"],
  type: ["场所类型", "場所類型", "Type of venue"],
  register: ["登记", "登記", "Register"],
  registered: ["已登记 {name}，可下载场所码张贴", "已登記 {name}，可下載場所碼張貼",
    "{name} registered: download its poster to put up"],
  restaurant: ["餐饮", "餐飲", "Restaurant"],
  mall: ["商场", "商場", "Shopping mall"],
  transport: ["交通场站", "交通場站", "Transport hub"],
  hospital: ["医疗机构", "醫療機構", "Hospital or clinic"],
  school: ["学校", "學校", "School"],
  office: ["办公楼", "辦公樓", "Office building"],
  market: ["农贸市场", "街市", "Market"],
  other: ["其他", "其他", "Other"],
});

const TYPES = {
  restaurant: () => t("restaurant"),
  mall: () => t("mall"),
  transport: () => t("transport"),
  hospital: () => t("hospital"),
  school: () => t("school"),
  office: () => t("office"),
  market: () => t("market"),
  other: () => t("other"),
};

function posterFile(venue) {
  return `${venue.name.replace(/[\\/:*?"<>|\s]+/g, "_")}-${t("poster_file")}.png`;
}

function posterButtons(venue) {
  const poster = () => api(`/venues/${encodeURIComponent(venue.id)}/poster.png`, { as: "blob" });
  const label = t("poster_label", { name: venue.name });
  const download = h("button", { type: "button", class: "button button-primary button-small", text: t("download") });
  download.addEventListener("click", () => busy(download, async () => saveBlob(await poster(), posterFile(venue)))
    .catch((error) => toast(error.message)));
  const print = h("button", { type: "button", class: "button button-ghost button-small", text: t("print") });
  print.addEventListener("click", () => busy(print, async () => printBlob(await poster(), label))
    .catch((error) => toast(error.message)));
  return [download, print];
}

function todayLine(venue) {
  const line = h("p", { class: "small", "data-testid": "today", text: t("today_loading") });
  api(`/venues/${encodeURIComponent(venue.id)}/checkins/today`).then(
    (answer) => (line.textContent = t("today", { count: answer.count })),
    () => (line.textContent = t("today_failed")));
  return line;
}

function venueItem(venue, names) {
  const deactivate = confirmButton({
    text: t("deactivate"), confirmText: t("confirm_deactivate"),
    action: async () => {
      await api(`/venues/${encodeURIComponent(venue.id)}/deactivate`, { method: "POST" });
      toast(t("deactivated", { name: venue.name }));
      refresh();
    },
    onError: (error) => toast(error.message),
  });
  return h("li", { class: "record", "data-testid": "venue" },
    h("div", { class: "list-head" }, h("strong", { text: venue.name }),
      h("span", { class: venue.active ? "chip chip-green" : "chip chip-grey",
        text: venue.active ? t("active") : t("inactive", { time: formatDateTime(venue.deactivated_at) }) })),
    h("p", { class: "small", text: `${TYPES[venue.type]?.() ?? venue.type} · ${names.get(venue.region_code) ?? venue.region_code}` }),
    h("p", { class: "muted small", text: venue.address }),
    todayLine(venue),
    venue.active && h("div", { class: "record-actions" }, posterButtons(venue), deactivate));
}

function addForm() {
  const region = regionPicker({ legend: t("region"), path: "region_code" });
  const element = form({ "data-testid": "venue-form" },
    h("h2", { class: "card-title", text: t("add_title") }),
    field(t("name"), h("input", { name: "name", maxlength: "60", autocomplete: "off", required: true })),
    region,
    field(t("address"), h("input", { name: "address", maxlength: "200", autocomplete: "off", required: true })),
    field(t("type"), h("select", { name: "type" },
      Object.entries(TYPES).map(([type, name]) => h("option", { value: type, text: name() })))),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("register") }));
  return onSubmit(element, async () => {
    if (!region.value()) throw localRefusal({ region_code: [t("region_needed")] });
    const body = { ...formValues(element), region_code: region.value() };
    const venue = await api("/venues", { method: "POST", body });
    toast(t("registered", { name: venue.name }));
    refresh();
  });
}

export default consolePage({
  role: "venue_manager",
  title: () => t("title"),
  async render(root) {
    const names = await regionNames();
    const venues = pagedList({ path: "/venues", item: (venue) => venueItem(venue, names), empty: t("empty") });
    await venues.load();
    root.append(h("section", { class: "card", "aria-labelledby": "venues-title" },
      h("h2", { class: "card-title", id: "venues-title", text: t("mine") }), venues.element), addForm());
  },
});
