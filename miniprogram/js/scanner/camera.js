// The phone camera as a QR reader: frames from getUserMedia drawn small on a canvas and
// decoded with the vendored jsQR (plain JavaScript: no WebAssembly, no eval, so the page's
// content-security policy needs no change), a few times a second.

const SCAN_EVERY_MS = 150;
const MAX_SIDE = 640; // enough pixels for a phone-screen QR, few enough to decode in ~10 ms

let jsQR = null;

async function decoder() {
  if (!jsQR) {
    await import("../../vendor/jsqr/jsQR.js"); // a UMD build: it defines self.jsQR
    jsQR = self.jsQR;
  }
  return jsQR;
}

/** Decode a QR in an ImageData; return its text or null. Loads the decoder on first use. */
export async function decodeImageData(image) {
  const decode = await decoder();
  const found = decode(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" });
  return found ? found.data : null;
}

/** Tell whether this browser can give a camera (only in a secure context: HTTPS or localhost). */
export function cameraAvailable() {
  return Boolean(globalThis.isSecureContext && navigator.mediaDevices?.getUserMedia);
}

/**
 * Show the back camera in video and call onText(text) for each QR decoded; return stop().
 * Throws the browser's error when the camera is refused or missing.
 */
export async function startCamera(video, onText) {
  await decoder();
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: "environment", width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false,
  });
  video.srcObject = stream;
  video.setAttribute("playsinline", "");
  video.muted = true;
  await video.play();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  let running = true;
  let last = 0;
  const frame = async (time) => {
    if (!running) return;
    if (time - last >= SCAN_EVERY_MS && video.readyState >= 2 && video.videoWidth) {
      last = time;
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const text = await decodeImageData(context.getImageData(0, 0, canvas.width, canvas.height));
      if (text && running) onText(text);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return () => {
    running = false;
    stream.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };
}
