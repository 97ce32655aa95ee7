// Scanning a desk's request (扫码亮证): the camera reads the QR code the verifier's screen shows
// (or its link is pasted), and the wallet opens at that desk and purpose. Anything else read is
// refused beside the field, and nothing is shown to anyone from this screen.

import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { go } from "../router.js";
import { cameraBox } from "../scanner/panels.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";
import { readRequest } from "../wallet/request.js";

const t = translator(import.meta.url, {
  title: ["扫码亮证", "掃碼亮證", "Show to a desk"],
  intro: ["扫描核验单位屏幕上的「请出示」二维码，选择证照和出示的信息后再生成您的出示码。",
    "掃描核驗單位螢幕上的「請出示」二維碼，選擇證照和出示的資料後再產生您的出示碼。",
    "Scan the request QR code on the desk's screen; you then choose the certificate and what to share."],
  link: ["或粘贴二维码链接", "或貼上二維碼連結", "Or paste the code's link"],
  open: ["打开", "打開", "Open"],
  not_request: ["这不是核验单位的出示请求二维码", "這不是核驗單位的出示請求二維碼", "This is not a desk's request code"],
});

function open(request) {
  go(`/wallet/request?${new URLSearchParams(request)}`);
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  render(root, ctx) {
    const input = h("input", { name: "link", type: "url", autocomplete: "off", spellcheck: "false",
      autocapitalize: "none", inputmode: "url" });
    const element = form({ "data-testid": "request-form" }, field(t("link"), input),
      h("button", { type: "submit", class: "button button-primary button-block", text: t("open") }));
    onSubmit(element, async () => {
      const request = readRequest(input.value);
      if (!request) throw localRefusal({ link: [t("not_request")] });
      open(request);
    });
    const fromCamera = (text) => {
      const request = readRequest(text);
      if (request) open(request);
    };
    root.append(h("p", { class: "panel", text: t("intro") }), cameraBox(fromCamera, ctx), element);
  },
};
