"""What a certificate looks like outside the engine: metadata, and fields masked or not.

Masked (the default everywhere): names 张*明, numbers 440***********123X, dates
****-**-**, addresses reduced to their province, photos left out. Non-personal fields
(licence class, school, dates of issue) are shown as they are.
"""

from __future__ import annotations

from datetime import datetime

from ecert.catalogue import get_type
from ecert.catalogue.schema import Field
from ecert.metadata import REVOKED, status_at
from identity.masking import mask_document, mask_name

MASKED_DATE = "****-**-**"


def mask_value(field: Field, value: object) -> object:
    """Return a personal field's value masked for display (None for a photo)."""
    if field.kind == "photo":
        return None
    if field.kind == "date":
        return MASKED_DATE
    if field.kind == "address":
        return {"area": value["area"][:2] + "0000", "line": mask_document(value["line"])}
    if field.kind != "string":
        return "*" * 3
    return mask_name(value) if field.name.endswith("name") else mask_document(value)


def certificate_view(record: dict, now: datetime, *, unmasked: bool = False) -> dict:
    """Return a certificate for its holder (or issuer): metadata, holder and fields."""
    certificate_type = get_type(record["type"])
    fields = {}
    for field in certificate_type.fields:
        if field.name in record["fields"]:
            value = record["fields"][field.name]
            fields[field.name] = (
                value if unmasked or not field.personal else mask_value(field, value)
            )
    keys = ("_id", "identifier", "type", "type_code", "issuer_code", "serial", "version")
    return {
        **{key: record[key] for key in keys},
        "status": status_at(record, now),
        "revocation": _revocation(record),
        "valid_from": record["valid_from"],
        "valid_until": record["valid_until"],
        "issued_at": record["issued_at"],
        "area_code": record["area_code"],
        "holder_name": record["holder_name"] if unmasked else mask_name(record["holder_name"]),
        "holder_code_type": record["holder_code_type"],
        "holder_code": record["holder_code"] if unmasked else mask_document(record["holder_code"]),
        "fields": fields,
        "derived": dict(record.get("derived", {})),
        "unmasked": unmasked,
    }


def _revocation(record: dict) -> dict | None:
    if record["status"] != REVOKED:
        return None
    return {"reason": record["revocation_reason"], "at": record["revoked_at"]}
