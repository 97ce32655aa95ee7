// Today's scans at this device, by outcome: kept in this browser's storage per operator and
// per day (China time), never sent anywhere. Other days are dropped as a new day starts.

import { todayIso } from "../i18n.js";

const TALLY_KEY = "shengshi.scanner.tally";
const EMPTY = { green: 0, yellow: 0, red: 0, refused: 0 };

function read() {
  try {
    return JSON.parse(localStorage.getItem(TALLY_KEY)) || {};
  } catch {
    return {};
  }
}

function slot(operator) {
  return `${todayIso()}|${operator}`;
}

/** Return today's {green, yellow, red, refused, total} for operator on this device. */
export function todaysTally(operator) {
  const counts = { ...EMPTY, ...read()[slot(operator)] };
  return { ...counts, total: counts.green + counts.yellow + counts.red + counts.refused };
}

/** Count one scan of outcome "green", "yellow", "red" or "refused"; return today's tally. */
export function countScan(operator, outcome) {
  const today = todayIso();
  const kept = Object.fromEntries(Object.entries(read()).filter(([key]) => key.startsWith(`${today}|`)));
  const counts = { ...EMPTY, ...kept[slot(operator)] };
  counts[outcome] += 1;
  kept[slot(operator)] = counts;
  localStorage.setItem(TALLY_KEY, JSON.stringify(kept));
  return todaysTally(operator);
}
