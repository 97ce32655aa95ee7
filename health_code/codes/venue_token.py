"""Issue and verify the signed token printed in a venue code (场所码) poster.

Framed as every signed code is (health_code.codes.framing), with tag "VC1:", signed with the
health-code key ring's current key under its own context, so neither kind passes as the other.

    header flags   0 (reserved)
    body  0   12   venue id (the venue's ObjectId bytes)
          12  4    issued-at: when the venue code was issued, unsigned Unix seconds, big-endian

A venue token has no expiry: a poster stays on the wall until its venue is deactivated
(checked online at check-in) or its key is retired. Ed25519 is deterministic, so the same
venue and key always give the same text. A typical token is 132 characters: QR version 5-M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from health_code.codes.framing import Framing, PublicKeyLookup, Refusal
from signing_keys import SigningKey, utc_seconds

VENUE_ID_BYTES = 12
FRAMING = Framing(
    tag="VC1:",
    context=b"shengshi/venue-code/v1\x00",
    max_chars=200,  # real tokens are about 132 characters
    body_sizes=range(VENUE_ID_BYTES + 4, VENUE_ID_BYTES + 5),
)
PREFIX = FRAMING.tag
_VENUE_ID = re.compile(rf"[0-9a-f]{{{VENUE_ID_BYTES * 2}}}")


@dataclass(frozen=True)
class VenueVerification:
    valid: bool
    reason: Refusal
    venue_id: str | None = None  # set once the signature checks out
    issued_at: datetime | None = None
    kid: str | None = None


def issue_venue_token(venue_id: str, issued_at: datetime, signing_key: SigningKey) -> str:
    """Sign a venue's id and issue time with `signing_key` and return the QR token text."""
    if not isinstance(venue_id, str) or not _VENUE_ID.fullmatch(venue_id):
        raise ValueError(f"venue_id must be {VENUE_ID_BYTES * 2} lowercase hex chars")
    seconds = int(utc_seconds(issued_at).timestamp())
    return FRAMING.seal(0, bytes.fromhex(venue_id) + seconds.to_bytes(4, "big"), signing_key)


def verify_venue_token(
    text: object, public_keys: PublicKeyLookup, now: datetime
) -> VenueVerification:
    """Check a scanned venue token; refusals come back as a reason, never as an exception."""
    frame = FRAMING.parse(text)
    # The layout is fixed, so set reserved flags mean it is not a venue token.
    if frame is None or frame.flags:
        return VenueVerification(False, Refusal.MALFORMED)
    refusal = FRAMING.refusal(frame, public_keys, now)
    if refusal:
        return VenueVerification(False, refusal, kid=frame.kid)
    venue_id = frame.body[:VENUE_ID_BYTES].hex()
    seconds = int.from_bytes(frame.body[VENUE_ID_BYTES:], "big")
    issued_at = datetime.fromtimestamp(seconds, UTC)
    return VenueVerification(True, Refusal.OK, venue_id, issued_at, frame.kid)
