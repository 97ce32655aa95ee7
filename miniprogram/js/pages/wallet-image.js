// A watermarked copy (用途水印): the certificate as an image with the purpose I type written
// across it, so that a copy handed over for one purpose cannot serve another. It needs a
// step-up on this device; the image is drawn here on a canvas and can be downloaded.

import { api } from "../api.js";
import { canvasOf, saveBlob } from "../console/files.js";
import { h } from "../dom.js";
import { todayIso, translator } from "../i18n.js";
import { toast } from "../ui/feedback.js";
import { field, form, onSubmit } from "../ui/forms.js";
import { withStepUp } from "../ui/step-up.js";
import { statusChip } from "../wallet/words.js";

const t = translator(import.meta.url, {
  title: ["用途水印图片", "用途水印圖片", "Watermarked copy"],
  intro: ["生成带用途水印的证照图片，水印写明用途和日期，复印件不能挪作他用。",
    "產生帶用途水印的證照圖片，水印寫明用途和日期，副本不能挪作他用。",
    "Make an image of the certificate with its purpose and today's date written across it, so a copy cannot be used for anything else."],
  purpose: ["用途", "用途", "Purpose"],
  purpose_hint: ["30 字以内，例如“办理银行开户”；图片上写作“仅供……使用”", "30 字以內，例如「辦理銀行開戶」；圖片上寫作「僅供……使用」",
    "30 characters at most, e.g. \u201cOpening a bank account\u201d; the image says \u201cFor … only\u201d"],
  make: ["生成图片", "產生圖片", "Make the image"],
  image_alt: ["{type}，水印：{purpose}", "{type}，水印：{purpose}", "{type}, watermarked: {purpose}"],
  download: ["下载图片", "下載圖片", "Download"],
  downloaded: ["已下载", "已下載", "Downloaded"],
  logged: ["每次生成都会记入使用记录", "每次產生都會記入使用記錄", "Each copy made goes into your log of uses"],
});

function result(blob, canvas, filename) {
  const download = h("button", { type: "button", class: "button button-primary button-block", text: t("download"),
    onclick: () => {
      saveBlob(blob, filename);
      toast(t("downloaded"));
    } });
  return h("section", { class: "card image-result", "data-testid": "watermarked" }, canvas, download);
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const path = `/wallet/certificates/${encodeURIComponent(ctx.params.id ?? "")}`;
    const certificate = await api(path);
    const outcome = h("div", { class: "slot" });
    const purpose = h("input", { name: "purpose", maxlength: "30", autocomplete: "off", required: true });
    const element = form({ "data-testid": "image-form" },
      h("div", { class: "cert-head" }, h("h2", { class: "card-title", text: certificate.type_name }),
        statusChip(certificate.status)),
      h("p", { class: "muted", text: t("intro") }),
      field(t("purpose"), purpose, t("purpose_hint")),
      h("p", { class: "muted small", text: t("logged") }),
      h("button", { type: "submit", class: "button button-primary button-block", text: t("make") }));
    onSubmit(element, async () => {
      outcome.replaceChildren();
      const text = purpose.value.trim();
      const blob = await withStepUp(() => api(`${path}/image.png`, { query: { purpose: text }, as: "blob" }));
      if (!ctx.alive()) return;
      const canvas = await canvasOf(blob, t("image_alt", { type: certificate.type_name, purpose: text }));
      outcome.replaceChildren(result(blob, canvas, `${certificate.type_name}-${todayIso()}.png`));
      outcome.scrollIntoView({ block: "start" });
    });
    root.append(element, outcome);
  },
};
