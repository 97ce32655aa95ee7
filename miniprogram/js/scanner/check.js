// One scan, from the text read to the outcome shown: online, the server verifies and records
// the passage; without a network (or with the server failing), the signature is checked here
// against the cached key set and the passage is queued for upload.

import { api } from "../api.js";
import { cachedKeys } from "./keys.js";
import { enqueue, newId } from "./queue.js";
import { codeKind } from "./token.js";
import { verifyToken } from "./verify.js";

const MAX_TOKEN = 1000; // the API's limit: a longer text would make its whole batch refused

function fromServer(result) {
  const colourShown = result.reason === "ok" || result.reason.startsWith("colour_");
  return {
    state: colourShown ? result.colour : result.reason,
    maskedName: result.masked_name,
    shownColour: result.token_colour,
    offline: false,
  };
}

async function checkOffline(text, checkpoint, operator, at) {
  const saved = cachedKeys();
  const queued = text.length <= MAX_TOKEN;
  if (queued) await enqueue({ id: newId(), operator, token: text, checkpoint, scanned_at: at });
  if (!saved) return { state: "no_keys", offline: true, queued };
  const check = await verifyToken(text, saved.keys);
  return {
    state: check.valid ? check.claims.colour : check.reason,
    maskedName: check.claims?.maskedName,
    signedAt: check.claims?.issuedAt,
    offline: true,
    queued,
  };
}

/**
 * Check a scanned text at checkpoint for operator; return the outcome to show:
 * {state, maskedName, shownColour, offline, signedAt, queued, checkpoint, at}.
 * A venue code or another region's code is answered here without a request.
 */
export async function checkCode(text, { checkpoint, operator }) {
  const at = new Date().toISOString();
  const base = { checkpoint, at };
  const kind = codeKind(text);
  if (kind === "venue" || kind === "partner") return { ...base, state: kind };
  if (navigator.onLine) {
    try {
      const result = await api("/checkpoint/scans", { method: "POST", body: { token: text, checkpoint } });
      return { ...base, ...fromServer(result) };
    } catch (error) {
      if (!(error.offline || error.status >= 500)) throw error;
    }
  }
  return { ...base, ...(await checkOffline(text, checkpoint, operator, at)) };
}
