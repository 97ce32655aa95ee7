// Issue a batch (批量签发): one type, a CSV (header row of column names) or JSON file (an array
// of rows). The server checks every row first; one bad row and nothing is issued, and each
// bad row is listed by its number with what is wrong in it.

import { api } from "../api.js";
import { saveBlob } from "../console/files.js";
import { consolePage } from "../console/shell.js";
import { h } from "../dom.js";
import { translator } from "../i18n.js";
import { field, form, localRefusal, onSubmit } from "../ui/forms.js";
import { catalogue } from "../wallet/catalogue.js";
import { typeField } from "../wallet/field-inputs.js";

const t = translator(import.meta.url, {
  title: ["批量签发", "批量簽發", "Issue a batch"],
  file: ["CSV 或 JSON 文件", "CSV 或 JSON 檔案", "CSV or JSON file"],
  file_hint: ["CSV 第 1 行为表头；JSON 为记录数组。一次最多 5000 行。", "CSV 第 1 行為表頭；JSON 為記錄陣列。一次最多 5000 行。",
    "CSV: row 1 is the header. JSON: an array of rows. 5,000 rows at most."],
  columns: ["列：{columns}", "欄：{columns}", "Columns: {columns}"],
  dates: ["日期写作 2025-03-01；valid_until 不填为长期有效；holder_code_type 如 resident_id",
    "日期寫作 2025-03-01；valid_until 不填為長期有效；holder_code_type 如 resident_id",
    "Dates as 2025-03-01; an empty valid_until means no end date; holder_code_type such as resident_id"],
  template: ["下载表头模板", "下載表頭範本", "Download a header template"],
  upload: ["上传并签发", "上載並簽發", "Upload and issue"],
  file_needed: ["请选择要上传的文件", "請選擇要上載的檔案", "Choose the file to upload"],
  not_json: ["不是有效的 JSON 记录数组", "不是有效的 JSON 記錄陣列", "This is not a JSON array of rows"],
  no_rows: ["文件中没有数据行，未签发任何证照", "檔案中沒有資料行，未簽發任何證照", "The file has no rows: nothing was issued"],
  done: ["已签发 {issued} 张{type}", "已簽發 {issued} 張{type}", "Issued {issued} × {type}"],
  list: ["查看已签发证照", "查看已簽發證照", "See what I issued"],
  refused: ["整批未签发", "整批未簽發", "Nothing was issued"],
  refused_intro: ["以下各行有错误，整批未签发任何证照。请改正后重新上传整个文件：",
    "以下各行有錯誤，整批未簽發任何證照。請改正後重新上載整個檔案：",
    "These rows have errors, so none of the batch was issued. Correct them and upload the whole file again:"],
  see_below: ["{count} 行有错误，详见下方列表", "{count} 行有錯誤，詳見下方列表", "{count} rows have errors: see the list below"],
  csv_row: ["第 {number} 条记录（文件第 {line} 行）", "第 {number} 條記錄（檔案第 {line} 行）", "Record {number} (line {line} of the file)"],
  json_row: ["第 {number} 条记录", "第 {number} 條記錄", "Record {number}"],
  line: ["{where}：{what}：{message}", "{where}：{what}：{message}", "{where}: {what}: {message}"],
  whole_row: ["整行", "整行", "the row"],
  holder_name: ["姓名", "姓名", "name"],
  holder_code_type: ["证件类型", "證件類型", "document type"],
  holder_code: ["证件号码", "證件號碼", "document number"],
  valid_from: ["起始日期", "起始日期", "valid from"],
  valid_until: ["截止日期", "截止日期", "valid until"],
});

const HOLDER_COLUMNS = {
  holder_name: () => t("holder_name"),
  holder_code_type: () => t("holder_code_type"),
  holder_code: () => t("holder_code"),
  valid_from: () => t("valid_from"),
  valid_until: () => t("valid_until"),
  row: () => t("whole_row"),
};

function columnsOf(type) {
  const fields = type.fields.flatMap((spec) => (spec.kind === "address" ? [`${spec.name}.area`, `${spec.name}.line`] : [spec.name]));
  return ["holder_name", "holder_code_type", "holder_code", "valid_from", "valid_until", ...fields];
}

function columnName(type, column) {
  const spec = type.fields.find((item) => item.name === column.split(".")[0]);
  const label = HOLDER_COLUMNS[column]?.() ?? spec?.label;
  return label && label !== column ? `${label} ${column}` : column;
}

