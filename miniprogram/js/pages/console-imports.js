// Bulk imports (批量导入): upload a CSV file of test results, isolation orders or close
// contacts. The server checks every row first: one bad row and nothing is applied, and the
// rows at fault are listed by their number in the file (the header is row 1).

import { api } from "../api.js";
import { DOC_TYPES, docTypeName } from "../documents.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { saveBlob } from "../console/files.js";
import { consolePage } from "../console/shell.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["批量导入", "批量匯入", "Bulk imports"],
  kind: ["导入内容", "匯入內容", "What to import"],
  tests: ["核酸检测结果", "核酸檢測結果", "Test results"],
  isolation_orders: ["隔离令", "隔離令", "Isolation orders"],
  close_contacts: ["密切接触者名单", "密切接觸者名單", "Close contacts"],
  file: ["CSV 文件", "CSV 檔案", "CSV file"],
  file_needed: ["请选择要上传的 CSV 文件", "請選擇要上載的 CSV 檔案", "Choose the CSV file to upload"],
  columns: ["第 1 行为表头，依次为：{columns}", "第 1 行為表頭，依次為：{columns}", "Row 1 is the header: {columns}"],
  optional: ["{column}（可不填）", "{column}（可不填）", "{column} (may be empty)"],
  doc_types: ["doc_type 可填：{types}", "doc_type 可填：{types}", "doc_type is one of: {types}"],
  results: ["result 填 negative（阴性）或 positive（阳性）", "result 填 negative（陰性）或 positive（陽性）",
    "result is negative or positive"],
  times: ["时间写作 2026-11-05 08:30（北京时间），也可带时区", "時間寫作 2026-11-05 08:30（北京時間），亦可帶時區",
    "Times as 2026-11-05 08:30 (Beijing time), or with an offset"],
  template: ["下载表头模板", "下載表頭範本", "Download a header template"],
  upload: ["上传并导入", "上載並匯入", "Upload and import"],
  done: ["导入成功：{applied} 条记录，涉及 {people} 人", "匯入成功：{applied} 項記錄，涉及 {people} 人",
    "Imported {applied} records for {people} people"],
  refused: ["未导入任何数据", "未匯入任何資料", "Nothing was imported"],
  refused_intro: ["文件中有错误，整份文件未导入。请改正以下各处后重新上传：",
    "檔案中有錯誤，整份檔案未匯入。請改正以下各處後重新上載：",
    "The file has errors, so none of it was imported. Correct these and upload it again:"],
  see_below: ["{count} 处错误，详见下方列表", "{count} 處錯誤，詳見下方列表", "{count} problems: see the list below"],
  row: ["第 {number} 行", "第 {number} 行", "Row {number}"],
  header: ["表头", "表頭", "Header"],
  line: ["{where}：{what}：{message}", "{where}：{what}：{message}", "{where}: {what}: {message}"],
  whole_row: ["整行", "整行", "the row"],
  col_doc_type: ["证件类型 doc_type", "證件類型 doc_type", "document type (doc_type)"],
  col_doc_number: ["证件号码 doc_number", "證件號碼 doc_number", "document number (doc_number)"],
  col_sampled_at: ["采样时间 sampled_at", "採樣時間 sampled_at", "sampled at (sampled_at)"],
  col_result: ["检测结果 result", "檢測結果 result", "result (result)"],
  col_start: ["开始时间 start", "開始時間 start", "start (start)"],
  col_end: ["结束时间 end", "結束時間 end", "end (end)"],
  col_reason: ["原因 reason", "原因 reason", "reason (reason)"],
  col_listed_at: ["列入时间 listed_at", "列入時間 listed_at", "listed at (listed_at)"],
  col_until: ["截止时间 until", "截止時間 until", "until (until)"],
});

const KINDS = {
  tests: { path: "/authority/test-results/csv", name: () => t("tests"),
    columns: ["doc_type", "doc_number", "sampled_at", "result"] },
  isolation_orders: { path: "/authority/isolation-orders/csv", name: () => t("isolation_orders"),
    columns: ["doc_type", "doc_number", "start", "end?", "reason"] },
  close_contacts: { path: "/authority/close-contacts/csv", name: () => t("close_contacts"),
    columns: ["doc_type", "doc_number", "listed_at", "until?"] },
};
const COLUMNS = {
  doc_type: () => t("col_doc_type"), doc_number: () => t("col_doc_number"), sampled_at: () => t("col_sampled_at"),
  result: () => t("col_result"), start: () => t("col_start"), end: () => t("col_end"), reason: () => t("col_reason"),
  listed_at: () => t("col_listed_at"), until: () => t("col_until"), row: () => t("whole_row"),
};

