// The checkpoint operator's scanner: the camera or a handheld scanner in, a full-screen verdict
// out, today's tally on this device, and offline passages uploaded when the network returns.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { go, refresh } from "../router.js";
import { checkCode } from "../scanner/check.js";
import { cue, unlockAudio } from "../scanner/cues.js";
import { refreshKeys } from "../scanner/keys.js";
import { cameraBox, statusLine, tallyView } from "../scanner/panels.js";
import { uploadPending } from "../scanner/queue.js";
import { resultView, tallyOf, toneOf } from "../scanner/result-view.js";
import { countScan } from "../scanner/tally.js";
import { hasRole, STAFF_LOGIN, staffSession } from "../staff.js";
import { tokens } from "../store.js";
import { toast } from "../ui/feedback.js";
import { field, form as formBox, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["扫码核验", "掃碼核驗", "Code check"],
  not_operator: ["此页面仅供卡口核验员使用", "此頁面僅供關口核驗員使用", "This screen is for checkpoint operators"],
  operator_login: ["以核验员身份登录", "以核驗員身份登入", "Log in as an operator"],
  operator: ["核验员 {name}", "核驗員 {name}", "Operator {name}"],
  logout: ["退出登录", "登出", "Log out"],
  checkpoint: ["卡口名称", "關口名稱", "Checkpoint"],
  checkpoint_hint: ["写入每条通行记录，例如“深圳北站 B2 入口”", "寫入每條通行記錄，例如「深圳北站 B2 入口」",
    "Written into every passage record, e.g. \u201cShenzhen North B2 entrance\u201d"],
  start: ["开始核验", "開始核驗", "Start checking"],
  change: ["更改卡口", "更改關口", "Change checkpoint"],
  at_checkpoint: ["卡口：{name}", "關口：{name}", "Checkpoint: {name}"],
  handheld: ["扫码枪输入", "掃碼槍輸入", "Handheld scanner"],
  handheld_hint: ["扫码枪扫码后自动回车；也可粘贴码文本后按回车", "掃碼槍掃碼後自動換行；也可貼上碼文字後按 Enter",
    "A handheld scanner types the code and Enter; you can also paste a code and press Enter"],
  check: ["核验", "核驗", "Check"],
  uploaded: ["已上传 {count} 条离线记录", "已上傳 {count} 條離線記錄", "Uploaded {count} offline records"],
  upload_refused: ["{count} 条离线记录被服务器拒收", "{count} 條離線記錄被伺服器拒收", "The server refused {count} offline records"],
});

const CHECKPOINT_KEY = "shengshi.scanner.checkpoint";
const KEYS_EVERY_MS = 5 * 60 * 1000;
const AUTO_NEXT = { pass: 3, notice: 6, caution: 6, stop: 8, refused: 8 }; // seconds
const CAMERA_REPEAT_MS = 2000; // out of view this long, the same code counts as a new scan

function notOperator(root) {
  root.append(h("div", { class: "panel panel-error", role: "alert", "data-testid": "not-operator" },
    h("p", { text: t("not_operator") }),
    h("a", { class: "button button-primary", href: `#${STAFF_LOGIN}`, text: t("operator_login") })));
}

function checkpointForm(onSave) {
  const input = h("input", { name: "checkpoint", maxlength: "100", required: true, autocomplete: "off",
    value: localStorage.getItem(CHECKPOINT_KEY) || "" });
  const element = formBox({ "data-testid": "checkpoint-form" },
    field(t("checkpoint"), input, t("checkpoint_hint")),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("start") }));
  return onSubmit(element, async () => {
    const name = input.value.trim();
    if (!name) return;
    localStorage.setItem(CHECKPOINT_KEY, name);
    onSave();
  });
}

