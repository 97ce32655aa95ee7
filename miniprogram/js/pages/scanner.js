// The checkpoint operator's scanner: the camera or a handheld scanner in, a full-screen verdict
// out, today's tally on this device, and offline passages uploaded when the network returns.

import { api } from "../api.js";
import { h } from "../dom.js";
import { colourName, formatDateTime, translator } from "../i18n.js";
import { go, refresh } from "../router.js";
import { cameraAvailable, startCamera } from "../scanner/camera.js";
import { checkCode } from "../scanner/check.js";
import { cue, unlockAudio } from "../scanner/cues.js";
import { cachedKeys, refreshKeys } from "../scanner/keys.js";
import { pending, uploadPending } from "../scanner/queue.js";
import { resultView, tallyOf, toneOf } from "../scanner/result-view.js";
import { countScan, todaysTally } from "../scanner/tally.js";
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
  camera_start: ["打开摄像头扫码", "開啟鏡頭掃碼", "Scan with the camera"],
  camera_stop: ["关闭摄像头", "關閉鏡頭", "Turn the camera off"],
  camera_label: ["摄像头画面", "鏡頭畫面", "Camera view"],
  camera_failed: ["无法打开摄像头：{reason}", "無法開啟鏡頭：{reason}", "The camera did not start: {reason}"],
  camera_insecure: ["摄像头需要安全连接（HTTPS）：请用扫码枪，或以 HTTPS 打开本页", "鏡頭需要安全連線（HTTPS）：請用掃碼槍，或以 HTTPS 開啟本頁",
    "The camera needs a secure (HTTPS) connection: use a handheld scanner, or open this page over HTTPS"],
  handheld: ["扫码枪输入", "掃碼槍輸入", "Handheld scanner"],
  handheld_hint: ["扫码枪扫码后自动回车；也可粘贴码文本后按回车", "掃碼槍掃碼後自動換行；也可貼上碼文字後按 Enter",
    "A handheld scanner types the code and Enter; you can also paste a code and press Enter"],
  check: ["核验", "核驗", "Check"],
  online: ["在线核验", "在線核驗", "Online"],
  offline: ["离线 — 本机核验签名", "離線 — 本機核驗簽名", "Offline — signatures checked on this device"],
  keys_at: ["验证密钥更新于 {time}", "驗證金鑰更新於 {time}", "Keys updated {time}"],
  no_keys: ["尚未下载验证密钥", "尚未下載驗證金鑰", "No verification keys on this device yet"],
  waiting: ["待上传 {count} 条", "待上傳 {count} 條", "{count} waiting to upload"],
  uploaded: ["已上传 {count} 条离线记录", "已上傳 {count} 條離線記錄", "Uploaded {count} offline records"],
  upload_refused: ["{count} 条离线记录被服务器拒收", "{count} 條離線記錄被伺服器拒收", "The server refused {count} offline records"],
  tally: ["今日扫码 {total} 次", "今日掃碼 {total} 次", "Today: {total} scans"],
  refused: ["未通过核验", "未通過核驗", "Refused"],
  tally_note: ["计数仅保存在本机，按核验员和日期分别统计", "計數只保存在本機，按核驗員和日期分別統計",
    "Counted on this device only, per operator and day"],
});

const CHECKPOINT_KEY = "shengshi.scanner.checkpoint";
const KEYS_EVERY_MS = 5 * 60 * 1000;
const AUTO_NEXT = { pass: 3, notice: 6, caution: 6, stop: 8, refused: 8 }; // seconds
const CAMERA_REPEAT_MS = 4000; // the same code held in front of the camera is one scan

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

function tallyView(operator) {
  const tally = todaysTally(operator);
  const item = (name, count, cls) => h("li", { class: `tally-item ${cls}` }, h("span", { text: name }), h("strong", { text: String(count) }));
  return h("section", { class: "card tally", "data-testid": "tally", "aria-labelledby": "tally-title" },
    h("h2", { class: "card-title", id: "tally-title", text: t("tally", { total: tally.total }) }),
    h("ul", { class: "tally-list" },
      item(colourName("green"), tally.green, "chip-green"), item(colourName("yellow"), tally.yellow, "chip-yellow"),
      item(colourName("red"), tally.red, "chip-red"), item(t("refused"), tally.refused, "tally-refused")),
    h("p", { class: "muted small", text: t("tally_note") }));
}

async function statusLine(line, operator) {
  const keys = cachedKeys();
  const waiting = (await pending(operator)).length;
  line.replaceChildren(
    h("strong", { "data-testid": "net-status", text: navigator.onLine ? t("online") : t("offline") }),
    h("span", { text: keys ? t("keys_at", { time: formatDateTime(keys.fetchedAt) }) : t("no_keys") }),
    waiting ? h("span", { "data-testid": "queue-count", text: t("waiting", { count: waiting }) }) : null);
  line.dataset.online = String(navigator.onLine);
}

function cameraBox(onText, ctx) {
  const video = h("video", { class: "camera-view", "aria-label": t("camera_label"), hidden: true, muted: true });
  const toggle = h("button", { type: "button", class: "button button-ghost button-block", text: t("camera_start") });
  const note = h("p", { class: "muted small", hidden: cameraAvailable() });
  note.textContent = t("camera_insecure");
  let stop = null;
  const off = () => {
    stop?.();
    stop = null;
    video.hidden = true;
    toggle.textContent = t("camera_start");
  };
  toggle.addEventListener("click", async () => {
    unlockAudio();
    if (stop) return off();
    try {
      stop = await startCamera(video, onText);
      video.hidden = false;
      toggle.textContent = t("camera_stop");
    } catch (error) {
      toast(t("camera_failed", { reason: error.message || error.name }));
    }
    return undefined;
  });
  ctx.onLeave(off);
  toggle.disabled = !cameraAvailable();
  return h("div", { class: "card camera" }, video, toggle, note);
}

function scanningScreen(root, ctx, session) {
  const operator = session.username;
  const checkpoint = localStorage.getItem(CHECKPOINT_KEY);
  const status = h("p", { class: "scanner-status", "data-testid": "scanner-status", "aria-live": "polite" });
  const overlay = h("div", { class: "scan-overlay" });
  let tally = tallyView(operator);
  let showing = null; // {outcome, left, timer}
  let checking = false;
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
  const scan = async (raw) => {
    const text = raw.trim();
    if (!text || checking) return;
    checking = true;
    try {
      show(await checkCode(text, { checkpoint, operator }));
    } catch (error) {
      toast(error.message);
    } finally {
      checking = false;
      refreshStatus();
    }
  };
  const fromCamera = (text) => {
    if (showing || (text === lastCamera.text && Date.now() < lastCamera.until)) return;
    lastCamera = { text, until: Date.now() + CAMERA_REPEAT_MS };
    scan(text);
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
