// Passages scanned offline wait in IndexedDB until the network returns; then each is uploaded
// (in batches of at most 100) and forgotten once the server has answered for it. Every record
// carries an id made here, and the server keeps a record once by that id, so an upload repeated
// after a lost answer stores nothing twice.

import { api } from "../api.js";

const DB_NAME = "shengshi-scanner";
const STORE = "passages";
const BATCH = 100;
let opened = null;

function database() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

async function run(mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
  });
}

/** A random (version 4) UUID; crypto.randomUUID exists only on HTTPS, getRandomValues everywhere. */
export function newId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Keep a passage {id, operator, token, checkpoint, scanned_at} for upload. */
export function enqueue(passage) {
  return run("readwrite", (store) => store.put(passage));
}

/** Return the passages waiting, of one operator. */
export async function pending(operator) {
  const all = (await run("readonly", (store) => store.getAll())) || [];
  return all.filter((passage) => passage.operator === operator);
}

function forget(ids) {
  return run("readwrite", (store) => ids.forEach((id) => store.delete(id)));
}

async function send(scans) {
  try {
    return (await api("/checkpoint/offline-scans", { method: "POST", body: { scans } })).items;
  } catch (error) {
    if (error.status !== 422) throw error;
    // One unreadable record must not hold the others back: send them one by one, and a
    // record refused on its own is answered (and dropped) as refused.
    if (scans.length === 1) return [{ id: scans[0].id, status: "refused" }];
    const answers = [];
    for (const scan of scans) answers.push(...(await send([scan])));
    return answers;
  }
}

let uploading = null;

/**
 * Upload the operator's waiting passages; return {sent, refused} counts. One upload runs at a
 * time; a request that fails leaves its passages waiting for the next try.
 */
export function uploadPending(operator) {
  uploading ??= (async () => {
    const waiting = await pending(operator);
    const counts = { sent: 0, refused: 0 };
    for (let start = 0; start < waiting.length; start += BATCH) {
      const scans = waiting.slice(start, start + BATCH)
        .map(({ id, token, checkpoint, scanned_at: scannedAt }) => ({ id, token, checkpoint, scanned_at: scannedAt }));
      const answers = await send(scans);
      // Answered means done: recorded, already recorded, or refused for good (never retried).
      await forget(answers.map((item) => item.id));
      counts.refused += answers.filter((item) => item.status === "refused").length;
      counts.sent += answers.length - answers.filter((item) => item.status === "refused").length;
    }
    return counts;
  })().finally(() => {
    uploading = null;
  });
  return uploading;
}
