// The one way pages talk to the API: language, bearer token, error envelope, token refresh.

import { t } from "./i18n.js";
import { prefs, tokens } from "./store.js";

const BASE = "/api/v1";
export const PAGE_SIZE = 20; // the API's default page
export const SESSION_ENDED = "shengshi:session-ended";

/** A refusal from the API; message is the envelope's text, already in the reader's language. */
export class ApiError extends Error {
  constructor(status, envelope) {
    super(envelope.message);
    this.status = status;
    this.key = envelope.error;
    this.errors = envelope.errors || {};
  }

  /** True when the request never reached the server (offline, DNS, connection refused). */
  get offline() {
    return this.status === 0;
  }
}

let refreshing = null;

/**
 * Call the API and return its JSON (or a Blob with as: "blob"); body is JSON, a FormData, or a
 * File or Blob sent as it is with its own type (a CSV file, say); headers are added to the
 * request (an Idempotency-Key, say).
 * An expired access token is refreshed once with the refresh token and the call retried.
 */
export async function api(path, { method = "GET", body, query, as = "json", headers } = {}) {
  const url = BASE + path + (query ? `?${new URLSearchParams(query)}` : "");
  const sent = tokens.get()?.access;
  let response = await send(url, { method, body, as, bearer: sent, extra: headers });
  if (response.status === 401 && sent) {
    const envelope = await readEnvelope(response.clone());
    if (envelope.error === "auth.expired_token") {
      // Another call may already have refreshed while this one was in flight.
      if (tokens.get()?.access === sent) await refresh();
      response = await send(url, { method, body, as, bearer: tokens.get()?.access, extra: headers });
    }
  }
  if (!response.ok) {
    const envelope = await readEnvelope(response);
    if (response.status === 401 && sent) endSession();
    throw new ApiError(response.status, envelope);
  }
  if (as === "blob") return response.blob();
  return response.status === 204 ? null : response.json();
}

/** Read one page of a list endpoint: {items, total}, asked for with ?limit=&offset=. */
export async function apiList(path, { limit = PAGE_SIZE, offset = 0, query = {} } = {}) {
  const answer = await api(path, { query: { ...query, limit, offset } });
  return { items: answer.items, total: answer.total };
}

function send(url, { method, body, as, bearer, extra }) {
  const headers = {
    ...extra,
    "Accept-Language": prefs().language,
    Accept: as === "blob" ? "image/png" : "application/json",
  };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  // A FormData body (a file upload) is sent as multipart/form-data with its own boundary,
  // a Blob as its bytes with its own type.
  const raw = body instanceof FormData || body instanceof Blob;
  if (body instanceof Blob) headers["Content-Type"] = body.type || "application/octet-stream";
  else if (body !== undefined && !raw) headers["Content-Type"] = "application/json";
  const init = { method, headers, cache: "no-store" };
  if (body !== undefined) init.body = raw ? body : JSON.stringify(body);
  return fetch(url, init).catch(() => {
    throw new ApiError(0, { message: t("network_error"), error: "network.unreachable" });
  });
}

function refresh() {
  // One refresh at a time: a refresh token is single-use, and reusing it logs the device out.
  refreshing ??= (async () => {
    const response = await send(`${BASE}/auth/tokens/refresh`, {
      method: "POST", as: "json", bearer: tokens.get()?.refresh,
    });
    if (!response.ok) {
      const envelope = await readEnvelope(response);
      endSession();
      throw new ApiError(response.status, envelope);
    }
    tokens.save(await response.json());
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function readEnvelope(response) {
  try {
    const envelope = await response.json();
    if (envelope && typeof envelope.message === "string") return envelope;
  } catch {
    // not JSON: fall through to a generic message
  }
  return { message: t("server_error"), error: `http.${response.status}`, errors: {} };
}

/** Forget the tokens and let the router send the reader to the login page. */
export function endSession() {
  tokens.clear();
  window.dispatchEvent(new CustomEvent(SESSION_ENDED));
}
