// Whose certificates a wallet screen shows: mine, or a dependant's (?dependant=<id>, a family
// link of mine), and the API paths and screen links that follow from it.

/** Return {dependant, api, screen(path, params)} for a screen's parameters. */
export function holderOf(params) {
  const dependant = params.dependant || null;
  return {
    dependant,
    api: dependant ? `/wallet/dependants/${encodeURIComponent(dependant)}` : "/wallet",
    /** A wallet screen's path with params, keeping the dependant. */
    screen(path, more = {}) {
      const query = new URLSearchParams({ ...more, ...(dependant ? { dependant } : {}) });
      const text = query.toString();
      return text ? `${path}?${text}` : path;
    },
  };
}
