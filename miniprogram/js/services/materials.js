// The materials part of an application: an e-certificate from the wallet where one stands
// in, otherwise files uploaded with progress; read back as the API's two fields.

import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { newId } from "../ui/form-errors.js";
import { uploadMaterial } from "./upload.js";

const t = translator(import.meta.url, {
  required: ["（必交）", "（必交）", " (required)"],
  optional: ["（选交）", "（選交）", " (optional)"],
  use_certificate: ["使用卡包中的电子证照（免上传）", "使用卡包中的電子證照（免上載）", "Use the e-certificate in my wallet (no upload)"],
  choose_file: ["上传文件（{types}，最多 {n} 个）", "上載檔案（{types}，最多 {n} 個）", "Upload files ({types}, up to {n})"],
  uploading: ["正在上传 {name}", "正在上載 {name}", "Uploading {name}"],
  uploaded: ["已上传：{name}", "已上載：{name}", "Uploaded: {name}"],
  upload_failed: ["{name} 上传失败：{message}", "{name} 上載失敗：{message}", "{name} did not upload: {message}"],
  remove: ["删除", "刪除", "Remove"],
  too_many: ["最多上传 {n} 个文件", "最多上載 {n} 個檔案", "Up to {n} files"],
});

const ACCEPT = { jpg: "image/jpeg", png: "image/png", pdf: "application/pdf" };

function fileRow(name, id, files) {
  const row = h("li", { class: "svc-file", "data-upload": id },
    h("span", { class: "svc-file-name", text: t("uploaded", { name }) }),
    h("button", { type: "button", class: "link-button", text: t("remove"), onclick: () => {
      files.delete(id);
      row.remove();
    } }));
  return row;
}

function uploader(material, saved, status) {
  const files = new Map((saved ?? []).map((id) => [id, id]));
  const list = h("ul", { class: "svc-files" }, [...files.keys()].map((id) => fileRow(id, id, files)));
  const limit = material.upload.max_files;
  const input = h("input", { type: "file", id: newId("material"), multiple: limit > 1,
    accept: material.upload.types.map((type) => ACCEPT[type]).join(","), "data-testid": "material-file" });
  input.addEventListener("change", async () => {
    const chosen = [...input.files];
    input.value = "";
    if (files.size + chosen.length > limit) {
      status.replaceChildren(h("span", { class: "error-text", text: t("too_many", { n: limit }) }));
      return;
    }
    for (const file of chosen) {
      const bar = h("progress", { max: "1", value: "0", "aria-label": t("uploading", { name: file.name }) });
      status.replaceChildren(h("span", { text: t("uploading", { name: file.name }) }), bar);
      try {
        const stored = await uploadMaterial(file, (share) => (bar.value = share));
        files.set(stored.id, file.name);
        list.append(fileRow(file.name, stored.id, files));
        status.replaceChildren();
      } catch (error) {
        status.replaceChildren(h("span", { class: "error-text", "data-testid": "upload-error",
          text: t("upload_failed", { name: file.name, message: error.message }) }));
      }
    }
  });
  const label = t("choose_file", { types: material.upload.types.join(" / ").toUpperCase(), n: limit });
  return { element: h("div", { class: "field" }, h("label", { class: "field-label", for: input.id, text: label }), input, list),
    ids: () => [...files.keys()] };
}

/** A fieldset per material; read() → {certificate_materials, materials} for the API. */
export function materialsPart(materials, covered, draft = {}) {
  const readers = [];
  const sets = materials.map((material) => {
    const status = h("p", { class: "small svc-upload-status", "aria-live": "polite" });
    const certified = covered.has(material.id);
    const box = certified && h("input", { type: "checkbox", "data-certificate": material.id,
      checked: !draft.certificate_materials || draft.certificate_materials.includes(material.id) });
    const upload = material.upload && uploader(material, draft.materials?.[material.id], status);
    readers.push({ id: material.id, box, upload });
    return h("fieldset", { class: "question svc-material-set", "data-field": material.id, "data-testid": "material-set" },
      h("legend", { text: localised(material.name) + (material.required ? t("required") : t("optional")) }),
      box && h("label", { class: "pledge svc-use-cert" }, box, h("span", { text: t("use_certificate") })),
      upload?.element, status);
  });
  const read = () => {
    const result = { certificate_materials: [], materials: {} };
    for (const { id, box, upload } of readers) {
      if (box?.checked) result.certificate_materials.push(id);
      const ids = upload?.ids() ?? [];
      if (ids.length) result.materials[id] = ids;
    }
    return result;
  };
  return { elements: sets, read };
}
