"""Issue, re-issue and revoke certificates: the issuer's side of the wallet.

The issuer signs the certificate's canonical content as an SD-JWT (RFC 9901, EdDSA) with
its seal (`seals.IssuerSeals`). Plain claims: `id` (GB/T 36904 identifier), `vu` (valid
until, YYYY-MM-DD; absent = long-term), `vf` (valid from, only when that is after the issue
day), the non-personal fields, and `cnf` binding the wallet key by kid. Selectively
disclosable: holder name `n`, holder code `hc` ([code type, number]), every personal field
and the derived claims. No decoy digests: every digest costs 61 characters of QR code.
Any change to any of it breaks the signature; a change is a re-issue: a new version of the
identifier (same serial), the old version revoked as "superseded".
"""

from __future__ import annotations

from typing import Protocol

from core.errors import Duplicate, ServiceError
from ecert.catalogue import HOLDER_CODE, HOLDER_NAME, CertificateType, get_type
from ecert.derived import china_today, derived_values, next_age_change, stale_derived_claims
from ecert.identifiers import IdentifierError, build_identifier, parse_identifier
from ecert.metadata import REVOCATION_REASONS, REVOKED, VALID
from ecert.sd_jwt import ISSUER_TYP, join, make_disclosure, sign_jwt
from ecert.validation import check_content

SERIAL_DIGITS = 8


class CertificateRepository(Protocol):
    """Certificate records (see ecert.metadata for the record shape), one per identifier."""

    def next_serial(self, type_code: str, issuer_code: str) -> int:
        """Return a new serial number for a type and issuer (1, 2, …; never reused)."""

    def insert(self, record: dict) -> None:
        """Store a new record; raise core.errors.Duplicate if the identifier exists."""

    def find(self, identifier: str) -> dict | None:
        """Return the record with this identifier, or None."""

    def revoke(self, identifier: str, reason: str, at) -> dict | None:
        """Mark a valid record revoked; return it updated, or None if it was not valid."""

    def for_holder(self, person_index: str, type_slug: str | None = None) -> list[dict]:
        """Return a holder's records (of one type when given), newest first."""

    def revoked(self) -> list[dict]:
        """Return identifier, revoked_at and revocation_reason of every revoked record."""


