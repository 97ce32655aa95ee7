"""Presentations (亮证): the holder shows chosen fields of one certificate to one verifier.

The wallet is custodial: the platform keeps the holder's SD-JWT and signs the key-binding
JWT with the wallet key the certificate is bound to (`cnf.kid`). A presentation is

    <issuer JWT>~<chosen disclosures>~<KB-JWT {iat, aud, nonce, sd_hash}>

The nonce is the presentation id: an online verifier records it and refuses a second use.
Lifetime is the verifier's `max_age` on `iat` (RFC 9901 §7.3); `expires_at` below is the
same limit as the holder's screen shows it. The purpose is the API layer's to log; it does
not travel in the QR code.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.errors import ServiceError
from ecert.catalogue import get_type
from ecert.metadata import VALID, status_at
from ecert.sd_jwt import KB_TYP, b64url, join, presentation_hash, read_disclosure, sign_jwt, split
from signing_keys import utc_seconds

PRESENTATION_LIFETIME = timedelta(seconds=180)
NONCE_BYTES = 12  # 96 bits: 16 characters
MAX_AUDIENCE, MAX_PURPOSE = 64, 60


@dataclass(frozen=True)
class Presentation:
    token: str
    presentation_id: str  # the KB-JWT nonce
    identifier: str
    audience: str
    purpose: str
    disclosed: tuple[str, ...]  # long names, in the order chosen
    issued_at: datetime
    expires_at: datetime


class Presenter:
    def __init__(self, wallet_keys, clock, lifetime: timedelta = PRESENTATION_LIFETIME) -> None:
        self.wallet_keys, self.clock, self.lifetime = wallet_keys, clock, lifetime

    def present(
        self, record: dict, disclose: Iterable[str], *, audience: str, purpose: str
    ) -> Presentation:
        """Return a presentation of `record` disclosing only the chosen names to `audience`."""
        chosen = tuple(dict.fromkeys(disclose))
        now = utc_seconds(self.clock())
        _check_request(record, chosen, audience, purpose, now)
        claims = get_type(record["type"]).claim_names()
        issuer_jwt, disclosures, _ = split(record["sd_jwt"])
        available = {read_disclosure(encoded).name: encoded for encoded in disclosures}
        _refuse_unless_disclosable([name for name in chosen if claims[name] not in available])
        shown = [available[claims[name]] for name in chosen]
        nonce = b64url(secrets.token_bytes(NONCE_BYTES))
        binding = {
            "iat": int(now.timestamp()),
            "aud": audience,
            "nonce": nonce,
            "sd_hash": presentation_hash(issuer_jwt, shown),
        }
        kb_jwt = sign_jwt({"typ": KB_TYP}, binding, self.wallet_keys.key_for(record["wallet_kid"]))
        return Presentation(
            token=join(issuer_jwt, shown, kb_jwt),
            presentation_id=nonce,
            identifier=record["identifier"],
            audience=audience,
            purpose=purpose,
            disclosed=chosen,
            issued_at=now,
            expires_at=now + self.lifetime,
        )


def _check_request(record: dict, chosen: tuple, audience, purpose, now: datetime) -> None:
    status = status_at(record, now)
    if status != VALID:
        raise ServiceError(f"ecert.certificate_{status}", "conflict")
    allowed = get_type(record["type"]).disclosable()
    _refuse_unless_disclosable([name for name in chosen if name not in allowed])
    if not isinstance(audience, str) or not 0 < len(audience.strip()) <= MAX_AUDIENCE:
        raise ServiceError(
            "ecert.audience_invalid", "invalid", errors={"audience": ["ecert.field.audience"]}
        )
    if not isinstance(purpose, str) or not 0 < len(purpose.strip()) <= MAX_PURPOSE:
        raise ServiceError(
            "ecert.purpose_invalid", "invalid", errors={"purpose": ["ecert.field.purpose"]}
        )


def _refuse_unless_disclosable(refused: list) -> None:
    # Names the type does not have, or that this certificate does not carry (an optional
    # field left empty, an age claim without a birth date).
    if refused:
        raise ServiceError(
            "ecert.not_disclosable",
            "invalid",
            errors={"disclose": ["ecert.field.not_disclosable"]},
            names=", ".join(str(name)[:40] for name in refused),
        )
