"""Derived claims: facts the issuer computes so a holder can prove them without the data.

As ISO 18013-5 does with age_over_NN: `age_over_18` and `age_over_60` from a certificate's
birth date, `household_in_guangdong` from its household address (GB/T 2260 area code
starting 44). They are signed with the certificate, so they go stale: on the 18th and 60th
birthdays, and when the household moves. `next_age_change` and `stale_derived_claims` tell
the API layer when to re-issue (`Issuance.refresh_derived`).
"""

from __future__ import annotations

from datetime import date, datetime

from core.clock import CHINA_STANDARD_TIME
from ecert.catalogue.schema import (
    AGE_OVER_18,
    AGE_OVER_60,
    HOUSEHOLD_IN_GUANGDONG,
    CertificateType,
)

AGE_THRESHOLDS = {AGE_OVER_18: 18, AGE_OVER_60: 60}
GUANGDONG_AREA_PREFIX = "44"


def china_today(moment: datetime) -> date:
    """Return the calendar day in China Standard Time of an aware datetime."""
    return moment.astimezone(CHINA_STANDARD_TIME).date()


def birthday(birth: date, age: int) -> date:
    """Return the day someone born on `birth` reaches `age` (29 February → 1 March)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


def derived_values(certificate_type: CertificateType, fields: dict, today: date) -> dict:
    """Return the derived claims of a certificate with these (normalised) fields, as of today."""
    values = {}
    names = certificate_type.derived_claims()
    birth = fields.get("birth_date")
    for name, age in AGE_THRESHOLDS.items():
        if name in names and birth:
            values[name] = today >= birthday(date.fromisoformat(birth), age)
    if HOUSEHOLD_IN_GUANGDONG in names:
        area = _household_area(certificate_type, fields)
        if area:
            values[HOUSEHOLD_IN_GUANGDONG] = area.startswith(GUANGDONG_AREA_PREFIX)
    return values


def next_age_change(fields: dict, today: date) -> date | None:
    """Return the next day an age claim flips (an 18th or 60th birthday), or None."""
    birth = fields.get("birth_date")
    if not birth:
        return None
    days = [birthday(date.fromisoformat(birth), age) for age in AGE_THRESHOLDS.values()]
    future = [day for day in days if day > today]
    return min(future) if future else None


def stale_derived_claims(
    certificate_type: CertificateType,
    record: dict,
    today: date,
    household_area: str | None = None,
) -> list[str]:
    """Return the derived claims a certificate carries that are wrong today.

    `household_area` is the holder's current household area code when the caller knows of
    a move (e.g. from a newer household register); otherwise the certificate's own is used.
    """
    fields = dict(record["fields"])
    household = next((field for field in certificate_type.fields if field.household), None)
    if household_area and household and fields.get(household.name):
        fields[household.name] = {**fields[household.name], "area": household_area}
    expected = derived_values(certificate_type, fields, today)
    issued = record.get("derived", {})
    return sorted(name for name, value in expected.items() if issued.get(name) != value)


def _household_area(certificate_type: CertificateType, fields: dict) -> str | None:
    for field in certificate_type.fields:
        if field.household and fields.get(field.name):
            return fields[field.name]["area"]
    return None
