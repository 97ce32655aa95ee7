// A presentation request (出示请求): the QR code a verifier's desk shows so that a holder's phone
// opens the wallet at that desk and purpose. It is a link into the mini-program naming the
// registered verifier and one of its purpose codes; the one-time nonce is still the wallet's,
// made with each presentation, so a photographed request cannot be replayed as a presentation.

const PATH = "/wallet/request";
const VERIFIER_ID = /^[0-9a-f]{24}$/;
const PURPOSE_CODE = /^[a-z][a-z0-9_]{0,23}$/;

/** The link a desk's request QR carries: this mini-program's address at the request screen. */
export function requestUrl(verifierId, purposeCode) {
  const query = new URLSearchParams({ verifier: verifierId, purpose: purposeCode });
  return `${location.origin}${location.pathname}#${PATH}?${query}`;
}

/** Read {verifier, purpose} from route parameters, or null when they do not name a request. */
export function requestOf(params) {
  const { verifier, purpose } = params;
  return VERIFIER_ID.test(verifier ?? "") && PURPOSE_CODE.test(purpose ?? "") ? { verifier, purpose } : null;
}

/** Read a request from a scanned or pasted text (a request link), or null. */
export function readRequest(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const [path, query = ""] = url.hash.replace(/^#/, "").split("?");
  return path === PATH ? requestOf(Object.fromEntries(new URLSearchParams(query))) : null;
}
