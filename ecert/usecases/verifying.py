"""Verifying presentations online (核验) and reading under grants, for registered verifiers.

A staff member verifies for the organisation that lists them: only presentations made for
its audience pass. The answer is valid or the one reason it is not, with the certificate's
type, issuer and status and — only when valid — the disclosed fields. One-time use is
enforced atomically: the presentation id is inserted into a collection with a unique `_id`,
so of racing verifications of one presentation exactly one is valid, the others "replayed".
Every verification whose certificate the register holds, a refused one too, is logged for
that certificate's holder.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta

from core.departments import BY_CREDIT_CODE
from core.errors import Duplicate
from ecert.catalogue import TYPES
from ecert.metadata import REVOKED, VALID
from ecert.usage import presentation_entry
from ecert.usecases.verifier_registry import audience_of
from ecert.verification import LEEWAY, verify_presentation

ISSUER_CODES = frozenset(certificate_type.issuer_code for certificate_type in TYPES)
NONCE_SLACK = timedelta(minutes=1)


class LiveIssuerKeys:
    """The issuers' published keys, read from each issuer's key ring when asked."""

    def __init__(self, seals) -> None:
        self.seals = seals

    def get(self, issuer_code: str, kid: str):
        """Return the key `kid` of an issuing department, or None."""
        if issuer_code not in ISSUER_CODES:
            return None
        return self.seals.ring(issuer_code).public_keys().get(kid)

    def name(self, issuer_code: str, language: str = "zh-CN") -> str | None:
        """Return an issuing department's name, or None."""
        department = BY_CREDIT_CODE.get(issuer_code)
        return department.name(language) if department else None


class VerificationDesk:
    def __init__(
        self,
        registry,
        certificates,
        presentations,
        used_nonces,
        usage_log,
        grants,
        seals,
        wallet_keys,
        clock,
        lifetime: timedelta,
    ) -> None:
        self.registry, self.certificates, self.presentations = registry, certificates, presentations
        self.used_nonces, self.usage_log, self.grants = used_nonces, usage_log, grants
        self.issuer_keys, self.wallet_keys = LiveIssuerKeys(seals), wallet_keys
        self.clock, self.lifetime = clock, lifetime

    def organisation(self, username: str) -> dict:
        """Return the organisation a staff member verifies for (refused when none)."""
        return self.registry.of_staff(username)

    def verify(self, username: str, token: object, language: str = "zh-CN") -> dict:
        """Verify a scanned presentation for the staff member's organisation; log it."""
        organisation = self.registry.of_staff(username)
        now = self.clock()
        looked_up: dict = {}

        def status(identifier: str) -> dict | None:
            looked_up["record"] = record = self.certificates.find(identifier)
            return _status(record)

        result = verify_presentation(
            token,
            self.issuer_keys,
            self.wallet_keys.public_keys(),
            now,
            audience=audience_of(organisation),
            nonce_used=lambda presentation_id: self._seen_before(presentation_id, now),
            status_lookup=status,
            max_age=self.lifetime,
            language=language,
        )
        purpose = self._log(result, looked_up, organisation, now)
        verifier = {"id": str(organisation["_id"]), "name": organisation["name"]}
        return {**asdict(result), "checked_at": now, "verifier": verifier, "purpose": purpose}

    def _seen_before(self, presentation_id: str, now) -> bool:
        """Record a first use of a presentation id; say whether it had been used before."""
        keep_until = now + self.lifetime + LEEWAY + NONCE_SLACK
        try:
            self.used_nonces.record(presentation_id, now, keep_until)
        except Duplicate:
            return True
        return False

    def grants_received(self, username: str, limit: int, offset: int) -> tuple[list, int]:
        """Return (the grants holders made to the staff member's organisation, the total)."""
        organisation = self.registry.of_staff(username)
        page = self.grants.for_grantee("verifier", str(organisation["_id"]), limit, offset)
        return page["items"], page["total"]

    def use_grant(self, username: str, grant_id, purpose: str) -> dict:
        """Read the fields a holder granted the organisation, for the granted purpose."""
        organisation = self.registry.of_staff(username)
        grantee = {"kind": "verifier", "id": str(organisation["_id"])}
        return self.grants.use(grantee, str(grant_id), purpose)

    def _log(self, result, looked_up: dict, organisation: dict, now) -> str | None:
        """Log the attempt for the certificate's holder; return the purpose it was shown for."""
        record = looked_up.get("record")
        if record is None and result.identifier and "record" not in looked_up:
            record = self.certificates.find(result.identifier)
        if record is None:  # not in the register: it belongs to nobody's log
            return None
        shown = None
        if result.presentation_id:
            shown = self.presentations.find_by_presentation_id(result.presentation_id)
        purpose = shown["purpose"]["name"] if shown else None
        verifier = {"id": str(organisation["_id"]), "name": organisation["name"]}
        entry = presentation_entry(result, record["person_index"], verifier, now, purpose or "")
        self.usage_log.record({**entry, "by": None})
        return purpose


def _status(record: dict | None) -> dict | None:
    if record is None:
        return None
    if record["status"] != REVOKED:
        return {"status": VALID}
    return {
        "status": REVOKED,
        "reason": record["revocation_reason"],
        "revoked_at": record["revoked_at"].isoformat(),
    }
