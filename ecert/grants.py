"""Authorised-use grants (授权使用): a holder lets one verifier or application use a certificate.

A grant names one certificate, the grantee (a named verifier or a service application), a
purpose, the fields it may read and an expiry. The holder can withdraw it; both sides can
list theirs. Every use, refused ones too, goes to the usage log. A grant follows its
certificate across re-issues (a superseded version leads to the next one).

Grant dict: id, person_index, identifier, type, grantee {kind, id, name}, purpose,
fields [long names], created_at, expires_at, withdrawn_at (None while not withdrawn).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from core.errors import ServiceError
from ecert.catalogue import get_type
from ecert.identifiers import parse_identifier
from ecert.issuance import parse_identifier_or_refuse
from ecert.metadata import VALID, status_at
from ecert.usage import GRANT, usage_entry

GRANTEE_KINDS = ("verifier", "application")
MAX_GRANT = timedelta(days=365)
ACTIVE, EXPIRED, WITHDRAWN = "active", "expired", "withdrawn"


class GrantRepository(Protocol):
    def insert(self, grant: dict) -> dict:
        """Store a new grant; return it with its "id" (a string)."""

    def find(self, grant_id: str) -> dict | None:
        """Return the grant, or None (also for an id that cannot be one)."""

    def withdraw(self, grant_id: str, at: datetime) -> dict | None:
        """Set withdrawn_at on a grant not yet withdrawn; return it, or None."""

    def for_holder(self, person_index: str, *, limit: int, offset: int) -> tuple[list, int]:
        """Return (a holder's grants newest first, the total)."""

    def for_grantee(self, kind: str, grantee_id: str, *, limit: int, offset: int):
        """Return (the grants made to one verifier or application newest first, the total)."""


def grant_state(grant: dict, now: datetime) -> str:
    """Return active, expired or withdrawn."""
    if grant["withdrawn_at"] is not None:
        return WITHDRAWN
    return ACTIVE if now < grant["expires_at"] else EXPIRED


class Grants:
    def __init__(self, grants: GrantRepository, certificates, usage_log, clock) -> None:
        self.grants, self.certificates, self.usage_log = grants, certificates, usage_log
        self.clock = clock

    def grant(self, person_index: str, identifier: str, grantee: dict, **terms) -> dict:
        """Grant one verifier or application use of a certificate (terms: purpose, fields,
        expires_at); answer the stored grant."""
        record = self._holders_valid_certificate(person_index, identifier)
        now = self.clock()
        purpose, fields, expires_at = _checked_terms(record, terms, now)
        return self.grants.insert(
            {
                "person_index": person_index,
                "identifier": identifier,
                "type": record["type"],
                "grantee": _checked_grantee(grantee),
                "purpose": purpose,
                "fields": fields,
                "created_at": now,
                "expires_at": expires_at,
                "withdrawn_at": None,
            }
        )

    def withdraw(self, person_index: str, grant_id: str) -> dict:
        """Withdraw one of the holder's grants; answer it."""
        grant = self.grants.find(grant_id)
        if grant is None or grant["person_index"] != person_index:
            raise ServiceError("ecert.grant_not_found", "not_found")
        withdrawn = self.grants.withdraw(grant_id, self.clock())
        if withdrawn is None:
            raise ServiceError("ecert.grant_withdrawn", "conflict")
        return withdrawn

    def for_holder(self, person_index: str, limit: int = 20, offset: int = 0) -> dict:
        """List a holder's grants with their state."""
        return self._listed(self.grants.for_holder(person_index, limit=limit, offset=offset))

    def for_grantee(self, kind: str, grantee_id: str, limit: int = 20, offset: int = 0) -> dict:
        """List the grants made to one verifier or application, with their state."""
        found = self.grants.for_grantee(kind, grantee_id, limit=limit, offset=offset)
        return self._listed(found)

    def use(self, grantee: dict, grant_id: str, purpose: str) -> dict:
        """Read the granted fields for a grantee; every attempt is logged for the holder."""
        grant = self.grants.find(grant_id)
        if grant is None or grant["grantee"]["kind"] != grantee.get("kind"):
            raise ServiceError("ecert.grant_not_found", "not_found")
        if grant["grantee"]["id"] != grantee.get("id"):
            raise ServiceError("ecert.grant_not_found", "not_found")
        now = self.clock()
        record = self._current(grant["identifier"])
        refusal = _use_refusal(grant, record, purpose, now)
        self._log(grant, record, now, purpose, refusal or "ok")
        if refusal:
            raise ServiceError(refusal, "forbidden" if "grant" in refusal else "conflict")
        fields = {**record["fields"], "holder_name": record["holder_name"]}
        shared = {name: fields[name] for name in grant["fields"] if name in fields}
        return {"identifier": record["identifier"], "type": record["type"], "fields": shared}

    def _holders_valid_certificate(self, person_index: str, identifier: str) -> dict:
        parse_identifier_or_refuse(identifier)
        record = self.certificates.find(identifier)
        if record is None or record["person_index"] != person_index:
            raise ServiceError("ecert.certificate_not_found", "not_found")
        status = status_at(record, self.clock())
        if status != VALID:
            raise ServiceError(f"ecert.certificate_{status}", "conflict")
        return record

    def _current(self, identifier: str) -> dict | None:
        record = self.certificates.find(identifier)
        # A re-issue revokes the old version as superseded: follow it to the newest.
        while record and record["revocation_reason"] == "superseded":
            following = str(parse_identifier(record["identifier"]).next_version())
            newer = self.certificates.find(following)
            if newer is None:
                break
            record = newer
        return record

    def _listed(self, found: tuple[list, int]) -> dict:
        now = self.clock()
        items, total = found
        return {"items": [{**g, "state": grant_state(g, now)} for g in items], "total": total}

    def _log(self, grant, record, now, purpose, result) -> None:
        entry = usage_entry(
            person_index=grant["person_index"],
            identifier=record["identifier"] if record else grant["identifier"],
            type_slug=grant["type"],
            channel=GRANT,
            actor=grant["grantee"],
            at=now,
            fields=grant["fields"] if result == "ok" else [],
            purpose=purpose if isinstance(purpose, str) else "",
            result=result,
            reference=grant["id"],
        )
        self.usage_log.record(entry)


def _use_refusal(grant: dict, record: dict | None, purpose, now) -> str | None:
    state = grant_state(grant, now)
    if state != ACTIVE:
        return f"ecert.grant_{state}"
    if purpose != grant["purpose"]:
        return "ecert.grant_purpose"
    if record is None:
        return "ecert.certificate_revoked"
    status = status_at(record, now)
    return None if status == VALID else f"ecert.certificate_{status}"


def _checked_grantee(grantee: object) -> dict:
    if not isinstance(grantee, dict) or grantee.get("kind") not in GRANTEE_KINDS:
        raise ServiceError(
            "ecert.grantee_invalid", "invalid", errors={"grantee": ["ecert.field.grantee"]}
        )
    for key in ("id", "name"):
        if not isinstance(grantee.get(key), str) or not 0 < len(grantee[key]) <= 64:
            raise ServiceError(
                "ecert.grantee_invalid", "invalid", errors={"grantee": ["ecert.field.grantee"]}
            )
    return {key: grantee[key] for key in ("kind", "id", "name")}


def _checked_terms(record: dict, terms: dict, now: datetime) -> tuple[str, list, datetime]:
    purpose, fields, expires_at = (terms.get(key) for key in ("purpose", "fields", "expires_at"))
    errors = {}
    if not isinstance(purpose, str) or not 0 < len(purpose.strip()) <= 60:
        errors["purpose"] = ["ecert.field.purpose"]
    certificate_type = get_type(record["type"])
    readable = {"holder_name", *(field.name for field in certificate_type.fields)}
    if not isinstance(fields, list) or not fields or not set(fields) <= readable:
        errors["fields"] = ["ecert.field.not_readable"]
    if not isinstance(expires_at, datetime) or not now < expires_at <= now + MAX_GRANT:
        errors["expires_at"] = ["ecert.field.grant_expiry"]
    if errors:
        raise ServiceError("ecert.grant_invalid", "invalid", errors=errors)
    return purpose.strip(), list(dict.fromkeys(fields)), expires_at
