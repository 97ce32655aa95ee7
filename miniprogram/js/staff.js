// Staff: which screen each role starts on, and who is logged in.
//
// Add a console: write pages/<name>.js, list its path in app.js (the staff block), and point
// its role at that path here. A role whose console is not built yet lands on the placeholder
// (pages/staff-home.js) at /staff/<role>.

import { tokens } from "./store.js";

/** Where each role lands after logging in; the first role a person holds (in this order) wins. */
export const STAFF_HOMES = {
  checkpoint_operator: "/staff/scanner",
  venue_manager: "/staff/venue_manager",
  health_authority: "/staff/health_authority",
  admin: "/staff/admin",
  clerk: "/staff/clerk",
  issuer: "/staff/issuer",
  verifier: "/staff/verifier",
};

export const STAFF_LOGIN = "/staff/login";

/** The home screen of someone holding roles ("/staff/login" when none is known). */
export function staffHome(roles = []) {
  const role = Object.keys(STAFF_HOMES).find((name) => roles.includes(name));
  return role ? STAFF_HOMES[role] : STAFF_LOGIN;
}

function tokenClaims(access) {
  try {
    const part = access.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(part), (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** Return {username, roles} of the staff member logged in on this tab, or null. */
export function staffSession() {
  const saved = tokens.get();
  const claims = saved?.access && tokenClaims(saved.access);
  if (!claims || claims.kind !== "staff") return null;
  return { username: String(claims.sub), roles: claims.roles || [] };
}

/** Tell whether the staff member logged in holds role. */
export function hasRole(role) {
  return Boolean(staffSession()?.roles.includes(role));
}
