// The published health-code key set, kept on this device with the time it was fetched, so that
// the scanner can verify signatures while the network is gone.

const KEYS_KEY = "shengshi.scanner.keys";
export const KEYS_URL = "/.well-known/health-code-keys.json";

/** Return {keys, fetchedAt} last saved on this device, or null. */
export function cachedKeys() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEYS_KEY));
    return Array.isArray(saved?.keys?.keys) ? saved : null;
  } catch {
    return null;
  }
}

/** Fetch the key set and keep it; return what is kept (the old copy if the fetch failed). */
export async function refreshKeys() {
  try {
    const response = await fetch(KEYS_URL, { cache: "no-cache", headers: { Accept: "application/json" } });
    if (!response.ok) return cachedKeys();
    const keys = await response.json();
    if (!Array.isArray(keys?.keys)) return cachedKeys();
    const saved = { keys, fetchedAt: new Date().toISOString() };
    localStorage.setItem(KEYS_KEY, JSON.stringify(saved));
    return saved;
  } catch {
    return cachedKeys();
  }
}
