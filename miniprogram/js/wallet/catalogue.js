// The certificate catalogue (GET /ecert/types): names, issuers, fields and what can be
// disclosed, read once per language and kept for the screens that need labels or kinds.

import { api } from "../api.js";
import { regionNames } from "../console/region-names.js";
import { prefs } from "../store.js";

const byLanguage = new Map();

/** Return every certificate type (cached per language; a failure is tried again next time). */
export function catalogue() {
  const language = prefs().language;
  if (!byLanguage.has(language)) {
    byLanguage.set(language, api("/ecert/types").catch((error) => {
      byLanguage.delete(language);
      throw error;
    }));
  }
  return byLanguage.get(language);
}

/** Return one type by its slug, or undefined. */
export async function certificateType(slug) {
  return (await catalogue()).find((type) => type.slug === slug);
}

/** Return name → label of everything a type can carry: fields, holder claims, derived claims. */
export function labelsOf(type) {
  const labels = new Map();
  for (const item of [...(type?.disclosable ?? []), ...(type?.fields ?? [])]) labels.set(item.name, item.label);
  return labels;
}

/** Return what valueText needs to write a type's values: region names and field kinds. */
export async function valueContext(slug) {
  const [type, regions] = await Promise.all([certificateType(slug).catch(() => undefined), regionNames()]);
  return { regions, kinds: new Map((type?.fields ?? []).map((field) => [field.name, field.kind])) };
}