/** Lines "第 2 条记录（文件第 3 行）：证件号码 holder_code：…" in row order. */
function problemLines(type, rows, csv) {
  return Object.keys(rows).sort((a, b) => Number(a) - Number(b)).flatMap((number) => {
    const where = csv ? t("csv_row", { number, line: Number(number) + 1 }) : t("json_row", { number });
    return Object.entries(rows[number]).map(([column, messages]) => t("line", {
      where, what: columnName(type, column), message: [messages].flat().join(" ") }));
  });
}

async function readText(file) {
  // Excel in China saves CSV as GB 18030; anything that is not UTF-8 is read as that.
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function isJson(file) {
  return /\.json$/i.test(file.name) || file.type === "application/json";
}

async function send(type, file) {
  const text = await readText(file);
  if (!isJson(file)) {
    const body = new Blob([text], { type: "text/csv" });
    return api(`/issuer/batches/csv?type=${encodeURIComponent(type.slug)}`, { method: "POST", body });
  }
  let rows;
  try {
    rows = JSON.parse(text);
  } catch {
    throw localRefusal({ file: [t("not_json")] });
  }
  if (!Array.isArray(rows)) rows = rows?.rows;
  if (!Array.isArray(rows)) throw localRefusal({ file: [t("not_json")] });
  return api("/issuer/batches", { method: "POST", body: { type: type.slug, rows } });
}

function donePanel(type, answer) {
  return h("div", { class: "panel done wide", role: "status", "data-testid": "batch-done" },
    h("p", { class: "done-mark", text: `✓ ${t("done", { issued: answer.issued, type: type.name })}` }),
    h("a", { class: "button button-ghost", href: `#/staff/issuer/certificates?type=${encodeURIComponent(type.slug)}`,
      text: t("list") }));
}

function problemsPanel(lines) {
  return h("div", { class: "panel panel-error wide", role: "alert", "data-testid": "batch-errors" },
    h("h2", { class: "card-title", text: t("refused") }), h("p", { text: t("refused_intro") }),
    h("ul", { class: "row-errors" }, lines.map((line) => h("li", { text: line }))));
}

async function upload(element, types, outcome) {
  const type = types.find((item) => item.slug === element.elements.type.value);
  const file = element.elements.file.files[0];
  if (!file) throw localRefusal({ file: [t("file_needed")] });
  try {
    const answer = await send(type, file);
    if (!answer.issued) throw localRefusal({ file: [t("no_rows")] });
    outcome.replaceChildren(donePanel(type, answer));
    element.elements.file.value = "";
  } catch (error) {
    const rows = error.key === "ecert.batch_rejected" ? error.errors?.rows : null;
    if (!rows) throw error;
    outcome.replaceChildren(problemsPanel(problemLines(type, rows, !isJson(file))));
    throw localRefusal({ file: [t("see_below", { count: Object.keys(rows).length })] });
  }
}

export default consolePage({
  role: "issuer",
  title: () => t("title"),
  async render(root) {
    const types = await catalogue();
    const outcome = h("div", { class: "slot wide", "aria-live": "polite" });
    const picker = typeField(types);
    const select = picker.querySelector("select");
    const hints = h("ul", { class: "field-hint hints" });
    const showHints = () => {
      const type = types.find((item) => item.slug === select.value);
      hints.replaceChildren(h("li", { text: t("columns", { columns: columnsOf(type).join(", ") }) }),
        h("li", { text: t("dates") }));
    };
    select.addEventListener("change", showHints);
    showHints();
    const template = h("button", { type: "button", class: "button button-ghost", text: t("template"),
      onclick: () => {
        const type = types.find((item) => item.slug === select.value);
        saveBlob(new Blob([`\ufeff${columnsOf(type).join(",")}\r\n`], { type: "text/csv" }), `${type.slug}.csv`);
      } });
    const element = form({ "data-testid": "batch-form" }, picker, hints, template,
      field(t("file"), h("input", { name: "file", type: "file", accept: ".csv,.json,text/csv,application/json",
        class: "file-input" }), t("file_hint")),
      h("button", { type: "submit", class: "button button-primary button-block", text: t("upload") }));
    onSubmit(element, () => {
      outcome.replaceChildren();
      return upload(element, types, outcome);
    });
    root.append(element, outcome);
  },
});
