// The verifier's screen (证照核验): a bank counter or hotel desk scans a holder's presentation
// QR (the camera, or a handheld scanner typing it) or pastes it, the server checks it once,
// and the screen says valid or why not, with the certificate's type, issuer and status and
// exactly the items the holder chose to show — nothing else, and nothing kept afterwards.

import { api } from "../api.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { formatDateTime, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { cameraBox } from "../scanner/panels.js";
import { errorPanel } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { valueContext } from "../wallet/catalogue.js";
import { factList, statusChip, validityText } from "../wallet/words.js";

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
  shared: ["持证人出示的信息", "持證人出示的資料", "What the holder shows"],
  next: ["核验下一个", "核驗下一個", "Check the next one"],
});

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
    [t("validity"), result.type && validityText(result)],
    [t("purpose"), result.purpose],
    [t("presented"), result.presented_at && formatDateTime(result.presented_at, { seconds: true })],
  ].filter(([, value]) => value);
  return h("dl", { class: "facts" }, rows.flatMap(([label, value]) => [h("dt", { text: label }), h("dd", { text: value })]),
    result.status && [h("dt", { text: t("status") }), h("dd", {}, statusChip(result.status))]);
}

async function resultPanel(result, onNext) {
  const context = result.valid ? await valueContext(result.type) : null;
  const title = h("h2", { class: "verify-title", tabindex: "-1", text: `${result.valid ? "✓" : "✗"} ${result.valid ? t("valid") : t("refused")}` });
  const panel = h("section", {
    class: `panel verify-result ${result.valid ? "verify-valid" : "verify-refused"}`,
    role: result.valid ? "status" : "alert", "data-testid": "verify-result",
    "data-valid": String(result.valid), "data-reason": result.reason,
  },
  title,
  !result.valid && h("p", { class: "verify-reason", "data-testid": "verify-reason", text: result.message }),
  meta(result),
  result.valid && h("h3", { class: "card-title", text: t("shared") }),
  result.valid && factList(result.fields, context, { "data-testid": "shared-fields" }),
  h("button", { type: "button", class: "button button-primary button-block", text: t("next"), onclick: onNext }));
  return { panel, title };
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
    try {
      root.append(organisationCard(await api("/ecert/organisation")));
    } catch (error) {
      root.append(errorPanel(error, () => refresh()));
      if (error.status === 403) return; // not registered with an organisation: nothing to check for
    }
    checker(root, ctx);
  },
});
