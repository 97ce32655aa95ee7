// Draw a token as a QR code in the browser, so a display costs one request and one signature:
// the token comes in the JSON and never goes back to the server as an image. Health codes are
// alphanumeric with error correction M; e-certificate presentations (base64url, ".", "~") are
// byte mode with L, as the server's own renderer (ecert/qr.py) lays them out.

import qrcode from "../vendor/qrcode-generator/qrcode.mjs";

const QUIET_ZONE = 4; // modules of white around the symbol, as ISO/IEC 18004 asks

/** Return the token's module matrix (by default alphanumeric mode, error correction M). */
export function qrMatrix(token, { mode = "Alphanumeric", level = "M" } = {}) {
  const qr = qrcode(0, level);
  qr.addData(token, mode);
  qr.make();
  const count = qr.getModuleCount();
  return Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, col) => qr.isDark(row, col)));
}

/**
 * Draw the token on canvas, dark modules in colour (a CSS colour) on white, each module a
 * whole number of device pixels so that nothing is blurred; options as for qrMatrix.
 */
export function drawQr(canvas, token, colour, options) {
  const matrix = qrMatrix(token, options);
  const span = matrix.length + 2 * QUIET_ZONE;
  const cssSize = canvas.getBoundingClientRect().width || 220;
  const scale = Math.max(1, Math.ceil((cssSize * (window.devicePixelRatio || 1)) / span));
  canvas.width = span * scale;
  canvas.height = span * scale;
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = colour;
  matrix.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) context.fillRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale);
  }));
}