function hints(kind) {
  const columns = KINDS[kind].columns.map((column) => (column.endsWith("?")
    ? t("optional", { column: column.slice(0, -1) }) : column));
  return [t("columns", { columns: columns.join(", ") }),
    t("doc_types", { types: DOC_TYPES.map((type) => `${type}（${docTypeName(type)}）`).join("、") }),
    kind === "tests" && t("results"), t("times")].filter(Boolean);
}

/** Lines "第 3 行：证件号码：…" for every column and row the server named, in file order. */
function problemLines(errors) {
  const lines = [];
  const add = (where, fields) => Object.entries(fields).forEach(([column, messages]) => lines.push(
    t("line", { where, what: COLUMNS[column]?.() ?? column, message: [messages].flat().join(" ") })));
  if (errors.columns) add(t("header"), errors.columns);
  const rows = Object.keys(errors.rows ?? {}).sort((a, b) => Number(a) - Number(b));
  rows.forEach((number) => add(t("row", { number }), errors.rows[number]));
  return lines;
}

function problemsPanel(lines) {
  return h("div", { class: "panel panel-error wide", role: "alert", "data-testid": "import-errors" },
    h("h2", { class: "card-title", text: t("refused") }), h("p", { text: t("refused_intro") }),
    h("ul", { class: "row-errors" }, lines.map((line) => h("li", { text: line }))));
}

function kindChoices(onChange) {
  return h("fieldset", { class: "question", "data-field": "kind" }, h("legend", { text: t("kind") }),
    h("div", { class: "choices-wrap" }, Object.entries(KINDS).map(([kind, spec], index) => h("label", { class: "choice" },
      h("input", { type: "radio", name: "kind", value: kind, checked: index === 0, onchange: onChange }),
      h("span", { text: spec.name() })))));
}

async function upload(element, outcome) {
  const kind = element.elements.kind.value;
  const file = element.elements.file.files[0];
  if (!file) throw localRefusal({ file: [t("file_needed")] });
  const body = new FormData();
  body.append("file", file, file.name);
  try {
    const report = await api(KINDS[kind].path, { method: "POST", body });
    outcome.replaceChildren(h("div", { class: "panel done wide", role: "status", "data-testid": "import-done" },
      h("p", { class: "done-mark", text: `✓ ${t("done", report)}` })));
    element.reset();
    element.elements.kind.value = kind;
  } catch (error) {
    const lines = problemLines(error.errors ?? {});
    if (error.status !== 422 || !lines.length) throw error;
    outcome.replaceChildren(problemsPanel(lines));
    throw localRefusal({ file: [t("see_below", { count: lines.length })] });
  }
}

export default consolePage({
  role: "health_authority",
  title: () => t("title"),
  render(root) {
    const outcome = h("div", { class: "slot wide", "aria-live": "polite" });
    const hintBox = h("ul", { class: "field-hint hints" });
    const showHints = () => hintBox.replaceChildren(...hints(element.elements.kind.value).map((line) => h("li", { text: line })));
    const template = h("button", { type: "button", class: "button button-ghost", text: t("template"),
      onclick: () => {
        const kind = element.elements.kind.value;
        const header = KINDS[kind].columns.map((column) => column.replace("?", "")).join(",");
        saveBlob(new Blob([`${header}\r\n`], { type: "text/csv" }), `${kind}.csv`);
      } });
    const element = form({ "data-testid": "import-form" }, kindChoices(() => showHints()), hintBox, template,
      field(t("file"), h("input", { name: "file", type: "file", accept: ".csv,text/csv", class: "file-input" })),
      h("button", { type: "submit", class: "button button-primary button-block", text: t("upload") }));
    showHints();
    onSubmit(element, () => {
      outcome.replaceChildren();
      return upload(element, outcome);
    });
    root.append(element, outcome);
  },
});
