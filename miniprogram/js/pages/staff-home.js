// A staff role whose console is not built yet lands here: who is logged in, and a way out.

import { api } from "../api.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { go } from "../router.js";
import { STAFF_LOGIN, staffSession } from "../staff.js";
import { tokens } from "../store.js";

const t = translator(import.meta.url, {
  title: ["工作台", "工作台", "Console"],
  heading: ["{role} 工作台即将上线", "{role} 工作台即將上線", "The {role} console is coming"],
  intro: ["您已以 {name} 登录。此角色的工作台尚未开放，相关操作请暂时通过接口完成。",
    "您已以 {name} 登入。此角色的工作台尚未開放，相關操作請暫時透過介面完成。",
    "You are logged in as {name}. This role's console is not open yet; use the API meanwhile."],
  logout: ["退出登录", "登出", "Log out"],
});

export default {
  title: () => t("title"),
  requiresLogin: true,
  render(root, ctx) {
    const role = ctx.path.split("/").pop();
    const logout = h("button", { type: "button", class: "button button-ghost button-block", text: t("logout") });
    logout.addEventListener("click", async () => {
      logout.disabled = true;
      await api("/auth/tokens", { method: "DELETE" }).catch(() => {});
      tokens.clear();
      go(STAFF_LOGIN, { replace: true });
    });
    root.append(h("div", { class: "card placeholder", "data-testid": "coming-soon" },
      h("h2", { class: "card-title", text: t("heading", { role }) }),
      h("p", { class: "muted", text: t("intro", { name: staffSession()?.username ?? "" }) }), logout));
  },
};
