// Full names of GB/T 2260 regions ("广东省 广州市 天河区") for lists that show codes.

import { prefs } from "../store.js";
import { loadRegions, sixDigits } from "../regions.js";

const byLanguage = new Map();

function index(regions) {
  const names = new Map();
  const walk = (nodes, above) => {
    for (const node of nodes) {
      const path = [...above, node.name];
      names.set(sixDigits(node.code), path.join(" "));
      walk(node.children, path);
    }
  };
  walk(regions, []);
  return names;
}

/** Return code → full name in the reader's language; an empty map if the list cannot load. */
export async function regionNames() {
  const language = prefs().language;
  if (!byLanguage.has(language)) {
    byLanguage.set(language, loadRegions().then(index, () => {
      byLanguage.delete(language); // try again next time
      return new Map();
    }));
  }
  return byLanguage.get(language);
}
