// The presentation QR (亮证) full screen: whom it is for and what it shows, a live clock, the
// QR drawn here from the token (byte mode, error correction L, as the server's renderer), a
// countdown to its expiry, and afterwards a greyed "expired — make a new one".

import { h } from "../dom.js";
import { clockParts, formatDateTime, translator } from "../i18n.js";
import { drawQr } from "../qr.js";

const t = translator(import.meta.url, {
  heading: ["出示给 {verifier}", "出示給 {verifier}", "For {verifier}"],
  purpose: ["用途：{purpose}", "用途：{purpose}", "Purpose: {purpose}"],
  certificate: ["{type} · {holder}", "{type} · {holder}", "{type} · {holder}"],
  shows: ["出示内容：{items}", "出示內容：{items}", "Shows: {items}"],
  separator: ["、", "、", ", "],
  qr_alt: ["{type}出示二维码，有效至 {time}", "{type}出示二維碼，有效至 {time}", "{type} QR code, valid until {time}"],
  qr_expired_alt: ["已失效的出示二维码", "已失效的出示二維碼", "Expired QR code, not valid"],
  left: ["{time} 后失效 · 仅可核验一次", "{time} 後失效 · 只可核驗一次", "Expires in {time} · checks once"],
  expired: ["已过期 — 请重新生成", "已過期 — 請重新生成", "Expired — make a new one"],
  stamp: ["已失效", "已失效", "Expired"],
  again: ["重新生成", "重新生成", "Make a new one"],
  close: ["完成", "完成", "Done"],
});

const QR = { mode: "Byte", level: "L" };

function parts(presentation, { typeName, holderName, always, onAgain, onClose }) {
  const items = [...presentation.disclosed.map((item) => item.label), ...always].join(t("separator"));
  const p = {
    date: h("div", { class: "clock-date" }),
    time: h("div", { class: "clock-time", "data-testid": "clock" }),
    qr: h("canvas", { class: "qr qr-big", role: "img", "data-testid": "presentation-qr" }),
    stamp: h("div", { class: "qr-stamp", "aria-hidden": "true" }),
    countdown: h("p", { class: "qr-countdown", "data-testid": "countdown", "aria-live": "off" }),
    again: h("button", { type: "button", class: "button button-primary button-block", hidden: true,
      "data-testid": "again", text: t("again"), onclick: onAgain }),
    close: h("button", { type: "button", class: "button button-ghost button-block", text: t("close"), onclick: onClose }),
  };
  p.clock = h("div", { class: "clock" }, p.date, p.time);
  p.title = h("h2", { class: "qr-title", id: "qr-title", tabindex: "-1",
    text: t("heading", { verifier: presentation.verifier.name }) });
  p.screen = h("div", { class: "qr-screen", role: "dialog", "aria-modal": "true", "aria-labelledby": "qr-title",
    "data-testid": "qr-screen", "data-state": "live" },
  h("div", { class: "qr-screen-inner" },
    p.title,
    h("p", { class: "qr-purpose", text: t("purpose", { purpose: presentation.purpose.name }) }),
    h("p", { class: "qr-certificate", text: t("certificate", { type: typeName, holder: holderName }) }),
    p.clock,
    h("div", { class: "qr-frame qr-frame-plain" }, p.qr, p.stamp),
    p.countdown,
    h("p", { class: "qr-shows", "data-testid": "shows", text: t("shows", { items }) }),
    p.again, p.close));
  return p;
}

function tick(p) {
  const now = clockParts();
  p.date.textContent = now.date;
  p.time.textContent = now.time;
}

function expire(p, presentation) {
  p.screen.dataset.state = "expired";
  p.clock.hidden = true; // a ticking clock would say "live"
  p.stamp.textContent = t("stamp");
  p.countdown.textContent = t("expired");
  p.countdown.setAttribute("role", "alert");
  p.qr.setAttribute("aria-label", t("qr_expired_alt"));
  p.again.hidden = false;
  p.again.focus();
  drawQr(p.qr, presentation.token, "#9aa1ab", QR);
}

async function keepAwake() {
  // The screen stays on while the counter reads it (where the browser allows it).
  try {
    return await navigator.wakeLock?.request("screen");
  } catch {
    return null;
  }
}

/**
 * Show a presentation full screen until it is closed; typeName and holderName (masked) name the
 * certificate; always:
 * labels of what every copy of the certificate shows anyway (its plain fields). onAgain makes a new one; onClose ends.
 * ctx is the page's (its timer stops when the page is left). Returns close().
 */
export function showPresentation(presentation, { ctx, typeName, holderName, always = [], onAgain, onClose }) {
  let lock = null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    lock?.release().catch(() => {});
    p.screen.remove();
    document.body.classList.remove("qr-showing");
  };
  const p = parts(presentation, { typeName, holderName, always, onAgain, onClose: () => { close(); onClose?.(); } });
  const lifetime = Date.parse(presentation.expires_at) - Date.parse(presentation.issued_at);
  const validUntil = Date.now() + lifetime; // from receipt: a phone whose clock is off still expires it on time
  document.body.append(p.screen);
  document.body.classList.add("qr-showing");
  tick(p);
  drawQr(p.qr, presentation.token, "#000000", QR);
  p.qr.setAttribute("aria-label", t("qr_alt", { type: typeName,
    time: formatDateTime(presentation.expires_at, { seconds: true }) }));
  const count = () => {
    const left = Math.max(0, Math.ceil((validUntil - Date.now()) / 1000));
    if (left <= 0) return expire(p, presentation);
    p.countdown.textContent = t("left", { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}` });
    return undefined;
  };
  count();
  ctx.every(1000, () => {
    if (closed || p.screen.dataset.state !== "live") return;
    tick(p);
    count();
  });
  ctx.onLeave(close);
  keepAwake().then((sentinel) => {
    if (closed) sentinel?.release();
    else lock = sentinel;
  });
  p.title.focus();
  return close;
}
