// Start the mini-program: pages, preferences, router.

import { definePages, refresh, start } from "./router.js";
import { onPrefsChange, prefs } from "./store.js";

// Add a page: write pages/<name>.js and list its path here.
definePages({
  "/": () => import("./pages/home.js"),
  "/login": () => import("./pages/login.js"),
  "/real-name": () => import("./pages/real-name.js"),
  "/face": () => import("./pages/face.js"),
  "/health-code": () => import("./pages/health-code.js"),
  "/health-code/declare": () => import("./pages/declaration.js"),
  "/health-code/history": () => import("./pages/history.js"),
  "/health-code/appeals": () => import("./pages/appeals.js"),
  "/health-code/conversions": () => import("./pages/conversions.js"),
  "/family": () => import("./pages/family.js"),
  "/family/code": () => import("./pages/family-code.js"),
  "/venue-checkin": () => import("./pages/venue-checkin.js"),
  "/profile": () => import("./pages/profile.js"),
});

function applyPrefs({ language, elderly }) {
  document.documentElement.lang = language;
  document.documentElement.classList.toggle("elderly", Boolean(elderly));
}

applyPrefs(prefs());
onPrefsChange((next) => {
  applyPrefs(next);
  refresh();
});
start({
  view: document.getElementById("view"),
  title: document.getElementById("title"),
  back: document.getElementById("back"),
});
