// Administrator's console: staff accounts, the audit trail, the trusted partner regions, the
// verifier organisations.

import { translator } from "../i18n.js";
import { taskLinks } from "../console/hub.js";
import { consolePage } from "../console/shell.js";

const t = translator(import.meta.url, {
  title: ["系统管理", "系統管理", "Administration"],
  tasks: ["管理事项", "管理事項", "Tasks"],
  staff: ["工作人员账号", "工作人員帳號", "Staff accounts"],
  staff_sub: ["新建账号、分配角色、停用、重置密码", "新建帳號、分配角色、停用、重設密碼",
    "Create accounts, set roles, disable, reset passwords"],
  audit: ["审计日志", "審計日誌", "Audit trail"],
  audit_sub: ["按对象或事件查看安全记录", "按對象或事件查看安全記錄", "Security events by subject or event"],
  partners: ["互认地区", "互認地區", "Partner regions"],
  partners_sub: ["可转码的其他地区及其密钥", "可轉碼的其他地區及其金鑰", "Regions whose codes can be converted"],
  verifiers: ["核验单位", "核驗單位", "Verifier organisations"],
  verifiers_sub: ["登记可核验电子证照的单位、人员和用途", "登記可核驗電子證照的單位、人員和用途",
    "Who may check e-certificates, their staff and purposes"],
  services: ["事项管理", "事項管理", "Service catalogue"],
  services_sub: ["发布、下线办事事项，查看指南版本", "發布、下線辦事事項，查看指南版本", "Publish and withdraw services, guide versions"],
  reform: ["改革成效", "改革成效", "Reform figures"],
  reform_sub: ["零跑动、秒办、免填写、免材料", "零跑動、秒辦、免填寫、免材料", "Zero visits, instant approvals, less typing and paper"],
});

export default consolePage({
  role: "admin",
  title: () => t("title"),
  render(root) {
    root.append(taskLinks(t("tasks"), [
      { href: "/staff/admin/staff", name: t("staff"), sub: t("staff_sub") },
      { href: "/staff/admin/audit", name: t("audit"), sub: t("audit_sub") },
      { href: "/staff/admin/partner-regions", name: t("partners"), sub: t("partners_sub") },
      { href: "/staff/admin/verifiers", name: t("verifiers"), sub: t("verifiers_sub") },
      { href: "/staff/admin/services", name: t("services"), sub: t("services_sub") },
      { href: "/staff/admin/reform", name: t("reform"), sub: t("reform_sub") },
    ]));
  },
});
