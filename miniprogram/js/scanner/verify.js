// Verify a health-code token in the browser against the published key set, with the server's
// refusal vocabulary: malformed, unknown_key, key_retired, bad_signature, expired, not_yet_valid.
//
// Ed25519 through WebCrypto where the browser has it; otherwise the vendored @noble/ed25519
// (RFC 8032 strict mode, as OpenSSL verifies on the server), with @noble/hashes' SHA-512 so it
// works on plain HTTP too, where crypto.subtle does not exist.

import { parseFrame, signedBytes, unpackClaims, windowRefusal } from "./token.js";

function base64url(text) {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
}

async function webCryptoVerify(publicKey, signature, message) {
  const key = await crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
  return crypto.subtle.verify({ name: "Ed25519" }, key, signature, message);
}

let noble = null;

async function nobleVerify(publicKey, signature, message) {
  noble ??= Promise.all([
    import("../../vendor/noble-ed25519/index.js"),
    import("../../vendor/noble-hashes/sha2.js"),
  ]).then(([ed, hashes]) => {
    ed.hashes.sha512 = hashes.sha512;
    return ed;
  });
  const ed = await noble;
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

let webCryptoWorks = null; // learnt on first use: true, or false once the browser refused

/** Check one Ed25519 signature with engine "webcrypto", "noble" or "auto" (WebCrypto if it can). */
export async function ed25519Verify(publicKey, signature, message, engine = "auto") {
  if (engine === "noble" || (engine === "auto" && (webCryptoWorks === false || !globalThis.crypto?.subtle))) {
    return nobleVerify(publicKey, signature, message);
  }
  try {
    const valid = await webCryptoVerify(publicKey, signature, message);
    webCryptoWorks = true;
    return valid;
  } catch (error) {
    if (engine === "webcrypto") throw error;
    webCryptoWorks = false; // no Ed25519 in this browser's WebCrypto (or a key it will not import)
    return nobleVerify(publicKey, signature, message);
  }
}

/** Tell which engine "auto" uses in this browser (after a first verification). */
export function ed25519Engine() {
  return webCryptoWorks ? "webcrypto" : "noble";
}

/**
 * Verify text against keySet (the document at /.well-known/health-code-keys.json) at now (ms).
 * Return {valid, reason, claims, kid}; claims are set once the signature holds.
 */
export async function verifyToken(text, keySet, now = Date.now(), { engine = "auto" } = {}) {
  const nowSeconds = Math.floor(now / 1000);
  const frame = parseFrame(text);
  if (!frame) return { valid: false, reason: "malformed", claims: null, kid: null };
  const entry = (keySet?.keys || []).find((key) => key.kid === frame.kid);
  const refuse = (reason, claims = null) => ({ valid: false, reason, claims, kid: frame.kid });
  if (!entry) return refuse("unknown_key");
  if (entry.retired_at && nowSeconds >= Math.floor(Date.parse(entry.retired_at) / 1000)) return refuse("key_retired");
  let publicKey;
  try {
    publicKey = base64url(entry.x);
  } catch {
    return refuse("bad_signature");
  }
  if (!(await ed25519Verify(publicKey, frame.signature, signedBytes(frame), engine))) return refuse("bad_signature");
  const claims = unpackClaims(frame);
  if (!claims) return refuse("malformed");
  const late = windowRefusal(claims, nowSeconds);
  if (late) return refuse(late, claims);
  return { valid: true, reason: "ok", claims, kid: frame.kid };
}
