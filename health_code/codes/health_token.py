"""Issue and verify the signed, short-lived token carried by a health-code QR.

Framed as every signed code is (health_code.codes.framing), with tag "HC1:":

    header flags   kind (bits 3-2: 0 P personal, 1 F family/dependant, 2 C printed card)
                   | colour (bits 1-0: 0 green, 1 yellow, 2 red)
    body  0   10   subject id, opaque
          10  4    issued-at, unsigned Unix seconds, big-endian
          14  3    lifetime in seconds (expiry minus issued-at), big-endian
          17  0-12 masked name, UTF-8 (the rest of the body)

A typical token (kid "k1a2", name "张*明") is 93 bytes, 144 characters: QR version 6-M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from health_code.codes.framing import Framing, PublicKeyLookup, Refusal
from signing_keys import SigningKey, utc_seconds

COLOURS = ("green", "yellow", "red")  # position = wire code
KINDS = ("P", "F", "C")  # position = wire code
KIND_NAMES = {"P": "personal", "F": "family", "C": "offline card"}
SUBJECT_ID_HEX_CHARS = 20  # 10 opaque bytes, e.g. secrets.token_hex(10)
MAX_NAME_BYTES = 12
MAX_LIFETIME = timedelta(seconds=2**24 - 1)  # ~194 days, enough for a printed card
DEFAULT_LEEWAY = timedelta(seconds=30)
_FIXED_BODY = 17  # subject id + issued-at + lifetime
# A new layout gets a new tag and signing context, never a silent reinterpretation.
FRAMING = Framing(
    tag="HC1:",
    context=b"shengshi/health-code/v1\x00",
    # Bounds the work a hostile scan can cause; real tokens are about 150 characters.
    max_chars=400,
    body_sizes=range(_FIXED_BODY, _FIXED_BODY + MAX_NAME_BYTES + 1),
)
PREFIX = FRAMING.tag
_SUBJECT_ID = re.compile(rf"[0-9a-f]{{{SUBJECT_ID_HEX_CHARS}}}")


@dataclass(frozen=True)
class TokenClaims:
    """What a token says; normalised on creation to exactly what the wire format can carry."""

    colour: str
    subject_id: str
    masked_name: str
    issued_at: datetime
    expires_at: datetime
    kind: str = "P"
    kid: str | None = None  # taken from the signing key on issue

    def __post_init__(self) -> None:
        if self.colour not in COLOURS or self.kind not in KINDS:
            raise ValueError(f"unknown colour {self.colour!r} or kind {self.kind!r}")
        if not isinstance(self.subject_id, str) or not _SUBJECT_ID.fullmatch(self.subject_id):
            raise ValueError(f"subject_id must be {SUBJECT_ID_HEX_CHARS} lowercase hex chars")
        if not isinstance(self.masked_name, str):
            raise ValueError("masked_name must be a str")
        name = _truncate_utf8(self.masked_name, MAX_NAME_BYTES)
        # Refuse what looks like an unmasked name: only a masked name may enter a QR code.
        if (name and "*" not in name) or not name.isprintable():
            raise ValueError("masked_name must be masked (contain '*') and printable")
        issued_at, expires_at = utc_seconds(self.issued_at), utc_seconds(self.expires_at)
        if not timedelta(0) < expires_at - issued_at <= MAX_LIFETIME:
            raise ValueError(f"lifetime must be between 1 s and {MAX_LIFETIME}")
        object.__setattr__(self, "masked_name", name)
        object.__setattr__(self, "issued_at", issued_at)
        object.__setattr__(self, "expires_at", expires_at)

    @classmethod
    def _from_signed(cls, **fields) -> TokenClaims:
        """Make claims read from a token whose signature holds, without checking them again.

        We signed exactly these values after __post_init__ had checked them; re-checking
        on every scan cost more than the signature check (bench/qr_png.py).
        """
        claims = object.__new__(cls)
        claims.__dict__.update(fields)
        return claims


class Verification(NamedTuple):
    valid: bool
    reason: Refusal
    claims: TokenClaims | None = None  # set once the signature checks out
    kid: str | None = None


def issue_token(claims: TokenClaims, signing_key: SigningKey) -> str:
    """Sign `claims` with `signing_key` and return the QR token text."""
    if claims.kid not in (None, signing_key.kid):
        raise ValueError(f"claims name kid {claims.kid!r}, signing key is {signing_key.kid!r}")
    if not signing_key.can_sign(claims.issued_at):
        raise ValueError(f"key {signing_key.kid} may not sign at {claims.issued_at.isoformat()}")
    flags = KINDS.index(claims.kind) << 2 | COLOURS.index(claims.colour)
    return FRAMING.seal(flags, _pack(claims), signing_key)


def verify_token(
    text: object,
    public_keys: PublicKeyLookup,
    now: datetime,
    *,
    leeway: timedelta = DEFAULT_LEEWAY,
) -> Verification:
    """Check a scanned token offline; refusals come back as a reason, never as an exception."""
    if now.tzinfo is None:
        raise ValueError("expected a timezone-aware datetime")
    frame = FRAMING.parse(text)
    if frame is None:
        return Verification(False, Refusal.MALFORMED)
    refusal = FRAMING.refusal(frame, public_keys, now)
    if refusal:
        return Verification(False, refusal, kid=frame.kid)
    claims = _unpack(frame.flags, frame.body, frame.kid)
    if claims is None:  # signed by us yet unreadable: an issuer bug, not a forgery
        return Verification(False, Refusal.MALFORMED, kid=frame.kid)
    # Whole seconds, as the token carries them: a fraction of a second never decides.
    seconds, issued = int(now.timestamp()), int.from_bytes(frame.body[10:14], "big")
    if issued > seconds + leeway.total_seconds():
        return Verification(False, Refusal.NOT_YET_VALID, claims, frame.kid)
    if seconds >= issued + int.from_bytes(frame.body[14:17], "big"):
        return Verification(False, Refusal.EXPIRED, claims, frame.kid)
    return Verification(True, Refusal.OK, claims, frame.kid)


def _pack(claims: TokenClaims) -> bytes:
    lifetime = int((claims.expires_at - claims.issued_at).total_seconds())
    return b"".join(
        [
            bytes.fromhex(claims.subject_id),
            int(claims.issued_at.timestamp()).to_bytes(4, "big"),
            lifetime.to_bytes(3, "big"),
            claims.masked_name.encode("utf-8"),
        ]
    )


def _unpack(flags: int, body: bytes, kid: str) -> TokenClaims | None:
    colour, kind = flags & 0x03, flags >> 2
    lifetime = int.from_bytes(body[14:17], "big")
    if colour >= len(COLOURS) or kind >= len(KINDS) or not lifetime:
        return None
    try:
        name = body[_FIXED_BODY:].decode("utf-8")
    except UnicodeDecodeError:
        return None
    issued = datetime.fromtimestamp(int.from_bytes(body[10:14], "big"), UTC)
    return TokenClaims._from_signed(
        colour=COLOURS[colour],
        subject_id=body[:10].hex(),
        masked_name=name,
        issued_at=issued,
        expires_at=issued + timedelta(seconds=lifetime),
        kind=KINDS[kind],
        kid=kid,
    )


def _truncate_utf8(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` UTF-8 bytes without splitting a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
