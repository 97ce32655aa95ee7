"""Validate and normalise the identity document numbers users register with.

Error messages never echo the submitted number or its birth date: they end up in
logs and API responses, and an ID number is personal data.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

DOC_TYPES = (
    "resident_id",
    "hk_macao_permit",
    "taiwan_permit",
    "residence_permit",
    "foreign_permanent_id",
)

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# Explicit [0-9] rather than \d: \d also matches full-width and other Unicode digits.
_SEVENTEEN_DIGITS = re.compile(r"[0-9]{17}")
_EIGHTEEN_CHARS = re.compile(r"[0-9]{17}[0-9X]")
_FOREIGN_PERMANENT = re.compile(r"9[0-9]{16}[0-9X]")
_HK_MACAO = re.compile(r"[HM][0-9]{10}")
_TAIWAN = re.compile(r"[0-9]{8}")

# Province-level codes issued on mainland resident ID cards; 71 (Taiwan) and
# 81-83 (HK/Macau/Taiwan residence permits) are deliberately absent.
_PROVINCES = frozenset(
    f"{code:02d}"
    for span in ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65))
    for code in range(span[0], span[1] + 1)
)
_PERMIT_REGIONS = frozenset({"810000", "820000", "830000"})
_EARLIEST_BIRTH = date(1900, 1, 1)
# A hk_macao_permit keeps its 8-digit lifelong number and adds a 2-digit renewal
# count, so only the first 9 characters stay the same for one person.
_HK_MACAO_PERSON_KEY_LENGTH = 9

# What a rule extracts from a valid number: (birth_date, region_code).
_Parsed = tuple[date | None, str | None]


class DocumentError(ValueError):
    """A document number was rejected; `reason` is a stable machine-readable key."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class ValidDocument:
    """A validated document number in canonical form."""

    doc_type: str
    number: str
    person_key: str
    birth_date: date | None
    region_code: str | None


def mod11_2_check_char(first17: str) -> str:
    """Compute the ISO 7064 MOD 11-2 check character for 17 digits."""
    if not isinstance(first17, str) or not _SEVENTEEN_DIGITS.fullmatch(first17):
        raise DocumentError("format", "the check character needs exactly 17 digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _require_check_char(number: str) -> None:
    if mod11_2_check_char(number[:17]) != number[17]:
        raise DocumentError("check_digit", "the check character does not match")


def _parse_birth_date(digits: str) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise DocumentError("birth_date", "the birth date is not a real date") from None
    if born < _EARLIEST_BIRTH:
        raise DocumentError("birth_date", "the birth date is before 1900-01-01")
    if born > date.today():
        raise DocumentError("birth_date", "the birth date is in the future")
    return born


def _eighteen_char_id(number: str, region_allowed: Callable[[str], bool]) -> _Parsed:
    if not _EIGHTEEN_CHARS.fullmatch(number):
        raise DocumentError("format", "expected 17 digits followed by a digit or X")
    _require_check_char(number)
    region = number[:6]
    if not region_allowed(region):
        raise DocumentError("region", "the address code is not valid for this document type")
    return _parse_birth_date(number[6:14]), region


def _resident_id(number: str) -> _Parsed:
    return _eighteen_char_id(number, lambda region: region[:2] in _PROVINCES)


def _residence_permit(number: str) -> _Parsed:
    return _eighteen_char_id(number, lambda region: region in _PERMIT_REGIONS)


def _foreign_permanent_id(number: str) -> _Parsed:
    if not _FOREIGN_PERMANENT.fullmatch(number):
        raise DocumentError("format", "expected 18 characters starting with 9")
    _require_check_char(number)
    # Newer cards encode other data where the birth date used to be, so skip it.
    return None, None


def _pattern_rule(pattern: re.Pattern, description: str) -> Callable[[str], _Parsed]:
    def validate(number: str) -> _Parsed:
        if not pattern.fullmatch(number):
            raise DocumentError("format", f"expected {description}")
        return None, None

    return validate


_RULES = {
    "resident_id": _resident_id,
    "hk_macao_permit": _pattern_rule(_HK_MACAO, "H or M followed by 10 digits"),
    "taiwan_permit": _pattern_rule(_TAIWAN, "exactly 8 digits"),
    "residence_permit": _residence_permit,
    "foreign_permanent_id": _foreign_permanent_id,
}


def normalise_document(doc_type: str, number: str) -> ValidDocument:
    """Validate a document number and return it in canonical form."""
    # Tuple membership rather than a dict lookup, so unhashable input cannot raise TypeError.
    if doc_type not in DOC_TYPES:
        raise DocumentError("unknown_type", f"document type must be one of {', '.join(DOC_TYPES)}")
    if not isinstance(number, str):
        raise DocumentError("format", "the document number must be text")
    canonical = number.strip().upper()
    birth_date, region_code = _RULES[doc_type](canonical)
    if doc_type == "hk_macao_permit":
        person_key = canonical[:_HK_MACAO_PERSON_KEY_LENGTH]
    else:
        person_key = canonical
    return ValidDocument(doc_type, canonical, person_key, birth_date, region_code)
