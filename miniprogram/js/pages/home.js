// Home: the big service tiles and who is logged in.

import { api } from "../api.js";
import { h } from "../dom.js";
import { levelName, translator } from "../i18n.js";
import { loggedIn } from "../store.js";

const t = translator(import.meta.url, {
  title: ["省事", "省事", "Shengshi"],
  slogan: ["指尖办事 · 一网通办", "指尖辦事 · 一網通辦", "Government services at your fingertips"],
  hello: ["您好，{phone}", "您好，{phone}", "Hello, {phone}"],
  login_prompt: ["登录后使用全部服务", "登入後使用全部服務", "Log in to use every service"],
  login: ["登录", "登入", "Log in"],
  health_code: ["粤康码", "粵康碼", "Health code"],
  health_code_sub: ["出示健康码 · 健康申报", "出示健康碼 · 健康申報", "Show your code · declare"],
  family: ["亲友码", "親友碼", "Family codes"],
  family_sub: ["为家人出示健康码", "為家人出示健康碼", "Codes of people you look after"],
  venue: ["场所码登记", "場所碼登記", "Venue check-in"],
  venue_sub: ["扫场所码进出登记", "掃場所碼進出登記", "Check in at a venue"],
  convert: ["转码", "轉碼", "Convert a code"],
  convert_sub: ["外地健康码转粤康码", "外地健康碼轉粵康碼", "From a partner region"],
  wallet: ["我的证照", "我的證照", "My certificates"],
  wallet_sub: ["亮证 · 授权使用", "亮證 · 授權使用", "Show · grant use"],
  services: ["办事服务", "辦事服務", "Services"],
  services_sub: ["社保、公积金、证件等高频事项", "社保、公積金、證件等高頻事項", "Social security, housing fund, documents…"],
  me: ["我的", "我的", "Me"],
  services_nav: ["常用服务", "常用服務", "Services"],
  me_sub: ["账号与设置", "帳號與設定", "Account and settings"],
  // One character stands for each service, as on the real app's tiles.
  icon_code: ["码", "碼", "码"],
  icon_family: ["亲", "親", "亲"],
  icon_venue: ["扫", "掃", "扫"],
  icon_convert: ["转", "轉", "转"],
  icon_wallet: ["证", "證", "证"],
  icon_services: ["办", "辦", "办"],
  icon_me: ["我", "我", "我"],
});

// Add a service: one entry here (soon: true while its screen says "coming soon").
const TILES = [
  { id: "health-code", href: "#/health-code", wide: true,
    text: () => [t("icon_code"), t("health_code"), t("health_code_sub")] },
  { id: "family", href: "#/family", text: () => [t("icon_family"), t("family"), t("family_sub")] },
  { id: "venue", href: "#/venue-checkin", text: () => [t("icon_venue"), t("venue"), t("venue_sub")] },
  { id: "convert", href: "#/health-code/conversions",
    text: () => [t("icon_convert"), t("convert"), t("convert_sub")] },
  { id: "wallet", href: "#/wallet", text: () => [t("icon_wallet"), t("wallet"), t("wallet_sub")] },
  { id: "services", href: "#/services", text: () => [t("icon_services"), t("services"), t("services_sub")] },
  { id: "me", href: "#/profile", text: () => [t("icon_me"), t("me"), t("me_sub")] },
];

function tile(spec) {
  const [icon, name, sub] = spec.text();
  const className = `tile tile-${spec.id}${spec.wide ? " tile-wide" : ""}${spec.soon ? " tile-soon" : ""}`;
  return h("a", { class: className, href: spec.href },
    h("span", { class: "tile-icon", "aria-hidden": "true", text: icon }),
    h("span", { class: "tile-name", text: name }),
    sub && h("span", { class: "tile-sub", text: sub }),
    spec.soon && h("span", { class: "badge badge-soon", text: t("coming_soon") }));
}

async function greeting() {
  if (!loggedIn()) {
    return h("div", { class: "hero-user" },
      h("span", { text: t("login_prompt") }),
      h("a", { class: "button button-light button-small", href: "#/login", text: t("login") }));
  }
  const me = await api("/me");
  return h("div", { class: "hero-user" },
    h("span", { class: "hero-hello", text: t("hello", { phone: me.phone }) }),
    h("span", { class: `level level-${me.level}`, text: levelName(me.level) }));
}

export default {
  title: () => t("title"),
  requiresLogin: false,
  async render(root) {
    const hero = h("div", { class: "hero" },
      h("div", { class: "hero-brand", text: t("title") }),
      h("div", { class: "hero-slogan", text: t("slogan") }));
    root.append(hero, h("nav", { class: "tiles", "aria-label": t("services_nav") }, TILES.map(tile)));
    hero.append(await greeting());
  },
};
