"""Verify a presentation (亮证 QR): signatures, disclosures, key binding, freshness, status.

Every refusal has its own `Reason`. Online (the API) passes `status_lookup` (the register)
and `nonce_used` (records each presentation id, answers True when it was seen before);
offline (verify_cli) passes a saved `RevocationList` and cannot enforce one-time use.
Disclosed values come back only when the presentation is valid, under their long names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from ecert.catalogue import HOLDER_CODE, type_for_code
from ecert.derived import china_today
from ecert.identifiers import MAX_LENGTH, IdentifierError, parse_identifier
from ecert.jwks import ALGORITHM
from ecert.metadata import EXPIRED, REVOKED, VALID
from ecert.presentation import PRESENTATION_LIFETIME
from ecert.reasons import Reason, Verification
from ecert.sd_jwt import (
    ISSUER_TYP,
    KB_TYP,
    presentation_hash,
    read_disclosure,
    read_jwt,
    signature_holds,
    split,
)
from signing_keys import utc_seconds

LEEWAY = timedelta(seconds=30)  # phone and scanner clocks disagree a little
__all__ = ["LEEWAY", "Reason", "Verification", "verify_presentation"]


class _Refused(Exception):
    def __init__(self, reason: Reason, **found) -> None:
        super().__init__(reason)
        self.reason, self.found = reason, found


def verify_presentation(
    token: object,
    issuer_keys,
    wallet_keys,
    now: datetime,
    *,
    audience: str | None = None,
    nonce_used: Callable[[str], bool] | None = None,
    status_lookup: Callable[[str], dict | None] | None = None,
    revocations=None,
    max_age: timedelta = PRESENTATION_LIFETIME,
    language: str = "zh-CN",
) -> Verification:
    """Check a presented SD-JWT+KB; refusals come back as a reason, never as an exception."""
    if (status_lookup is None) == (revocations is None):
        raise ValueError("pass status_lookup (online) or revocations (offline), not both")
    result = Verification(False, Reason.MALFORMED, offline=nonce_used is None)
    checks = _Checks(issuer_keys, wallet_keys, utc_seconds(now), language)
    try:
        result = replace(result, **checks.certificate(token))
        result = replace(result, **checks.binding(audience, max_age))
        if status_lookup is not None:
            status = status_lookup(result.identifier)
        else:
            status = revocations.status(result.identifier)
        result = replace(result, **checks.status(status))
        if nonce_used is not None and nonce_used(result.presentation_id):
            raise _Refused(Reason.REPLAYED)
    except _Refused as refusal:
        return replace(result, **{**checks.found, **refusal.found}, reason=refusal.reason)
    return replace(result, valid=True, reason=Reason.OK, fields=checks.shared_fields())


class _Checks:
    """The steps in order; each records what it learnt in `found` or raises _Refused."""

    def __init__(self, issuer_keys, wallet_keys, now: datetime, language: str) -> None:
        self.issuer_keys, self.wallet_keys, self.now = issuer_keys, wallet_keys, now
        self.language = language
        self.found: dict = {}

    def certificate(self, token: object) -> dict:
        try:
            self.issuer_jwt, self.disclosures, self.kb_jwt = split(token)
            header, self.payload = read_jwt(self.issuer_jwt)
            self.kb_header, self.kb_payload = read_jwt(self.kb_jwt)
        except ValueError:
            raise _Refused(Reason.MALFORMED) from None
        self._identify(self.payload.get("id"))
        self._issuer_signature(header)
        self.claims = self._disclosed()
        return self.found

    def _identify(self, text: object) -> None:
        if isinstance(text, str) and len(text) <= MAX_LENGTH:
            self.found["identifier"] = text
        try:
            identifier = parse_identifier(text)
        except IdentifierError as error:
            check = error.reason == "check"
            raise _Refused(Reason.IDENTIFIER_CHECK if check else Reason.MALFORMED) from None
        self.type = type_for_code(identifier.type_code)
        if self.type is None:
            raise _Refused(Reason.MALFORMED)
        self.found.update(
            type=self.type.slug,
            issuer_code=identifier.issuer_code,
            issuer_name=self.issuer_keys.name(identifier.issuer_code, self.language),
        )
        if identifier.issuer_code != self.type.issuer_code:
            raise _Refused(Reason.WRONG_ISSUER)

    def _issuer_signature(self, header: dict) -> None:
        if header.get("alg") != ALGORITHM or header.get("typ") != ISSUER_TYP:
            raise _Refused(Reason.MALFORMED)
        entry = self.issuer_keys.get(self.found["issuer_code"], header.get("kid"))
        self._check_key(entry, "issuer")
        if not signature_holds(self.issuer_jwt, entry.public_key):
            raise _Refused(Reason.BAD_SIGNATURE, key_owner="issuer")

    def _check_key(self, entry, owner: str) -> None:
        if entry is None:
            raise _Refused(Reason.UNKNOWN_KEY, key_owner=owner)
        if entry.is_retired(self.now):
            raise _Refused(Reason.KEY_RETIRED, key_owner=owner)

    def _disclosed(self) -> dict:
        digests = self.payload.get("_sd", [])
        if not isinstance(digests, list) or not all(isinstance(d, str) for d in digests):
            raise _Refused(Reason.MALFORMED)
        claims: dict = {}
        for encoded in self.disclosures:
            try:
                disclosure = read_disclosure(encoded)
            except ValueError:
                raise _Refused(Reason.MALFORMED) from None
            # A digest the issuer did not sign, or the same claim shown twice: altered.
            if disclosure.digest not in digests or disclosure.name in claims:
                raise _Refused(Reason.TAMPERED_DISCLOSURE)
            if disclosure.name in self.payload:
                raise _Refused(Reason.MALFORMED)
            claims[disclosure.name] = disclosure.value
        return claims

    def binding(self, audience: str | None, max_age: timedelta) -> dict:
        cnf = self.payload.get("cnf")
        kid = cnf.get("kid") if isinstance(cnf, dict) else None
        entry = self.wallet_keys.get(kid) if isinstance(kid, str) else None
        self._check_key(entry, "wallet")
        kb = self.kb_payload
        wanted = {"iat": int, "aud": str, "nonce": str, "sd_hash": str}
        if any(type(kb.get(name)) is not kind for name, kind in wanted.items()):
            raise _Refused(Reason.MALFORMED)
        self.found.update(presentation_id=kb["nonce"], audience=kb["aud"])
        header_ok = self.kb_header.get("alg") == ALGORITHM and self.kb_header.get("typ") == KB_TYP
        if not header_ok or not signature_holds(self.kb_jwt, entry.public_key):
            raise _Refused(Reason.BAD_KEY_BINDING, key_owner="wallet")
        if kb["sd_hash"] != presentation_hash(self.issuer_jwt, self.disclosures):
            raise _Refused(Reason.BAD_KEY_BINDING, key_owner="wallet")
        if audience is not None and kb["aud"] != audience:
            raise _Refused(Reason.AUDIENCE_MISMATCH)
        self._fresh(kb["iat"], max_age)
        return self.found

    def _fresh(self, iat: int, max_age: timedelta) -> None:
        try:
            presented_at = datetime.fromtimestamp(iat, UTC)
        except (OverflowError, OSError, ValueError):
            raise _Refused(Reason.MALFORMED) from None
        self.found["presented_at"] = presented_at
        if presented_at > self.now + LEEWAY:
            raise _Refused(Reason.PRESENTATION_NOT_YET_VALID)
        if self.now > presented_at + max_age:
            raise _Refused(Reason.PRESENTATION_EXPIRED)

    def status(self, status: dict | None) -> dict:
        valid_from, valid_until = self.payload.get("vf"), self.payload.get("vu")
        self.found.update(valid_from=valid_from, valid_until=valid_until)
        today = china_today(self.now).isoformat()
        if any(
            value is not None and not isinstance(value, str) for value in (valid_from, valid_until)
        ):
            raise _Refused(Reason.MALFORMED)
        if valid_until and today > valid_until:
            raise _Refused(Reason.CERTIFICATE_EXPIRED, status=EXPIRED)
        if valid_from and today < valid_from:
            raise _Refused(Reason.CERTIFICATE_NOT_YET_VALID)
        if not status:
            raise _Refused(Reason.UNKNOWN_CERTIFICATE)
        if status["status"] == REVOKED:
            revocation = {key: status.get(key) for key in ("reason", "revoked_at")}
            raise _Refused(Reason.REVOKED, status=REVOKED, revocation=revocation)
        self.found["status"] = VALID
        return self.found

    def shared_fields(self) -> dict:
        """Return the plain claims and the disclosed ones under their long names."""
        long_names = {claim: name for name, claim in self.type.claim_names().items()}
        plain = {claim: value for claim, value in self.payload.items() if claim in long_names}
        shared = {
            long_names.get(claim, claim): value for claim, value in {**plain, **self.claims}.items()
        }
        code = shared.get(HOLDER_CODE)
        if isinstance(code, list) and len(code) == 2:
            shared[HOLDER_CODE] = {"type": code[0], "number": code[1]}
        return shared