function scanningScreen(root, ctx, session) {
  const operator = session.username;
  const checkpoint = localStorage.getItem(CHECKPOINT_KEY);
  const status = h("p", { class: "scanner-status", "data-testid": "scanner-status", "aria-live": "polite" });
  const overlay = h("div", { class: "scan-overlay" });
  let tally = tallyView(operator);
  let showing = null; // {left, view}: the result on screen and its seconds left
  let queue = Promise.resolve(); // scans are checked one after another, none dropped
  let lastCamera = { text: null, until: 0 };

  const refreshStatus = () => statusLine(status, operator).catch(() => {});
  const upload = () => {
    if (!navigator.onLine) return;
    uploadPending(operator).then(({ sent, refused }) => {
      if (sent) toast(t("uploaded", { count: sent }));
      if (refused) toast(t("upload_refused", { count: refused }));
    }, () => {}).finally(refreshStatus);
  };
  const dismiss = () => {
    if (!showing) return;
    showing = null;
    overlay.replaceChildren();
    document.body.classList.remove("scan-showing");
    input.focus({ preventScroll: true });
  };
  const show = (outcome) => {
    const tone = toneOf(outcome.state);
    const seconds = AUTO_NEXT[tone];
    const view = resultView(outcome, { seconds, onNext: dismiss });
    showing = { left: seconds, view };
    overlay.replaceChildren(view.view);
    document.body.classList.add("scan-showing");
    cue(tone);
    const counted = tallyOf(outcome.state);
    if (counted) {
      countScan(operator, counted);
      const next = tallyView(operator);
      tally.replaceWith(next);
      tally = next;
    }
  };
  const scan = (raw) => {
    const text = raw.trim();
    if (!text) return;
    queue = queue.then(() => checkCode(text, { checkpoint, operator }))
      .then((outcome) => ctx.alive() && show(outcome), (error) => toast(error.message))
      .finally(refreshStatus);
  };
  const fromCamera = (text) => {
    // A code held in view is one scan: it counts again only after leaving the view a while.
    const now = Date.now();
    const repeat = text === lastCamera.text && now < lastCamera.until;
    lastCamera = { text, until: now + CAMERA_REPEAT_MS };
    if (!showing && !repeat) scan(text);
  };

  const input = h("input", { name: "code", autocomplete: "off", autocapitalize: "characters", spellcheck: "false",
    enterkeyhint: "done", "data-testid": "handheld" });
  const handheld = formBox({ class: "card form handheld" },
    field(t("handheld"), input, t("handheld_hint")),
    h("button", { type: "submit", class: "button button-primary button-block", text: t("check") }));
  handheld.addEventListener("submit", (event) => {
    event.preventDefault();
    unlockAudio();
    const text = input.value;
    input.value = "";
    scan(text);
  });
  const logout = h("button", { type: "button", class: "button button-ghost", text: t("logout") });
  logout.addEventListener("click", () => logOut(logout));

  root.append(
    h("div", { class: "card scanner-who" },
      h("p", { class: "scanner-operator", text: t("operator", { name: operator }) }),
      h("p", { class: "scanner-checkpoint", "data-testid": "checkpoint", text: t("at_checkpoint", { name: checkpoint }) }),
      h("div", { class: "scanner-actions" },
        h("button", { type: "button", class: "button button-ghost", text: t("change"),
          onclick: () => { localStorage.removeItem(CHECKPOINT_KEY); refresh(); } }),
        logout)),
    status, handheld, cameraBox(fromCamera, ctx), tally, overlay);
  ctx.onLeave(() => document.body.classList.remove("scan-showing"));
  for (const name of ["online", "offline"]) {
    const listener = () => (name === "online" ? (refreshKeys().then(refreshStatus), upload()) : refreshStatus());
    window.addEventListener(name, listener);
    ctx.onLeave(() => window.removeEventListener(name, listener));
  }
  ctx.every(1000, () => {
    if (!showing) return;
    showing.left -= 1;
    if (showing.left <= 0) dismiss();
    else showing.view.countdown(showing.left);
  });
  ctx.every(KEYS_EVERY_MS, () => navigator.onLine && refreshKeys().then(refreshStatus));
  ctx.every(30 * 1000, upload); // a network that came back without an "online" event
  refreshStatus();
  refreshKeys().then(refreshStatus);
  upload();
  input.focus({ preventScroll: true });
}

async function logOut(button) {
  button.disabled = true;
  try {
    await api("/auth/tokens", { method: "DELETE" });
  } catch {
    // offline: this device forgets the tokens all the same
  } finally {
    tokens.clear();
    go(STAFF_LOGIN, { replace: true });
  }
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  render(root, ctx) {
    const session = staffSession();
    if (!session || !hasRole("checkpoint_operator")) return notOperator(root);
    if (localStorage.getItem(CHECKPOINT_KEY)) scanningScreen(root, ctx, session);
    else root.append(checkpointForm(() => refresh()));
    return undefined;
  },
};
