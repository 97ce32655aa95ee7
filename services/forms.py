"""Check what an applicant submits: form values against the schema, and the materials."""

import re
import unicodedata
from datetime import date

from core.errors import ServiceError
from identity.documents import DOC_TYPES, DocumentError, normalise_document

_PHONE = re.compile(r"1[3-9][0-9]{9}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+")
_REGION = re.compile(r"[1-9][0-9]{5}")
_DEFAULT_MAX_LENGTH = {"text": 200, "textarea": 2000}


def validate_form(form: list[dict], values: dict) -> dict:
    """Return the cleaned values of a submitted form, or refuse with a reason per field."""
    known = {field["name"]: field for field in form}
    errors = {name: ["unknown"] for name in values if name not in known}
    cleaned = {}
    for name, field in known.items():
        value = values.get(name)
        if value is None or value == "":
            if field["required"]:
                errors[name] = ["required"]
            continue
        value, reasons = clean_value(field, value)
        if reasons:
            errors[name] = reasons
        else:
            cleaned[name] = value
    if errors:
        raise ServiceError("services.form_invalid", "invalid", errors=errors)
    return cleaned


def clean_value(field: dict, value) -> tuple[object, list[str]]:
    """Return a field's value in canonical form and the reasons it is refused (none: fine)."""
    kind, rules = field["type"], field.get("validation") or {}
    if kind in ("text", "textarea"):
        return _clean_text(kind, rules, value)
    if kind == "number":
        if not isinstance(value, int) or isinstance(value, bool):
            return value, ["type"]
        return value, _bounds(value, rules)
    if kind == "date":
        return _clean_date(rules, value)
    if kind == "boolean":
        return value, [] if isinstance(value, bool) else ["type"]
    if kind == "select":
        options = {option["value"] for option in field.get("options", ())}
        return value, [] if isinstance(value, str) and value in options else ["not_an_option"]
    if not isinstance(value, str):
        return value, ["type"]
    return _clean_coded(kind, rules, value.strip())


def _clean_text(kind: str, rules: dict, value) -> tuple[object, list[str]]:
    if not isinstance(value, str):
        return value, ["type"]
    value = unicodedata.normalize("NFC", value).strip()
    allowed_controls = "\n" if kind == "textarea" else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed_controls for c in value):
        return value, ["characters"]
    longest = rules.get("max_length", _DEFAULT_MAX_LENGTH[kind])
    if len(value) > longest:
        return value, ["too_long"]
    if len(value) < rules.get("min_length", 0):
        return value, ["too_short"]
    if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
        return value, ["pattern"]
    return value, []


def _clean_date(rules: dict, value) -> tuple[object, list[str]]:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return value, ["format"]
    return day.isoformat(), _bounds(day.isoformat(), rules)


def _clean_coded(kind: str, rules: dict, value: str) -> tuple[object, list[str]]:
    if kind == "phone":
        return value, [] if _PHONE.fullmatch(value) else ["format"]
    if kind == "email":
        return value, [] if len(value) <= 254 and _EMAIL.fullmatch(value) else ["format"]
    if kind == "region":
        if not _REGION.fullmatch(value):
            return value, ["format"]
        return value, [] if value.startswith(rules.get("prefix", "")) else ["outside_region"]
    if kind == "id_number":
        return _clean_id_number(value)
    return value, ["type"]


def _clean_id_number(value: str) -> tuple[object, list[str]]:
    # Any document the app accepts for real name is accepted here; the first that fits wins.
    for doc_type in DOC_TYPES:
        try:
            return normalise_document(doc_type, value).number, []
        except DocumentError:
            continue
    return value, ["format"]


def _bounds(value, rules: dict) -> list[str]:
    if "min" in rules and value < rules["min"]:
        return ["too_small"]
    if "max" in rules and value > rules["max"]:
        return ["too_large"]
    return []


def check_materials(item: dict, offered: dict, from_certificates, uploads: dict) -> None:
    """Refuse a submission whose required materials are neither certified nor uploaded.

    `offered` is the pre-fill result (which certificates could stand in); `uploads` maps a
    material id to the file types (jpg, png, pdf) of the files stored for it.
    """
    materials = {material["id"]: material for material in item["materials"]}
    errors = {mid: ["unknown"] for mid in [*from_certificates, *uploads] if mid not in materials}
    for mid, material in materials.items():
        certified = mid in from_certificates and mid in offered["materials"]
        files = uploads.get(mid) or []
        accepted = (material.get("upload") or {}).get("types", [])
        if files and (not set(files) <= set(accepted) or len(files) > _max_files(material)):
            errors[mid] = ["upload_type_or_count"]
        elif material["required"] and not certified and not files:
            errors[mid] = ["missing"]
    if errors:
        raise ServiceError("services.materials_invalid", "invalid", errors=errors)


def _max_files(material: dict) -> int:
    return (material.get("upload") or {}).get("max_files", 0)
