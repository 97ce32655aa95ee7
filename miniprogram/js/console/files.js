// Images the API returns behind a token (posters, code cards): saved as a file or printed.
// They are drawn on a canvas rather than shown as blob: images, which the page's content
// security policy does not allow.

import { h } from "../dom.js";

/** Offer a Blob as a download named filename. */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Draw an image Blob on a new canvas with an accessible name. */
export async function canvasOf(blob, label) {
  const bitmap = await createImageBitmap(blob);
  const canvas = h("canvas", { class: "print-image", role: "img", "aria-label": label });
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext("2d").drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas;
}

/** Print an image Blob on a page of its own (the print style sheet hides the app). */
export async function printBlob(blob, label) {
  const sheet = h("div", { class: "print-sheet" }, await canvasOf(blob, label));
  document.body.append(sheet);
  const done = () => sheet.remove();
  window.addEventListener("afterprint", done, { once: true });
  window.print();
  setTimeout(done, 60_000); // a browser that never says the dialog closed
}
