// Start the mini-program: pages, preferences, the tab bar, the router.

import { translator } from "./i18n.js";
import { noticeGate } from "./privacy.js";
import { addGuard, definePages, refresh, start } from "./router.js";
import { onPrefsChange, prefs } from "./store.js";

const t = translator(import.meta.url, {
  tabs: ["主导航", "主導航", "Main"],
  tab_home: ["首页", "首頁", "Home"],
  tab_wallet: ["卡包", "卡包", "Wallet"],
  tab_services: ["办事", "辦事", "Services"],
  tab_me: ["我的", "我的", "Me"],
});

const TAB_NAMES = {
  "/": () => t("tab_home"),
  "/wallet": () => t("tab_wallet"),
  "/services": () => t("tab_services"),
  "/profile": () => t("tab_me"),
};

// Add a page: write pages/<name>.js and list its path here.
definePages({
  "/": () => import("./pages/home.js"),
  "/wallet": () => import("./pages/wallet.js"),
  "/wallet/certificate": () => import("./pages/wallet-certificate.js"),
  "/wallet/show": () => import("./pages/wallet-show.js"),
  "/wallet/request": () => import("./pages/wallet-request.js"),
  "/wallet/scan": () => import("./pages/wallet-scan.js"),
  "/wallet/image": () => import("./pages/wallet-image.js"),
  "/wallet/usage": () => import("./pages/wallet-usage.js"),
  "/wallet/grants": () => import("./pages/wallet-grants.js"),
  "/wallet/grant": () => import("./pages/wallet-grant.js"),
  "/wallet/family": () => import("./pages/wallet-family.js"),
  "/services": () => import("./pages/services.js"),
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
  "/family/guardians": () => import("./pages/guardians.js"),
  "/venue-checkin": () => import("./pages/venue-checkin.js"),
  "/profile": () => import("./pages/profile.js"),
  "/profile/data": () => import("./pages/my-data.js"),
  "/profile/consents": () => import("./pages/consents.js"),
  "/profile/delete": () => import("./pages/delete-account.js"),
  "/privacy": () => import("./pages/privacy-notice.js"),
  "/privacy/agree": () => import("./pages/privacy-agree.js"),
  // Staff screens: the login, the scanner, and a console per role with its task screens.
  "/staff/login": () => import("./pages/staff-login.js"),
  "/staff/scanner": () => import("./pages/scanner.js"),
  "/staff/issuer": () => import("./pages/issuer.js"),
  "/staff/issuer/issue": () => import("./pages/issuer-issue.js"),
  "/staff/issuer/batch": () => import("./pages/issuer-batch.js"),
  "/staff/issuer/certificates": () => import("./pages/issuer-certificates.js"),
  "/staff/issuer/certificate": () => import("./pages/issuer-certificate.js"),
  "/staff/verifier": () => import("./pages/verifier.js"),
  "/staff/password": () => import("./pages/staff-password.js"),
  "/staff/venue_manager": () => import("./pages/console-venues.js"),
  "/staff/health_authority": () => import("./pages/console-authority.js"),
  "/staff/health_authority/risk-areas": () => import("./pages/console-risk-areas.js"),
  "/staff/health_authority/imports": () => import("./pages/console-imports.js"),
  "/staff/health_authority/appeals": () => import("./pages/console-appeals.js"),
  "/staff/health_authority/code-cards": () => import("./pages/console-cards.js"),
  "/staff/health_authority/rules": () => import("./pages/console-rules.js"),
  "/staff/admin": () => import("./pages/console-admin.js"),
  "/staff/admin/staff": () => import("./pages/console-staff.js"),
  "/staff/admin/audit": () => import("./pages/console-audit.js"),
  "/staff/admin/partner-regions": () => import("./pages/console-partners.js"),
  "/staff/admin/verifiers": () => import("./pages/console-verifiers.js"),
}, Object.keys(TAB_NAMES));
// Services (办事): the resident's screens, the clerk's workbench
// and the admin's catalogue and reform figures.
definePages({
  "/services/guide": () => import("./pages/service-guide.js"),
  "/services/apply": () => import("./pages/service-apply.js"),
  "/services/drafts": () => import("./pages/service-drafts.js"),
  "/cases": () => import("./pages/my-cases.js"),
  "/cases/detail": () => import("./pages/case-detail.js"),
  "/cases/appointment": () => import("./pages/case-appointment.js"),
  "/messages": () => import("./pages/messages.js"),
  "/staff/clerk": () => import("./pages/workbench.js"),
  "/staff/clerk/case": () => import("./pages/workbench-case.js"),
  "/staff/clerk/rectifications": () => import("./pages/workbench-rectifications.js"),
  "/staff/admin/services": () => import("./pages/console-catalogue.js"),
  "/staff/admin/reform": () => import("./pages/console-reform.js"),
}, Object.keys(TAB_NAMES));
// A logged-in resident who has not agreed to the privacy notice in force is asked first.
addGuard(noticeGate);

function applyPrefs({ language, elderly }) {
  document.documentElement.lang = language;
  document.documentElement.classList.toggle("elderly", Boolean(elderly));
  const tabbar = document.getElementById("tabbar");
  tabbar.setAttribute("aria-label", t("tabs"));
  tabbar.querySelectorAll("a[data-tab]").forEach((link) => {
    link.querySelector(".tab-name").textContent = TAB_NAMES[link.dataset.tab]();
  });
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
  home: document.getElementById("home"),
  tabbar: document.getElementById("tabbar"),
});
