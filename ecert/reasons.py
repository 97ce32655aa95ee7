"""What a verification answers: one Reason per refusal, and what was learnt on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Reason(StrEnum):
    OK = "ok"
    MALFORMED = "malformed"
    IDENTIFIER_CHECK = "identifier_check"
    WRONG_ISSUER = "wrong_issuer"
    UNKNOWN_KEY = "unknown_key"
    KEY_RETIRED = "key_retired"
    BAD_SIGNATURE = "bad_signature"
    TAMPERED_DISCLOSURE = "tampered_disclosure"
    BAD_KEY_BINDING = "bad_key_binding"
    AUDIENCE_MISMATCH = "audience_mismatch"
    PRESENTATION_NOT_YET_VALID = "presentation_not_yet_valid"
    PRESENTATION_EXPIRED = "presentation_expired"
    CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
    CERTIFICATE_EXPIRED = "certificate_expired"
    UNKNOWN_CERTIFICATE = "unknown_certificate"
    REVOKED = "revoked"
    REPLAYED = "replayed"


@dataclass(frozen=True)
class Verification:
    valid: bool
    reason: Reason
    offline: bool
    identifier: str | None = None
    type: str | None = None  # catalogue slug
    issuer_code: str | None = None
    issuer_name: str | None = None
    key_owner: str | None = None  # "issuer" or "wallet" when a key or signature is refused
    status: str | None = None  # valid / expired / revoked, once known
    revocation: dict | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    presentation_id: str | None = None
    audience: str | None = None
    presented_at: datetime | None = None
    fields: dict = field(default_factory=dict)  # only what was shared, only when valid
