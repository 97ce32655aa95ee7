// Identity documents as the screens name them (the API's doc_type values).

import { translator } from "./i18n.js";

const t = translator(import.meta.url, {
  resident_id: ["居民身份证", "居民身份證", "Resident identity card"],
  hk_macao_permit: ["港澳居民来往内地通行证", "港澳居民來往內地通行證", "Mainland travel permit for HK/Macao residents"],
  taiwan_permit: ["台湾居民来往大陆通行证", "台灣居民來往大陸通行證", "Mainland travel permit for Taiwan residents"],
  residence_permit: ["港澳台居民居住证", "港澳台居民居住證", "Residence permit for HK/Macao/Taiwan residents"],
  foreign_permanent_id: ["外国人永久居留身份证", "外國人永久居留身份證", "Foreign permanent resident ID card"],
});

const NAMES = {
  resident_id: () => t("resident_id"),
  hk_macao_permit: () => t("hk_macao_permit"),
  taiwan_permit: () => t("taiwan_permit"),
  residence_permit: () => t("residence_permit"),
  foreign_permanent_id: () => t("foreign_permanent_id"),
};

export const DOC_TYPES = Object.keys(NAMES);

/** The localised name of a document type (the type itself when unknown). */
export function docTypeName(docType) {
  return NAMES[docType]?.() ?? docType;
}
