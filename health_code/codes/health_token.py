"""Issue and verify the signed, short-lived token carried by a health-code QR.

Wire format: "HC1:" + Base45 (RFC 9285, the QR alphanumeric alphabet) of payload + signature.
The prefix carries the format version; a new layout gets a new prefix and signing context.

    offset     size  field
    0          1     kind (bits 7-6: 0 P personal, 1 F family/dependant, 2 C printed card)
                     | colour (bits 5-4: 0 green, 1 yellow, 2 red) | kid length n (bits 3-0, 1..8)
    1          n     kid, ASCII
    1+n        10    subject id, opaque
    11+n       4     issued-at, unsigned Unix seconds, big-endian
    15+n       3     lifetime in seconds (expiry minus issued-at), big-endian
    18+n       0..12 masked name, UTF-8 (the rest of the payload)
    end-64     64    Ed25519 signature over SIGNING_CONTEXT + payload

A typical token (kid "k1a2", name "张*明") is 93 bytes, 144 characters: QR version 6-M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from signing_keys import PublicKeyEntry, SigningKey, signature_refusal, utc_seconds

PREFIX = "HC1:"
COLOURS = ("green", "yellow", "red")  # position = wire code
KINDS = ("P", "F", "C")  # position = wire code
KIND_NAMES = {"P": "personal", "F": "family", "C": "offline card"}
SUBJECT_ID_HEX_CHARS = 20  # 10 opaque bytes, e.g. secrets.token_hex(10)
MAX_NAME_BYTES = 12
MAX_LIFETIME = timedelta(seconds=2**24 - 1)  # ~194 days, enough for a printed card
DEFAULT_LEEWAY = timedelta(seconds=30)
# Bounds the work a hostile scan can cause; real tokens are about 150 characters.
MAX_TOKEN_CHARS = 400
# Domain separation: a signature made for another document can never pass as a health code.
SIGNING_CONTEXT = b"shengshi/health-code/v1\x00"
_SIGNATURE_BYTES = 64
_FIXED_AFTER_KID = 17  # subject id + issued-at + lifetime
_BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_BASE45_VALUE = {char: value for value, char in enumerate(_BASE45)}
_SUBJECT_ID = re.compile(rf"[0-9a-f]{{{SUBJECT_ID_HEX_CHARS}}}")


class Reason(StrEnum):
    OK = "ok"
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    KEY_RETIRED = "key_retired"


class PublicKeyLookup(Protocol):
    def get(self, kid: str, /) -> PublicKeyEntry | None: ...


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


@dataclass(frozen=True)
class Verification:
    valid: bool
    reason: Reason
    claims: TokenClaims | None = None  # set once the signature checks out
    kid: str | None = None


def issue_token(claims: TokenClaims, signing_key: SigningKey) -> str:
    """Sign `claims` with `signing_key` and return the QR token text."""
    if claims.kid not in (None, signing_key.kid):
        raise ValueError(f"claims name kid {claims.kid!r}, signing key is {signing_key.kid!r}")
    if not signing_key.can_sign(claims.issued_at):
        raise ValueError(f"key {signing_key.kid} may not sign at {claims.issued_at.isoformat()}")
    payload = _pack(claims, signing_key.kid)
    signature = signing_key.private_key.sign(SIGNING_CONTEXT + payload)
    return PREFIX + base45_encode(payload + signature)


def verify_token(
    text: object,
    public_keys: PublicKeyLookup,
    now: datetime,
    *,
    leeway: timedelta = DEFAULT_LEEWAY,
) -> Verification:
    """Check a scanned token offline; refusals come back as a reason, never as an exception."""
    now = utc_seconds(now)
    parts = _split(text)
    if parts is None:
        return Verification(False, Reason.MALFORMED)
    kid, payload, signature = parts
    refusal = signature_refusal(public_keys, kid, SIGNING_CONTEXT + payload, signature, now)
    if refusal:
        return Verification(False, Reason(refusal), kid=kid)
    claims = _unpack(payload, kid)
    if claims is None:  # signed by us yet unreadable: an issuer bug, not a forgery
        return Verification(False, Reason.MALFORMED, kid=kid)
    if claims.issued_at > now + leeway:
        return Verification(False, Reason.NOT_YET_VALID, claims, kid)
    if now >= claims.expires_at:
        return Verification(False, Reason.EXPIRED, claims, kid)
    return Verification(True, Reason.OK, claims, kid)


def _pack(claims: TokenClaims, kid: str) -> bytes:
    lifetime = int((claims.expires_at - claims.issued_at).total_seconds())
    return b"".join(
        [
            bytes([KINDS.index(claims.kind) << 6 | COLOURS.index(claims.colour) << 4 | len(kid)]),
            kid.encode("ascii"),
            bytes.fromhex(claims.subject_id),
            int(claims.issued_at.timestamp()).to_bytes(4, "big"),
            lifetime.to_bytes(3, "big"),
            claims.masked_name.encode("utf-8"),
        ]
    )


def _split(text: object) -> tuple[str, bytes, bytes] | None:
    """Return (kid, payload, signature) without trusting anything but the kid, or None."""
    if not isinstance(text, str) or len(text) > MAX_TOKEN_CHARS or not text.startswith(PREFIX):
        return None
    try:
        raw = base45_decode(text[len(PREFIX) :])
    except ValueError:
        return None
    payload, signature = raw[:-_SIGNATURE_BYTES], raw[-_SIGNATURE_BYTES:]
    kid_end = 1 + (payload[0] & 0x0F) if payload else 0
    if len(payload) < kid_end + _FIXED_AFTER_KID or not payload[1:kid_end].isalnum():
        return None
    return payload[1:kid_end].decode("ascii"), payload, signature


def _unpack(payload: bytes, kid: str) -> TokenClaims | None:
    body = 1 + len(kid)
    issued = datetime.fromtimestamp(int.from_bytes(payload[body + 10 : body + 14], "big"), UTC)
    lifetime = timedelta(seconds=int.from_bytes(payload[body + 14 : body + 17], "big"))
    try:
        return TokenClaims(
            colour=COLOURS[payload[0] >> 4 & 0x03],
            subject_id=payload[body : body + 10].hex(),
            masked_name=payload[body + _FIXED_AFTER_KID :].decode("utf-8"),
            issued_at=issued,
            expires_at=issued + lifetime,
            kind=KINDS[payload[0] >> 6],
            kid=kid,
        )
    except (IndexError, ValueError):
        return None


def _truncate_utf8(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` UTF-8 bytes without splitting a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def base45_encode(data: bytes) -> str:
    """Encode bytes as RFC 9285 Base45."""
    chars = []
    for start in range(0, len(data), 2):
        chunk = data[start : start + 2]
        value = int.from_bytes(chunk, "big")
        digits = 3 if len(chunk) == 2 else 2
        for _ in range(digits):
            value, digit = divmod(value, 45)
            chars.append(_BASE45[digit])
    return "".join(chars)


def base45_decode(text: str) -> bytes:
    """Decode RFC 9285 Base45; raise ValueError on anything that is not valid Base45."""
    if len(text) % 3 == 1:
        raise ValueError("Base45 length leaves a lone character")
    out = bytearray()
    for start in range(0, len(text), 3):
        group = text[start : start + 3]
        if any(char not in _BASE45_VALUE for char in group):
            raise ValueError("character outside the Base45 alphabet")
        value = sum(_BASE45_VALUE[char] * 45**i for i, char in enumerate(group))
        size = 2 if len(group) == 3 else 1
        if value >= 256**size:
            raise ValueError("Base45 group out of range")
        out += value.to_bytes(size, "big")
    return bytes(out)
