"""Check and normalise one field value against its kind, as typed, parsed from CSV or JSON.

Values come back in the form tokens carry: dates as YYYY-MM-DD text, integers as int,
decimals as text with at most two decimals, addresses as {"area", "line"}.
"""

from __future__ import annotations

import re
from datetime import date

from ecert.catalogue.schema import Field

AREA_CODE = re.compile(r"[1-9][0-9]{5}")  # GB/T 2260 six-digit administrative division
_DECIMAL = re.compile(r"(0|[1-9][0-9]{0,8})(\.[0-9]{1,2})?")
_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,11})")
_PHOTO_REFERENCE = re.compile(r"[A-Za-z0-9_-]{8,40}")  # an opaque id of an image the issuer keeps


class FieldValueError(ValueError):
    """A value does not fit its field; `reason` is its message-catalogue key."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_blank(value: object) -> bool:
    """Tell whether a value counts as missing (None, empty or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def normalise_value(field: Field, value: object) -> object:
    """Return `value` in canonical form for `field`; raise FieldValueError if it does not fit."""
    return _NORMALISERS[field.kind](field, value)


def parse_date(value: object) -> date:
    """Return a date from YYYY-MM-DD text or a date; raise FieldValueError otherwise."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value.strip()):
        raise FieldValueError("ecert.field.date_format")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FieldValueError("ecert.field.date_invalid") from None


def _text(field: Field, value: object) -> str:
    if not isinstance(value, str):
        raise FieldValueError("ecert.field.not_text")
    text = " ".join(value.split())
    if len(text) > field.max_length:
        raise FieldValueError("ecert.field.too_long")
    if not text.isprintable():
        raise FieldValueError("ecert.field.not_printable")
    return text


def _date(field: Field, value: object) -> str:
    return parse_date(value).isoformat()


def _enum(field: Field, value: object) -> str:
    if value not in field.choices:
        raise FieldValueError("ecert.field.not_a_choice")
    return value


def _integer(field: Field, value: object) -> int:
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldValueError("ecert.field.not_integer")
    return value


def _decimal(field: Field, value: object) -> str:
    text = (
        str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    )
    if not _DECIMAL.fullmatch(text):
        raise FieldValueError("ecert.field.not_decimal")
    return text


def _area(field: Field, value: object) -> str:
    if not isinstance(value, str) or not AREA_CODE.fullmatch(value.strip()):
        raise FieldValueError("ecert.field.not_area_code")
    return value.strip()


def _address(field: Field, value: object) -> dict:
    if not isinstance(value, dict) or set(value) != {"area", "line"}:
        raise FieldValueError("ecert.field.not_address")
    return {"area": _area(field, value["area"]), "line": _text(field, value["line"])}


def _photo(field: Field, value: object) -> str:
    if not isinstance(value, str) or not _PHOTO_REFERENCE.fullmatch(value):
        raise FieldValueError("ecert.field.not_photo_reference")
    return value


_NORMALISERS = {
    "string": _text,
    "date": _date,
    "enum": _enum,
    "integer": _integer,
    "decimal": _decimal,
    "area": _area,
    "address": _address,
    "photo": _photo,
}
