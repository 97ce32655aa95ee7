// The issuer's console (证照签发): issue one certificate, a batch from a file, and what I
// issued (find one, re-issue it, revoke it with a reason).

import { taskLinks } from "../console/hub.js";
import { consolePage } from "../console/shell.js";
import { translator } from "../i18n.js";

const t = translator(import.meta.url, {
  title: ["证照签发", "證照簽發", "Certificate issuing"],
  tasks: ["签发事项", "簽發事項", "Tasks"],
  issue: ["签发证照", "簽發證照", "Issue a certificate"],
  issue_sub: ["按持证人证件签发一张电子证照", "按持證人證件簽發一張電子證照", "Issue one certificate to the holder of a document"],
  batch: ["批量签发", "批量簽發", "Issue a batch"],
  batch_sub: ["上传 CSV 或 JSON 文件，有错则整批不签发", "上載 CSV 或 JSON 檔案，有錯則整批不簽發",
    "Upload a CSV or JSON file; one bad row and none is issued"],
  issued: ["已签发证照", "已簽發證照", "Certificates I issued"],
  issued_sub: ["查询、换发新版本、注销", "查詢、換發新版本、註銷", "Find, re-issue, revoke"],
});

export default consolePage({
  role: "issuer",
  title: () => t("title"),
  render(root) {
    root.append(taskLinks(t("tasks"), [
      { href: "/staff/issuer/issue", name: t("issue"), sub: t("issue_sub") },
      { href: "/staff/issuer/batch", name: t("batch"), sub: t("batch_sub") },
      { href: "/staff/issuer/certificates", name: t("issued"), sub: t("issued_sub") },
    ]));
  },
});
