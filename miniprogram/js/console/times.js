// Times typed into the consoles: a datetime-local field holds Beijing time, the API takes
// ISO 8601 with its offset.

import { formatDateTime } from "../i18n.js";

/** The value of a datetime-local field for a moment (now by default), in Beijing time. */
export function localInputValue(moment = Date.now()) {
  return formatDateTime(moment).replace(" ", "T");
}

/** Turn a datetime-local value ("2026-11-05T14:30") into ISO 8601 in Beijing time, or null. */
export function isoFromLocal(value) {
  if (!value) return null;
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}
