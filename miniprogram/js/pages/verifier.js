// The verifier's screen (证照核验): a bank counter or hotel desk scans a holder's presentation
// QR (the camera, or a handheld scanner typing it) or pastes it, the server checks it once,
// and the screen says valid or why not, with the certificate's type, issuer and status and
// exactly the items the holder chose to show — nothing else, and nothing kept afterwards.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { drawQr } from "../qr.js";
import { cameraBox } from "../scanner/panels.js";
import { errorPanel } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { certificateType, valueContext } from "../wallet/catalogue.js";
import { requestUrl } from "../wallet/request.js";
import { factList, statusChip, validityRange } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["证照核验", "證照核驗", "Certificate check"],
  organisation: ["核验单位：{name}", "核驗單位：{name}", "Verifying for {name}"],
  purposes: ["登记用途：{purposes}", "登記用途：{purposes}", "Registered purposes: {purposes}"],
  separator: ["、", "、", ", "],
  token: ["出示码", "出示碼", "Presentation code"],
  token_hint: ["用扫码枪扫描持证人的二维码（自动回车），或粘贴二维码文本后点「核验」",
    "用掃碼槍掃描持證人的二維碼（自動換行），或貼上二維碼文字後點「核驗」",
    "Scan the holder's QR code with a handheld scanner (it presses Enter), or paste its text and tap Check"],
  check: ["核验", "核驗", "Check"],
  valid: ["核验通过", "核驗通過", "Valid"],
  refused: ["未通过核验", "未通過核驗", "Not valid"],
  certificate: ["证照", "證照", "Certificate"],
  issuer: ["发证机关", "發證機關", "Issued by"],
  status: ["状态", "狀態", "Status"],
  validity: ["有效期", "有效期", "Validity"],
  purpose: ["用途", "用途", "Purpose"],
  presented: ["出示时间", "出示時間", "Shown at"],
  shared: ["持证人选择出示的信息", "持證人選擇出示的資料", "What the holder chose to show"],
  public: ["证照上的公开信息", "證照上的公開資料", "Printed on every copy"],
  public_note: ["非个人信息，每次出示都会带上", "非個人資料，每次出示都會帶上", "Not personal; every showing carries it"],
  next: ["核验下一个", "核驗下一個", "Check the next one"],
  request: ["请持证人扫码出示", "請持證人掃碼出示", "Ask the holder to scan"],
  request_hint: ["持证人用手机扫描此码，即可选择本单位和用途出示证照。", "持證人用手機掃描此碼，即可選擇本單位和用途出示證照。",
    "The holder scans this with their phone to show a certificate to you for this purpose."],
  request_purpose: ["出示用途", "出示用途", "Purpose"],
  request_alt: ["出示请求二维码：{verifier}，{purpose}", "出示請求二維碼：{verifier}，{purpose}",
    "Request QR code: {verifier}, {purpose}"],
  replayed: ["此出示码已核验过", "此出示碼已核驗過", "Already checked"],
  replayed_do: ["每个出示码只能核验一次。请持证人重新生成后再扫。", "每個出示碼只能核驗一次。請持證人重新產生後再掃。",
    "A code checks once only. Ask the holder to make a new one."],
  stale: ["出示码已失效", "出示碼已失效", "The code has run out"],
  stale_do: ["出示码 3 分钟内有效。请持证人重新生成；若刚生成即失效，请其校准手机时间。",
    "出示碼 3 分鐘內有效。請持證人重新產生；若剛產生即失效，請其校準手機時間。",
    "A code lasts 3 minutes. Ask for a new one; if a fresh one fails, the phone's clock is wrong."],
  forged: ["无法确认证照真实", "無法確認證照真實", "Cannot be trusted"],
  forged_do: ["签名或内容校验未通过，可能被篡改或伪造。请勿办理，请持证人出示原件。",
    "簽名或內容校驗未通過，可能被篡改或偽造。請勿辦理，請持證人出示正本。",
    "A signature or a check failed: it may be altered or forged. Do not accept it; ask for the original."],
  revoked_title: ["证照已注销", "證照已註銷", "Revoked"],
  revoked_do: ["发证机关已注销此证照，不能凭此办理。", "發證機關已註銷此證照，不能憑此辦理。",
    "The issuer has revoked it: it cannot be accepted."],
  out_of_date: ["证照不在有效期内", "證照不在有效期內", "Outside its validity"],
  out_of_date_do: ["此证照已过期或尚未生效，请持证人更新证照。", "此證照已過期或尚未生效，請持證人更新證照。",
    "It has expired or is not valid yet; the holder needs a current one."],
  not_ours: ["不是出示给本单位的", "不是出示給本單位的", "Made for another verifier"],
  not_ours_do: ["请持证人在亮证时选择「{name}」，重新生成。", "請持證人在亮證時選擇「{name}」，重新產生。",
    "Ask the holder to choose {name} when showing, and make a new code."],
  unknown: ["发证机关登记中无此证照", "發證機關登記中無此證照", "Not in the issuer's register"],
  unknown_do: ["请持证人联系发证机关，或出示原件。", "請持證人聯絡發證機關，或出示正本。",
    "Ask the holder to contact the issuer, or to show the original."],
  retired: ["证照需要更新", "證照需要更新", "Needs renewing"],
  retired_do: ["签发时使用的密钥已停用。请持证人在卡包中刷新证照后重新出示。",
    "簽發時使用的金鑰已停用。請持證人在卡包中更新證照後重新出示。",
    "The key it was signed with is retired; the holder must get it re-issued and show it again."],
});

