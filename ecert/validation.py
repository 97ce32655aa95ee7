"""Check what an issuer submits for one certificate: holder, validity and fields.

Errors come back as {name: [message key]} (the ServiceError `errors` shape, keys in
app/messages/ecert.py), never echoing a submitted value: they reach logs and API answers,
and the values are personal.
"""

from __future__ import annotations

from datetime import date

from ecert.catalogue.schema import CertificateType
from ecert.catalogue.values import FieldValueError, is_blank, normalise_value, parse_date
from identity.documents import DocumentError, normalise_document

HOLDER_KEYS = ("holder_name", "holder_code_type", "holder_code", "valid_from", "valid_until")
MAX_NAME_LENGTH = 50


def check_content(certificate_type: CertificateType, content: dict) -> tuple[dict, dict]:
    """Return (clean content, errors) for one certificate of a type; clean only if no errors.

    Clean content: holder_name, holder_code_type, holder_code (canonical), valid_from,
    valid_until (None = long-term), fields (long name → canonical value).
    """
    errors: dict[str, list[str]] = {}
    clean = _holder(certificate_type, content, errors)
    clean.update(_validity(content, errors))
    clean["fields"] = _fields(certificate_type, content, errors)
    known = {*HOLDER_KEYS, *(field.name for field in certificate_type.fields)}
    for key in content:
        if key not in known:
            errors[str(key)[:40]] = ["ecert.field.unknown"]
    return (clean if not errors else {}), errors


def _holder(certificate_type: CertificateType, content: dict, errors: dict) -> dict:
    clean = {}
    name = content.get("holder_name")
    if is_blank(name) or not isinstance(name, str):
        errors["holder_name"] = ["ecert.field.required"]
    elif len(name.strip()) > MAX_NAME_LENGTH or not name.strip().isprintable():
        errors["holder_name"] = ["ecert.field.not_a_name"]
    else:
        clean["holder_name"] = " ".join(name.split())
    code_type = content.get("holder_code_type")
    if code_type not in certificate_type.holder_doc_types:
        errors["holder_code_type"] = ["ecert.field.code_type_not_allowed"]
        return clean
    try:
        document = normalise_document(code_type, content.get("holder_code"))
    except DocumentError as error:
        errors["holder_code"] = [f"identity.document_invalid.{error.reason}"]
        return clean
    clean.update(holder_code_type=code_type, holder_code=document.number)
    return clean


def _validity(content: dict, errors: dict) -> dict:
    dates: dict[str, date | None] = {}
    for key in ("valid_from", "valid_until"):
        value = content.get(key)
        if is_blank(value):
            dates[key] = None
            continue
        try:
            dates[key] = parse_date(value)
        except FieldValueError as error:
            errors[key] = [error.reason]
    if "valid_from" not in errors and dates.get("valid_from") is None:
        errors["valid_from"] = ["ecert.field.required"]
    start, until = dates.get("valid_from"), dates.get("valid_until")
    if start and until and until < start:
        errors["valid_until"] = ["ecert.field.before_valid_from"]
    return {
        "valid_from": start.isoformat() if start else None,
        "valid_until": until.isoformat() if until else None,
    }


def _fields(certificate_type: CertificateType, content: dict, errors: dict) -> dict:
    fields = {}
    for field in certificate_type.fields:
        value = content.get(field.name)
        if is_blank(value):
            if field.required:
                errors[field.name] = ["ecert.field.required"]
            continue
        try:
            fields[field.name] = normalise_value(field, value)
        except FieldValueError as error:
            errors[field.name] = [error.reason]
    return fields
