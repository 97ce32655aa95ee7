// Who is logged in as staff on this tab, read from the access token's claims. Only for what
// the screens show: the server checks the token and its roles on every request.

import { tokens } from "../store.js";

function claimsOf(token) {
  try {
    const part = token.split(".")[1].replaceAll("-", "+").replaceAll("_", "/");
    return JSON.parse(atob(part.padEnd(Math.ceil(part.length / 4) * 4, "=")));
  } catch {
    return null;
  }
}

/** Return {username, roles} of the staff member logged in on this tab, or null. */
export function staffSession() {
  const claims = claimsOf(tokens.get()?.access ?? "");
  if (!claims || claims.kind !== "staff") return null;
  return { username: String(claims.sub), roles: Array.isArray(claims.roles) ? claims.roles : [] };
}
