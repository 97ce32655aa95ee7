// The scanner's standing panels: today's tally, the network and queue line, the camera.

import { h } from "../dom.js";
import { colourName, formatDateTime, translator } from "../i18n.js";
import { toast } from "../ui/feedback.js";
import { cameraAvailable, startCamera } from "./camera.js";
import { unlockAudio } from "./cues.js";
import { cachedKeys } from "./keys.js";
import { pending } from "./queue.js";
import { todaysTally } from "./tally.js";

const t = translator(import.meta.url, {
  camera_start: ["打开摄像头扫码", "開啟鏡頭掃碼", "Scan with the camera"],
  camera_stop: ["关闭摄像头", "關閉鏡頭", "Turn the camera off"],
  camera_label: ["摄像头画面", "鏡頭畫面", "Camera view"],
  camera_failed: ["无法打开摄像头：{reason}", "無法開啟鏡頭：{reason}", "The camera did not start: {reason}"],
  camera_insecure: ["摄像头需要安全连接（HTTPS）：请用扫码枪，或以 HTTPS 打开本页", "鏡頭需要安全連線（HTTPS）：請用掃碼槍，或以 HTTPS 開啟本頁",
    "The camera needs a secure (HTTPS) connection: use a handheld scanner, or open this page over HTTPS"],
  online: ["在线核验", "在線核驗", "Online"],
  offline: ["离线 — 本机核验签名", "離線 — 本機核驗簽名", "Offline — signatures checked on this device"],
  keys_at: ["验证密钥更新于 {time}", "驗證金鑰更新於 {time}", "Keys updated {time}"],
  no_keys: ["尚未下载验证密钥", "尚未下載驗證金鑰", "No verification keys on this device yet"],
  waiting: ["待上传 {count} 条", "待上傳 {count} 條", "{count} waiting to upload"],
  tally: ["今日扫码 {total} 次", "今日掃碼 {total} 次", "Today: {total} scans"],
  refused: ["未通过核验", "未通過核驗", "Refused"],
  tally_note: ["计数仅保存在本机，按核验员和日期分别统计", "計數只保存在本機，按核驗員和日期分別統計",
    "Counted on this device only, per operator and day"],
});

/** Today's count at this device by outcome, with where it is kept. */
export function tallyView(operator) {
  const tally = todaysTally(operator);
  const item = (name, count, cls) => h("li", { class: `tally-item ${cls}` }, h("span", { text: name }), h("strong", { text: String(count) }));
  return h("section", { class: "card tally", "data-testid": "tally", "aria-labelledby": "tally-title" },
    h("h2", { class: "card-title", id: "tally-title", text: t("tally", { total: tally.total }) }),
    h("ul", { class: "tally-list" },
      item(colourName("green"), tally.green, "chip-green"), item(colourName("yellow"), tally.yellow, "chip-yellow"),
      item(colourName("red"), tally.red, "chip-red"), item(t("refused"), tally.refused, "tally-refused")),
    h("p", { class: "muted small", text: t("tally_note") }));
}

/** Fill line with the network state, the age of the cached keys and the queue's length. */
export async function statusLine(line, operator) {
  const keys = cachedKeys();
  const waiting = (await pending(operator)).length;
  line.replaceChildren(
    h("strong", { "data-testid": "net-status", text: navigator.onLine ? t("online") : t("offline") }),
    h("span", { text: keys ? t("keys_at", { time: formatDateTime(keys.fetchedAt) }) : t("no_keys") }),
    waiting ? h("span", { "data-testid": "queue-count", text: t("waiting", { count: waiting }) }) : null);
  line.dataset.online = String(navigator.onLine);
}

/** The camera's view and its on/off button; onText(text) for each code it reads. */
export function cameraBox(onText, ctx) {
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
