"""Cross-region recognition (转码): the trust list and converting a partner region's code.

The holder brings the partner's signed code themselves; no data is exchanged between the
regions' back ends. Only a valid GREEN code, fresh enough, is converted into a local record
(a PartnerCode fact the colour rules show). A yellow or red partner code is refused with
`partner.not_green`: a holder who disputes their colour should appeal instead.
"""

from datetime import timedelta

from core.errors import ServiceError
from core.paging import page_of_list
from health_code.codes.framing import Frame, window_refusal
from health_code.codes.partner_token import (
    FRAMING,
    PartnerClaims,
    parse_partner_code,
    partner_claims,
)
from signing_keys import KeySet, KeySetFormatError

LEEWAY = timedelta(seconds=30)
AUDIT_EVENT = "health_code.partner_conversion"


def _refuse(reason: str, **params):
    raise ServiceError(f"partner.{reason}", "invalid", **params)


class PartnerService:
    def __init__(self, regions, health_codes, facts, audit, clock, *, local_validity: timedelta):
        self.regions, self.health_codes, self.facts = regions, health_codes, facts
        self.audit, self.clock, self.local_validity = audit, clock, local_validity

    def convert(self, account_id: str, text: str, actor) -> dict:
        """Verify a partner code the holder submits and record it as a local conversion."""
        record = self.health_codes.record_of_account(account_id)
        code, now = parse_partner_code(text), self.clock()
        try:
            claims = self.verify(code, now)
            self._check_holder(record, code, claims)
        except ServiceError as refusal:
            self.audit.record(
                AUDIT_EVENT,
                "refused",
                actor,
                subject=account_id,
                reason=refusal.key,
                region=code and code.scope,
            )
            raise
        fact = {
            "region": code.scope,
            "colour": claims.colour,
            "verified_at": now,
            "expires_at": min(claims.expires_at, now + self.local_validity),
            "kid": code.kid,
            "partner_subject": claims.subject_ref.hex(),
            "partner_issued_at": claims.issued_at,
            "partner_expires_at": claims.expires_at,
            "masked_name": claims.masked_name,
        }
        record = self.facts.add(record["_id"], "partner_codes", [fact])
        self.audit.record(
            AUDIT_EVENT,
            "ok",
            actor,
            subject=account_id,
            region=code.scope,
            kid=code.kid,
            expires_at=fact["expires_at"].isoformat(),
        )
        return {**fact, "code": self.health_codes.show(record)}

    def verify(self, code: Frame | None, now) -> PartnerClaims:
        """Check a parsed code against the trust list; raise the refusal that applies."""
        if code is None:
            _refuse("malformed")
        entry = self.regions.find(code.scope)
        if not entry or not entry.get("enabled"):
            _refuse("unknown_region", region=code.scope)
        claims = _signed_claims(code, KeySet.from_dict(entry["keys"]), now)
        refusal = window_refusal(claims.issued_at, claims.expires_at, now, LEEWAY)
        if refusal:
            _refuse(refusal)
        if now - claims.issued_at > timedelta(minutes=entry["freshness_minutes"]):
            _refuse("too_old", minutes=entry["freshness_minutes"])
        if claims.colour != "green":
            _refuse("not_green", colour=claims.colour)
        return claims

    @staticmethod
    def _check_holder(record: dict, code: Frame, claims: PartnerClaims) -> None:
        # Both regions mask the same way (张*明): a different name is somebody else's code.
        mine = record.get("masked_name") or ""
        if claims.masked_name and mine and claims.masked_name != mine:
            _refuse("name_mismatch")
        subject = claims.subject_ref.hex()
        for earlier in record.get("facts", {}).get("partner_codes", ()):
            if (
                earlier.get("region"),
                earlier.get("partner_subject"),
                earlier.get("partner_issued_at"),
            ) == (code.scope, subject, claims.issued_at):
                raise ServiceError("partner.already_converted", "conflict")

    def conversions(self, account_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of my converted partner codes, newest first, and their number."""
        record = self.health_codes.record_of_account(account_id)
        converted = list(reversed(record.get("facts", {}).get("partner_codes", [])))
        return page_of_list(converted, limit, offset)

    def trust_region(self, region: str, entry: dict, set_by: str, actor) -> dict:
        """Put a partner region on the trust list (or change it) with its public keys."""
        if not (len(region) == 2 and region.isascii() and region.isupper()):
            raise ServiceError(
                "partner.region_invalid",
                "invalid",
                errors={"region": ["partner.region_invalid"]},
            )
        fields = {
            **entry,
            "keys": public_key_set(entry["keys"]).to_dict(),
            "updated_at": self.clock(),
            "updated_by": set_by,
        }
        stored = self.regions.put(region, fields)
        self.audit.record(
            "partner_region.put",
            "ok",
            actor,
            subject=f"partner_region:{region}",
            kids=[key["kid"] for key in stored["keys"]["keys"]],
            enabled=stored["enabled"],
        )
        return stored

    def list_regions(self, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of the trust list, by region code, and its length."""
        return page_of_list(self.regions.list_all(), limit, offset)


def public_key_set(document: dict) -> KeySet:
    """Load a partner's published key set; refuse private keys and empty sets."""
    keys = document.get("keys") if isinstance(document, dict) else None
    if isinstance(keys, list) and any(isinstance(key, dict) and "d" in key for key in keys):
        _key_error("private keys given: publish only the public key set")
    try:
        key_set = KeySet.from_dict(document)
    except KeySetFormatError as error:
        _key_error(str(error))
    if not len(key_set):
        _key_error("no keys")
    return key_set


def _key_error(detail: str):
    raise ServiceError(
        "partner.keys_invalid", "invalid", detail=detail, errors={"keys": ["partner.keys_invalid"]}
    )


def _signed_claims(code: Frame, keys: KeySet, now) -> PartnerClaims:
    refusal = FRAMING.refusal(code, keys, now)
    if refusal:
        _refuse(refusal)
    claims = partner_claims(code)
    if claims is None:  # signed by the partner yet unreadable: their bug, not a forgery
        _refuse("malformed")
    return claims
