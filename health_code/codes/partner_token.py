"""The signed code format partner regions issue for cross-region recognition (转码).

Wire format: "<region>HC1:" (two capital letters, e.g. "MOHC1:") + Base45 (RFC 9285) of
payload + signature. The region in the prefix picks the partner's keys on the trust list.

    offset     size  field
    0          1     colour (bits 5-4: 0 green, 1 yellow, 2 red) | kid length n (bits 3-0, 1..8)
    1          n     kid, ASCII
    1+n        4     issued-at, unsigned Unix seconds, big-endian
    5+n        4     expires-at, unsigned Unix seconds, big-endian
    9+n        1     subject reference length m (1..32)
    10+n       m     subject reference, opaque to us (the partner's own handle)
    10+n+m     0..24 masked name, UTF-8 (the rest of the payload)
    end-64     64    Ed25519 signature over SIGNING_CONTEXT + region + payload
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from health_code.codes.health_token import COLOURS, base45_decode, base45_encode
from signing_keys import SigningKey, utc_seconds

SUFFIX = "HC1:"
SIGNING_CONTEXT = b"shengshi/partner-code/v1\x00"
MAX_SUBJECT_BYTES = 32
MAX_NAME_BYTES = 24
MAX_TOKEN_CHARS = 400
_REGION = re.compile(r"[A-Z]{2}")
_SIGNATURE_BYTES = 64
_FIXED_AFTER_KID = 9  # issued-at + expires-at + subject length


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


@dataclass(frozen=True)
class SignedPartnerCode:
    """A code split into its parts; nothing but the region and kid is trusted yet."""

    region: str
    kid: str
    payload: bytes
    signature: bytes

    def signed_bytes(self) -> bytes:
        return SIGNING_CONTEXT + self.region.encode("ascii") + self.payload

    def claims(self) -> PartnerClaims | None:
        """Read the claims of a code whose signature has been checked; None if unreadable."""
        body = 1 + len(self.kid)
        data = self.payload
        size = data[body + 8] if len(data) > body + 8 else 0
        if data[0] >> 6:  # reserved bits: a later layout gets a new prefix instead
            return None
        try:
            return PartnerClaims(
                colour=COLOURS[data[0] >> 4 & 0x03],
                issued_at=_moment(data[body : body + 4]),
                expires_at=_moment(data[body + 4 : body + 8]),
                subject_ref=data[body + 9 : body + 9 + size],
                masked_name=data[body + 9 + size :].decode("utf-8"),
            )
        except (IndexError, ValueError):
            return None


def issue_partner_code(region: str, claims: PartnerClaims, key: SigningKey) -> str:
    """Sign claims as the partner region would, and return the code text."""
    if not _REGION.fullmatch(region):
        raise ValueError("a region is two capital letters, e.g. MO")
    payload = b"".join(
        [
            bytes([COLOURS.index(claims.colour) << 4 | len(key.kid)]),
            key.kid.encode("ascii"),
            int(claims.issued_at.timestamp()).to_bytes(4, "big"),
            int(claims.expires_at.timestamp()).to_bytes(4, "big"),
            bytes([len(claims.subject_ref)]),
            claims.subject_ref,
            claims.masked_name.encode("utf-8"),
        ]
    )
    code = SignedPartnerCode(region, key.kid, payload, b"")
    return region + SUFFIX + base45_encode(payload + key.private_key.sign(code.signed_bytes()))


def split_partner_code(text: object) -> SignedPartnerCode | None:
    """Split code text into region, kid, payload and signature; None if it is not one."""
    if not isinstance(text, str) or len(text) > MAX_TOKEN_CHARS:
        return None
    region, _, rest = text.partition(SUFFIX)
    if not _REGION.fullmatch(region) or not rest:
        return None
    try:
        raw = base45_decode(rest)
    except ValueError:
        return None
    payload, signature = raw[:-_SIGNATURE_BYTES], raw[-_SIGNATURE_BYTES:]
    kid_end = 1 + (payload[0] & 0x0F) if payload else 0
    if len(payload) < kid_end + _FIXED_AFTER_KID or not payload[1:kid_end].isalnum():
        return None
    return SignedPartnerCode(region, payload[1:kid_end].decode("ascii"), payload, signature)


def _moment(data: bytes) -> datetime:
    return datetime.fromtimestamp(int.from_bytes(data, "big"), UTC)
