"""Certificate metadata per GB/T 36903, and the status a certificate has at a moment.

The record a `CertificateRepository` stores (plain dict, one per identifier, i.e. per version):

    identifier, type, type_code, issuer_code, serial, version
    person_index, holder_name, holder_code_type, holder_code      holder (持证主体)
    valid_from, valid_until (YYYY-MM-DD; valid_until None = long-term 长期)
    issuer_name, area_code (GB/T 2260), service_item (optional related service item)
    fields (long name → value), derived (derived claim → bool), derived_refresh_on
    status ("valid" | "revoked"), revoked_at, revocation_reason
    issued_at, wallet_kid, sd_jwt (issuer JWT + every disclosure: the holder's copy)

"expired" is never stored: it follows from valid_until and the day (China time).
"""

from __future__ import annotations

from datetime import datetime

from ecert.derived import china_today

VALID, EXPIRED, REVOKED = "valid", "expired", "revoked"
REVOCATION_REASONS = (
    "superseded",  # a newer version was issued (re-issue)
    "withdrawn",  # the issuer withdrew it (error, decision annulled)
    "replaced",  # the holder got a new certificate (lost, damaged, renewed)
    "holder_deceased",
    "other",
)
PERSONAL_METADATA = ("holder_name", "holder_code", "fields", "sd_jwt")


def status_at(record: dict, now: datetime) -> str:
    """Return valid, expired or revoked for a certificate record at `now`."""
    if record["status"] == REVOKED:
        return REVOKED
    until = record.get("valid_until")
    if until and china_today(now).isoformat() > until:
        return EXPIRED
    return VALID


def metadata(record: dict, now: datetime) -> dict:
    """Return the GB/T 36903 metadata of a certificate (status as of `now`), no field values."""
    return {
        "identifier": record["identifier"],
        "type": record["type"],
        "type_code": record["type_code"],
        "serial": record["serial"],
        "version": record["version"],
        "holder": {
            "person_index": record["person_index"],
            "name": record["holder_name"],
            "code": record["holder_code"],
            "code_type": record["holder_code_type"],
        },
        "valid_from": record["valid_from"],
        "valid_until": record["valid_until"],
        "issuer": {"name": record["issuer_name"], "code": record["issuer_code"]},
        "area_code": record["area_code"],
        "service_item": record.get("service_item"),
        "status": status_at(record, now),
        "revocation": (
            {"reason": record["revocation_reason"], "at": record["revoked_at"]}
            if record["status"] == REVOKED
            else None
        ),
        "issued_at": record["issued_at"],
    }
