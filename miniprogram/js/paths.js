// Where a screen lives and where a flow goes next: plain functions over the location's hash.

/** Return the current screen as "/path?query" (the hash without "#"). */
export function currentPath() {
  return location.hash.slice(1) || "/";
}

/** Return next if it is a screen of this app worth returning to, otherwise fallback. */
export function safeNext(next, fallback = "/") {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) return fallback;
  const detours = ["/login", "/real-name", "/privacy/agree"];
  return detours.some((path) => next.startsWith(path)) ? fallback : next;
}

/** The login screen, returning to next afterwards. */
export function loginPath(next = currentPath()) {
  const target = safeNext(next, null);
  return target ? `/login?next=${encodeURIComponent(target)}` : "/login";
}

/** The real-name screen, returning to next afterwards. */
export function realNamePath(next = currentPath()) {
  const target = safeNext(next, null);
  return target ? `/real-name?next=${encodeURIComponent(target)}` : "/real-name";
}
