"""The signed code format partner regions issue for cross-region recognition (转码).

Framed as every signed code is (health_code.codes.framing), with the partner's region as
the scope before the tag ("MOHC1:…"); the region picks the partner's keys on the trust list
and is bound into the signature.

    header flags   colour (bits 1-0: 0 green, 1 yellow, 2 red); bits 3-2 reserved
    body  0    4     issued-at, unsigned Unix seconds, big-endian
          4    4     expires-at, unsigned Unix seconds, big-endian
          8    1     subject reference length m (1..32)
          9    m     subject reference, opaque to us (the partner's own handle)
          9+m  0..24 masked name, UTF-8 (the rest of the body)
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from health_code.codes.framing import Frame, Framing
from health_code.codes.health_token import COLOURS
from signing_keys import SigningKey, utc_seconds

MAX_SUBJECT_BYTES = 32
MAX_NAME_BYTES = 24
FRAMING = Framing(
    tag="HC1:",
    context=b"shengshi/partner-code/v1\x00",
    max_chars=400,
    body_sizes=range(10, 9 + MAX_SUBJECT_BYTES + MAX_NAME_BYTES + 1),
    scope=re.compile(r"[A-Z]{2}"),
)


@dataclass(frozen=True)
class PartnerClaims:
    """What a partner code says about its holder."""

    colour: str
    issued_at: datetime
    expires_at: datetime
    subject_ref: bytes
    masked_name: str

    def __post_init__(self) -> None:
        if self.colour not in COLOURS:
            raise ValueError(f"unknown colour {self.colour!r}")
        if not 1 <= len(self.subject_ref) <= MAX_SUBJECT_BYTES:
            raise ValueError(f"a subject reference is 1-{MAX_SUBJECT_BYTES} bytes")
        if len(self.masked_name.encode()) > MAX_NAME_BYTES:
            raise ValueError(f"a masked name is at most {MAX_NAME_BYTES} bytes of UTF-8")
        if self.masked_name and "*" not in self.masked_name:
            raise ValueError("only a masked name (with '*') may enter a code")
        issued_at, expires_at = utc_seconds(self.issued_at), utc_seconds(self.expires_at)
        if expires_at <= issued_at:
            raise ValueError("a code must expire after it is issued")
        object.__setattr__(self, "issued_at", issued_at)
        object.__setattr__(self, "expires_at", expires_at)


def issue_partner_code(region: str, claims: PartnerClaims, key: SigningKey) -> str:
    """Sign claims as the partner region would, and return the code text."""
    if not FRAMING.scope.fullmatch(region):
        raise ValueError("a region is two capital letters, e.g. MO")
    body = b"".join(
        [
            int(claims.issued_at.timestamp()).to_bytes(4, "big"),
            int(claims.expires_at.timestamp()).to_bytes(4, "big"),
            bytes([len(claims.subject_ref)]),
            claims.subject_ref,
            claims.masked_name.encode("utf-8"),
        ]
    )
    return FRAMING.seal(COLOURS.index(claims.colour), body, key, scope=region)


def parse_partner_code(text: object) -> Frame | None:
    """Split code text into region (the frame's scope), kid and signed parts; None if not one."""
    return FRAMING.parse(text)


def partner_claims(frame: Frame) -> PartnerClaims | None:
    """Read the claims of a code whose signature has been checked; None if unreadable."""
    body, size = frame.body, frame.body[8]
    if frame.flags >> 2:  # reserved bits: a later layout gets a new tag instead
        return None
    try:
        return PartnerClaims(
            colour=COLOURS[frame.flags & 0x03],
            issued_at=_moment(body[0:4]),
            expires_at=_moment(body[4:8]),
            subject_ref=body[9 : 9 + size],
            masked_name=body[9 + size :].decode("utf-8"),
        )
    except (IndexError, ValueError):
        return None


def _moment(data: bytes) -> datetime:
    return datetime.fromtimestamp(int.from_bytes(data, "big"), UTC)
