"""Names of certificate types, issuers, fields and claims in the reader's language."""

from app.i18n import request_language, translate
from core.departments import BY_CREDIT_CODE
from ecert.catalogue import (
    AGE_OVER_18,
    AGE_OVER_60,
    BY_SLUG,
    HOLDER_CODE,
    HOLDER_NAME,
    HOUSEHOLD_IN_GUANGDONG,
)

ENGINE_CLAIMS = (HOLDER_NAME, HOLDER_CODE, AGE_OVER_18, AGE_OVER_60, HOUSEHOLD_IN_GUANGDONG)


def type_name(type_slug: str | None) -> str | None:
    """Return a certificate type's name, or None for an unknown one."""
    certificate_type = BY_SLUG.get(type_slug)
    return certificate_type.name(request_language()) if certificate_type else None


def issuer(code: str | None) -> dict | None:
    """Return {code, name} of an issuing department (None when the code is unknown)."""
    department = BY_CREDIT_CODE.get(code)
    return {"code": code, "name": department.name(request_language())} if department else None


def label(type_slug: str | None, name: str) -> str:
    """Return the label of a field or claim of a type."""
    if name in ENGINE_CLAIMS:
        return translate(f"ecert.claim.{name}")
    certificate_type = BY_SLUG.get(type_slug)
    field = certificate_type.field(name) if certificate_type else None
    return field.label(request_language()) if field else name


def labelled(type_slug: str | None, names) -> list[dict]:
    """Return [{name, label}] for field or claim names."""
    return [{"name": name, "label": label(type_slug, name)} for name in names]


def labelled_values(type_slug: str | None, values: dict) -> list[dict]:
    """Return [{name, label, value}] for a mapping of names to values."""
    return [{"name": n, "label": label(type_slug, n), "value": v} for n, v in values.items()]