// Each refusal reason as the desk acts on it: a title and what to do, one screen per kind.
const FORGED = { title: () => t("forged"), advice: () => t("forged_do"), kind: "forged" };
const STALE = { title: () => t("stale"), advice: () => t("stale_do"), kind: "stale" };
const OUT_OF_DATE = { title: () => t("out_of_date"), advice: () => t("out_of_date_do"), kind: "out-of-date" };
const REFUSALS = {
  replayed: { title: () => t("replayed"), advice: () => t("replayed_do"), kind: "replayed" },
  presentation_expired: STALE,
  presentation_not_yet_valid: STALE,
  malformed: FORGED,
  identifier_check: FORGED,
  wrong_issuer: FORGED,
  unknown_key: FORGED,
  bad_signature: FORGED,
  tampered_disclosure: FORGED,
  bad_key_binding: FORGED,
  revoked: { title: () => t("revoked_title"), advice: () => t("revoked_do"), kind: "revoked" },
  certificate_expired: OUT_OF_DATE,
  certificate_not_yet_valid: OUT_OF_DATE,
  audience_mismatch: { title: () => t("not_ours"), kind: "not-ours",
    advice: (result) => t("not_ours_do", { name: result.verifier?.name ?? "" }) },
  unknown_certificate: { title: () => t("unknown"), advice: () => t("unknown_do"), kind: "unknown" },
  key_retired: { title: () => t("retired"), advice: () => t("retired_do"), kind: "retired" },
};

const CAMERA_REPEAT_MS = 2000; // the same code still in view is not checked again

function organisationCard(organisation) {
  const purposes = organisation.purposes.map((purpose) => purpose.name).join(t("separator"));
  return h("section", { class: "card", "data-testid": "organisation" },
    h("p", { class: "staff-who" }, h("strong", { text: t("organisation", { name: organisation.name }) })),
    h("p", { class: "muted small", text: t("purposes", { purposes }) }));
}

function meta(result) {
  const rows = [
    [t("certificate"), result.type_name],
    [t("issuer"), result.issuer?.name],
    [t("validity"), result.type && validityRange(result)],
    [t("purpose"), result.purpose],
    [t("presented"), result.presented_at && formatDateTime(result.presented_at, { seconds: true })],
  ].filter(([, value]) => value);
  return h("dl", { class: "facts" }, rows.flatMap(([label, value]) => [h("dt", { text: label }), h("dd", { text: value })]),
    result.status && [h("dt", { text: t("status") }), h("dd", {}, statusChip(result.status))]);
}

/** The shown fields in two lists: what the holder chose, and what every copy carries. */
async function sharedLists(result) {
  const [type, context] = await Promise.all([certificateType(result.type).catch(() => undefined),
    valueContext(result.type)]);
  const chosen = new Set((type?.disclosable ?? []).map((item) => item.name));
  const picked = result.fields.filter((row) => chosen.has(row.name));
  const printed = result.fields.filter((row) => !chosen.has(row.name));
  return [
    h("h3", { class: "card-title", text: t("shared") }),
    factList(picked, context, { "data-testid": "shared-fields" }),
    printed.length > 0 && [h("h3", { class: "card-title", text: t("public") }),
      h("p", { class: "muted small", text: t("public_note") }),
      factList(printed, context, { "data-testid": "public-fields" })],
  ];
}

