"""Issue and verify the signed token printed in a venue code (场所码) poster.

Wire format: "VC1:" + Base45 (RFC 9285) of payload + signature, signed with the health-code
key ring's current key under its own context, so neither kind of token passes as the other.

    offset  size  field
    0       1     kid length n (bits 3-0, 1..8); bits 7-4 zero
    1       n     kid, ASCII
    1+n     12    venue id (the venue's ObjectId bytes)
    13+n    4     issued-at: when the venue code was issued, unsigned Unix seconds, big-endian
    17+n    64    Ed25519 signature over SIGNING_CONTEXT + payload

A venue token has no expiry: a poster stays on the wall until its venue is deactivated
(checked online at check-in) or its key is retired. Ed25519 is deterministic, so the same
venue and key always give the same text. A typical token is 132 characters: QR version 5-M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from health_code.codes.health_token import PublicKeyLookup, Reason, base45_decode, base45_encode
from signing_keys import SigningKey, signature_refusal, utc_seconds

PREFIX = "VC1:"
SIGNING_CONTEXT = b"shengshi/venue-code/v1\x00"
VENUE_ID_BYTES = 12
MAX_TOKEN_CHARS = 200  # real tokens are about 132 characters
_SIGNATURE_BYTES = 64
_FIXED_AFTER_KID = VENUE_ID_BYTES + 4
_VENUE_ID = re.compile(rf"[0-9a-f]{{{VENUE_ID_BYTES * 2}}}")


@dataclass(frozen=True)
class VenueVerification:
    valid: bool
    reason: Reason
    venue_id: str | None = None  # set once the signature checks out
    issued_at: datetime | None = None
    kid: str | None = None


def issue_venue_token(venue_id: str, issued_at: datetime, signing_key: SigningKey) -> str:
    """Sign a venue's id and issue time with `signing_key` and return the QR token text."""
    if not isinstance(venue_id, str) or not _VENUE_ID.fullmatch(venue_id):
        raise ValueError(f"venue_id must be {VENUE_ID_BYTES * 2} lowercase hex chars")
    kid = signing_key.kid
    payload = b"".join(
        [
            bytes([len(kid)]),
            kid.encode("ascii"),
            bytes.fromhex(venue_id),
            int(utc_seconds(issued_at).timestamp()).to_bytes(4, "big"),
        ]
    )
    signature = signing_key.private_key.sign(SIGNING_CONTEXT + payload)
    return PREFIX + base45_encode(payload + signature)


def verify_venue_token(
    text: object, public_keys: PublicKeyLookup, now: datetime
) -> VenueVerification:
    """Check a scanned venue token; refusals come back as a reason, never as an exception."""
    parts = _split(text)
    if parts is None:
        return VenueVerification(False, Reason.MALFORMED)
    kid, payload, signature = parts
    refusal = signature_refusal(public_keys, kid, SIGNING_CONTEXT + payload, signature, now)
    if refusal:
        return VenueVerification(False, Reason(refusal), kid=kid)
    body = 1 + len(kid)
    venue_id = payload[body : body + VENUE_ID_BYTES].hex()
    seconds = int.from_bytes(payload[body + VENUE_ID_BYTES :], "big")
    return VenueVerification(True, Reason.OK, venue_id, datetime.fromtimestamp(seconds, UTC), kid)


def _split(text: object) -> tuple[str, bytes, bytes] | None:
    """Return (kid, payload, signature) without trusting anything but the layout, or None."""
    if not isinstance(text, str) or len(text) > MAX_TOKEN_CHARS or not text.startswith(PREFIX):
        return None
    try:
        raw = base45_decode(text[len(PREFIX) :])
    except ValueError:
        return None
    payload, signature = raw[:-_SIGNATURE_BYTES], raw[-_SIGNATURE_BYTES:]
    kid_length = payload[0] if payload else 0
    # The layout is fixed, so any other length (or a set reserved bit) is not a venue token.
    if not 1 <= kid_length <= 8 or len(payload) != 1 + kid_length + _FIXED_AFTER_KID:
        return None
    kid = payload[1 : 1 + kid_length]
    if not kid.isascii() or not kid.isalnum():
        return None
    return kid.decode("ascii"), payload, signature
