// Read a health-code token in the browser exactly as the server does
// (health_code/codes/framing.py, health_token.py and base45.py), so that a scanner without a
// network reaches the same verdict:
//
//   text    = "HC1:" + Base45(payload + signature)
//   payload = header | kid | body       header: kind (bits 7-6) | colour (bits 5-4) | kid length
//   body    = subject id (10) | issued-at (4, Unix seconds) | lifetime (3, seconds) | masked name
//   signed  = "shengshi/health-code/v1\0" + payload   (Ed25519, 64 bytes)
//
// Nothing but the kid is trusted before the signature holds.

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
const VALUE = new Map([...ALPHABET].map((char, value) => [char, value]));

export const TAG = "HC1:";
export const CONTEXT = new TextEncoder().encode("shengshi/health-code/v1\0");
export const LEEWAY_SECONDS = 30;
const MAX_CHARS = 400;
const SIGNATURE_BYTES = 64;
const MAX_KID_BYTES = 8;
const FIXED_BODY = 17;
const MAX_NAME_BYTES = 12;
const COLOURS = ["green", "yellow", "red"];
const KINDS = ["P", "F", "C"];

/** Decode RFC 9285 Base45; throw on anything that is not valid Base45. */
export function base45Decode(text) {
  if (text.length % 3 === 1) throw new Error("Base45 length leaves a lone character");
  const out = [];
  for (let start = 0; start < text.length; start += 3) {
    const group = text.slice(start, start + 3);
    let value = 0;
    for (let i = group.length - 1; i >= 0; i -= 1) {
      if (!VALUE.has(group[i])) throw new Error("character outside the Base45 alphabet");
      value = value * 45 + VALUE.get(group[i]);
    }
    if (group.length === 3) {
      if (value >= 65536) throw new Error("Base45 group out of range");
      out.push(value >> 8, value & 0xff);
    } else {
      if (value >= 256) throw new Error("Base45 group out of range");
      out.push(value);
    }
  }
  return Uint8Array.from(out);
}

function isAsciiAlnum(bytes) {
  return bytes.length > 0 && bytes.every((b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122));
}

/** Split a token into {kid, flags, body, payload, signature}, or null when it is not one. */
export function parseFrame(text) {
  if (typeof text !== "string" || [...text].length > MAX_CHARS || !text.startsWith(TAG)) return null;
  let raw;
  try {
    raw = base45Decode(text.slice(TAG.length));
  } catch {
    return null;
  }
  const payload = raw.slice(0, Math.max(0, raw.length - SIGNATURE_BYTES));
  const signature = raw.slice(Math.max(0, raw.length - SIGNATURE_BYTES));
  const kidEnd = payload.length ? 1 + (payload[0] & 0x0f) : 0;
  const kid = payload.slice(1, kidEnd);
  const bodySize = payload.length - kidEnd;
  if (kidEnd < 2 || kidEnd > 1 + MAX_KID_BYTES || bodySize < FIXED_BODY || bodySize > FIXED_BODY + MAX_NAME_BYTES) return null;
  if (!isAsciiAlnum(kid) || signature.length !== SIGNATURE_BYTES) return null;
  return {
    kid: String.fromCharCode(...kid), flags: payload[0] >> 4, body: payload.slice(kidEnd), payload, signature,
  };
}

/** The bytes the signature covers: the signing context, then the payload. */
export function signedBytes(frame) {
  const signed = new Uint8Array(CONTEXT.length + frame.payload.length);
  signed.set(CONTEXT);
  signed.set(frame.payload, CONTEXT.length);
  return signed;
}

function readUint(bytes) {
  return bytes.reduce((value, byte) => value * 256 + byte, 0);
}

// Python's str.isprintable(): no control, format, surrogate, private-use, unassigned or
// separator characters, except the ASCII space.
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

/** Read the claims of a frame whose signature holds; null when they break the format's rules. */
export function unpackClaims(frame) {
  const { flags, body, kid } = frame;
  const colour = COLOURS[flags & 0x03];
  const kind = KINDS[flags >> 2];
  const issued = readUint(body.slice(10, 14));
  const lifetime = readUint(body.slice(14, 17));
  let name;
  try {
    name = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body.slice(FIXED_BODY));
  } catch {
    return null;
  }
  if (!colour || !kind || lifetime <= 0) return null;
  if ((name && !name.includes("*")) || UNPRINTABLE.test(name)) return null;
  const subjectId = [...body.slice(0, 10)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { colour, kind, subjectId, maskedName: name, issuedAt: issued * 1000, expiresAt: (issued + lifetime) * 1000, kid };
}

/** Refuse claims issued in the future (beyond the leeway) or past their expiry, at nowSeconds. */
export function windowRefusal(claims, nowSeconds) {
  if (claims.issuedAt / 1000 > nowSeconds + LEEWAY_SECONDS) return "not_yet_valid";
  if (nowSeconds >= claims.expiresAt / 1000) return "expired";
  return null;
}

/** Tell what was scanned: "health" (HC1:), "partner" (another region's, XXHC1:), "venue" (VC1:) or "other". */
export function codeKind(text) {
  if (text.startsWith(TAG)) return "health";
  if (/^[A-Z]{2}HC1:/.test(text)) return "partner";
  if (text.startsWith("VC1:")) return "venue";
  return "other";
}