class Issuance:
    def __init__(self, certificates: CertificateRepository, seals, wallet_keys, clock) -> None:
        self.certificates, self.seals, self.wallet_keys = certificates, seals, wallet_keys
        self.clock = clock

    def issue(self, type_slug: str, person_index: str, content: dict, **metadata) -> dict:
        """Issue version 1 of a certificate to a holder; answer the stored record.

        `content`: holder_name, holder_code_type, holder_code, valid_from, valid_until and the
        type's fields. `metadata`: area_code (default: the issuer's), service_item.
        """
        certificate_type = get_type(type_slug)
        clean = _checked(certificate_type, content)
        serial = str(self.certificates.next_serial(*_codes(certificate_type)))
        identifier = build_identifier(*_codes(certificate_type), serial.zfill(SERIAL_DIGITS), 1)
        record = self._signed(certificate_type, identifier, person_index, clean, metadata)
        return self._store(record)

    def reissue(self, identifier: str, changes: dict | None = None, **metadata) -> dict:
        """Issue the next version with `changes` applied; revoke the current one as superseded."""
        current = self._valid_record(identifier)
        certificate_type = get_type(current["type"])
        content = {**_content_of(current), **(changes or {})}
        clean = _checked(certificate_type, content)
        following = str(parse_identifier(identifier).next_version())
        kept = {"area_code": current["area_code"], "service_item": current.get("service_item")}
        record = self._signed(
            certificate_type, following, current["person_index"], clean, {**kept, **metadata}
        )
        stored = self._store(record)
        self.certificates.revoke(identifier, "superseded", self.clock())
        return stored

    def revoke(self, identifier: str, reason: str) -> dict:
        """Revoke a valid certificate with a reason from metadata.REVOCATION_REASONS."""
        if reason not in REVOCATION_REASONS or reason == "superseded":
            raise ServiceError(
                "ecert.revocation_reason",
                "invalid",
                errors={"reason": ["ecert.field.revocation_reason"]},
            )
        self._valid_record(identifier)
        revoked = self.certificates.revoke(identifier, reason, self.clock())
        if revoked is None:  # revoked by someone else in between
            raise ServiceError("ecert.certificate_revoked", "conflict")
        return revoked

    def refresh_derived(self, identifier: str, household_area: str | None = None) -> dict | None:
        """Re-issue a certificate whose derived claims went stale; None when none did."""
        record = self._valid_record(identifier)
        certificate_type = get_type(record["type"])
        today = china_today(self.clock())
        if not stale_derived_claims(certificate_type, record, today, household_area):
            return None
        changes = {}
        household = next((field for field in certificate_type.fields if field.household), None)
        if household_area and household and record["fields"].get(household.name):
            changes[household.name] = {**record["fields"][household.name], "area": household_area}
        return self.reissue(identifier, changes)

    def _valid_record(self, identifier: str) -> dict:
        parse_identifier_or_refuse(identifier)
        record = self.certificates.find(identifier)
        if record is None:
            raise ServiceError("ecert.certificate_not_found", "not_found")
        if record["status"] == REVOKED:
            raise ServiceError("ecert.certificate_revoked", "conflict")
        return record

    def _signed(self, certificate_type, identifier, person_index, clean, metadata) -> dict:
        now = self.clock()
        today = china_today(now)
        derived = derived_values(certificate_type, clean["fields"], today)
        wallet_kid = self.wallet_keys.binding_kid(now)
        key = self.seals.signing_key(certificate_type.issuer_code, now)
        sd_jwt = _sd_jwt(certificate_type, identifier, clean, derived, wallet_kid, key, today)
        refresh_on = next_age_change(clean["fields"], today)
        return {
            "identifier": identifier,
            "type": certificate_type.slug,
            "type_code": certificate_type.type_code,
            "issuer_code": certificate_type.issuer_code,
            "serial": identifier.split(".")[-3],
            "version": int(identifier.split(".")[-2]),
            "person_index": person_index,
            **{key_: clean[key_] for key_ in ("holder_name", "holder_code_type", "holder_code")},
            "valid_from": clean["valid_from"],
            "valid_until": clean["valid_until"],
            "issuer_name": certificate_type.department.name("zh-CN"),
            "area_code": metadata.get("area_code") or certificate_type.issuer_code[2:8],
            "service_item": metadata.get("service_item"),
            "fields": clean["fields"],
            "derived": derived,
            "derived_refresh_on": refresh_on.isoformat() if refresh_on else None,
            "status": VALID,
            "revoked_at": None,
            "revocation_reason": None,
            "issued_at": now,
            "wallet_kid": wallet_kid,
            "sd_jwt": sd_jwt,
        }

    def _store(self, record: dict) -> dict:
        try:
            self.certificates.insert(record)
        except Duplicate:
            raise ServiceError("ecert.version_exists", "conflict") from None
        return record


def parse_identifier_or_refuse(identifier: object):
    """Parse an identifier given by a user; refuse it as a ServiceError when it is wrong."""
    try:
        return parse_identifier(identifier)
    except IdentifierError as error:
        key = "ecert.identifier_check" if error.reason == "check" else "ecert.identifier_malformed"
        raise ServiceError(key, "bad_request", errors={"identifier": [key]}) from None


def _codes(certificate_type: CertificateType) -> tuple[str, str]:
    return certificate_type.type_code, certificate_type.issuer_code


def _checked(certificate_type: CertificateType, content: dict) -> dict:
    clean, errors = check_content(certificate_type, content)
    if errors:
        raise ServiceError("ecert.content_invalid", "invalid", errors=errors)
    return clean


def _content_of(record: dict) -> dict:
    keys = ("holder_name", "holder_code_type", "holder_code", "valid_from", "valid_until")
    return {**{key: record[key] for key in keys}, **record["fields"]}


def _sd_jwt(certificate_type, identifier, clean, derived, wallet_kid, key, today) -> str:
    claims = certificate_type.claim_names()
    payload = {"id": identifier}
    # A certificate valid from its issue day on needs no start date in every QR code.
    if clean["valid_from"] > today.isoformat():
        payload["vf"] = clean["valid_from"]
    if clean["valid_until"]:
        payload["vu"] = clean["valid_until"]
    hidden = {
        HOLDER_NAME: clean["holder_name"],
        HOLDER_CODE: [clean["holder_code_type"], clean["holder_code"]],
        **derived,
    }
    for field in certificate_type.fields:
        if field.name in clean["fields"]:
            target = hidden if field.personal else payload
            target[field.name if field.personal else field.claim] = clean["fields"][field.name]
    disclosures = [make_disclosure(claims[name], value) for name, value in hidden.items()]
    payload["cnf"] = {"kid": wallet_kid}
    payload["_sd"] = sorted(disclosure.digest for disclosure in disclosures)
    issuer_jwt = sign_jwt({"kid": key.kid, "typ": ISSUER_TYP}, payload, key)
    return join(issuer_jwt, [disclosure.encoded for disclosure in disclosures])