async function resultPanel(result, onNext) {
  const refusal = result.valid ? null : REFUSALS[result.reason] ?? FORGED;
  const title = h("h2", { class: "verify-title", tabindex: "-1",
    text: result.valid ? `✓ ${t("valid")}` : `✗ ${refusal.title()}` });
  const panel = h("section", {
    class: `panel verify-result ${result.valid ? "verify-valid" : `verify-refused verify-${refusal.kind}`}`,
    role: result.valid ? "status" : "alert", "data-testid": "verify-result",
    "data-valid": String(result.valid), "data-reason": result.reason, "data-kind": refusal?.kind ?? "valid",
  },
  refusal && h("span", { class: "chip chip-red verify-chip", text: t("refused") }),
  title,
  refusal && h("p", { class: "verify-reason", "data-testid": "verify-reason", text: result.message }),
  refusal && h("p", { class: "verify-advice", "data-testid": "verify-advice", text: refusal.advice(result) }),
  meta(result),
  result.valid && await sharedLists(result),
  h("button", { type: "button", class: "button button-primary button-block", text: t("next"), onclick: onNext }));
  return { panel, title };
}

/** The desk's request QR for one of its purposes: the holder's phone opens the wallet there. */
function requestCard(organisation) {
  const canvas = h("canvas", { class: "qr qr-request", role: "img", "data-testid": "request-qr" });
  const draw = (purpose) => {
    drawQr(canvas, requestUrl(organisation.id, purpose.code), "#000000", { mode: "Byte", level: "M" });
    canvas.setAttribute("aria-label", t("request_alt", { verifier: organisation.name, purpose: purpose.name }));
  };
  const choices = h("fieldset", { class: "question" }, h("legend", { text: t("request_purpose") }),
    h("div", { class: "choices-list" }, organisation.purposes.map((purpose, index) => h("label", { class: "choice" },
      h("input", { type: "radio", name: "request_purpose", value: purpose.code, checked: index === 0,
        onchange: () => draw(purpose) }),
      h("span", { text: purpose.name })))));
  const card = h("section", { class: "card request-card", "aria-labelledby": "request-title" },
    h("h2", { class: "card-title", id: "request-title", text: t("request") }),
    h("p", { class: "muted small", text: t("request_hint") }), choices,
    h("div", { class: "qr-frame qr-frame-plain" }, canvas));
  if (organisation.purposes.length) requestAnimationFrame(() => draw(organisation.purposes[0]));
  return card;
}

function checker(root, ctx) {
  const outcome = h("div", { class: "slot wide", "aria-live": "polite" });
  const input = h("textarea", { name: "token", rows: "3", autocomplete: "off", spellcheck: "false",
    autocapitalize: "none", "data-testid": "presentation-input" });
  const element = form({ "data-testid": "verify-form" }, field(t("token"), input, t("token_hint")),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("check") }));
  let lastCamera = { text: null, until: 0 };
  const next = () => {
    outcome.replaceChildren();
    input.value = "";
    input.focus();
  };
  onSubmit(element, async () => {
    const token = input.value.trim();
    const result = await api("/ecert/verifications", { method: "POST", body: { token } });
    if (!ctx.alive()) return;
    input.value = "";
    const shown = await resultPanel(result, next);
    outcome.replaceChildren(shown.panel);
    shown.title.focus();
  });
  // A handheld scanner ends with Enter; in a text area that would only add a line.
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      element.requestSubmit();
    }
  });
  const fromCamera = (text) => {
    const now = Date.now();
    const repeat = text === lastCamera.text && now < lastCamera.until;
    lastCamera = { text, until: now + CAMERA_REPEAT_MS };
    if (repeat || outcome.firstChild) return;
    input.value = text;
    element.requestSubmit();
  };
  root.append(outcome, element, cameraBox(fromCamera, ctx));
  input.focus({ preventScroll: true });
}

export default consolePage({
  role: "verifier",
  title: () => t("title"),
  async render(root, ctx) {
    let organisation = null;
    try {
      organisation = await api("/ecert/organisation");
      root.append(organisationCard(organisation));
    } catch (error) {
      root.append(errorPanel(error, () => refresh()));
      if (error.status === 403) return; // not registered with an organisation: nothing to check for
    }
    checker(root, ctx);
    if (organisation) root.append(requestCard(organisation));
  },
});
