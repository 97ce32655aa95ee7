"""One wire framing for every signed code: health tokens, venue codes, partner codes.

    text    = [scope] + tag + Base45(payload + signature)
    payload = header | kid | body
    header  = one byte: the kind's flags in bits 7-4, the kid's length n (1..8) in bits 3-0
    kid     = n ASCII letters or digits
    signed  = context + scope + payload   (Ed25519, 64 bytes)

A code kind configures its tag ("HC1:"), signing context (domain separation: a signature
made for one kind never passes as another), optional scope (a partner's region, "MO"),
flags and body; parsing, the signature check and the refusal vocabulary are shared.
Nothing but the kid is read before the signature holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple, Protocol

from health_code.codes.base45 import base45_decode, base45_encode
from signing_keys import PublicKeyEntry, SigningKey, signature_refusal

SIGNATURE_BYTES = 64
MAX_KID_BYTES = 8


class Refusal(StrEnum):
    """Why a code does not verify; one vocabulary for every code kind."""

    OK = "ok"
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    KEY_RETIRED = "key_retired"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


class PublicKeyLookup(Protocol):
    def get(self, kid: str, /) -> PublicKeyEntry | None: ...


class Frame(NamedTuple):
    """A parsed code: the kid can be looked up, nothing else is trusted yet."""

    scope: str
    kid: str
    flags: int
    body: bytes
    payload: bytes
    signature: bytes


@dataclass(frozen=True)
class Framing:
    tag: str
    context: bytes
    max_chars: int
    body_sizes: range  # the lengths a body of this kind can have
    scope: re.Pattern | None = None

    def seal(self, flags: int, body: bytes, key: SigningKey, scope: str = "") -> str:
        """Sign flags and body with key; return the code's text."""
        if not 0 <= flags < 16 or len(body) not in self.body_sizes:
            raise ValueError("flags are 4 bits; the body has the size of this kind")
        if bool(scope) != bool(self.scope) or (scope and not self.scope.fullmatch(scope)):
            raise ValueError(f"scope {scope!r} does not fit this kind of code")
        kid = key.kid.encode("ascii")
        payload = bytes([flags << 4 | len(kid)]) + kid + body
        signature = key.private_key.sign(self.context + scope.encode("ascii") + payload)
        return scope + self.tag + base45_encode(payload + signature)

    def parse(self, text: object) -> Frame | None:
        """Split text into its parts, or None when it is not a code of this kind."""
        if not isinstance(text, str) or len(text) > self.max_chars:
            return None
        scope, tag, rest = self._split_scope(text)
        if tag != self.tag:
            return None
        try:
            raw = base45_decode(rest)
        except ValueError:
            return None
        payload, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
        kid_end = 1 + (payload[0] & 0x0F) if payload else 0
        kid = payload[1:kid_end]
        if not 2 <= kid_end <= 1 + MAX_KID_BYTES or len(payload) - kid_end not in self.body_sizes:
            return None
        if not (kid.isascii() and kid.isalnum()) or len(signature) != SIGNATURE_BYTES:
            return None
        flags, body = payload[0] >> 4, payload[kid_end:]
        return Frame(scope, kid.decode("ascii"), flags, body, payload, signature)

    def refusal(self, frame: Frame, keys: PublicKeyLookup, now: datetime) -> Refusal | None:
        """Check the frame's signature against keys at now; None when it holds."""
        scope = frame.scope.encode("ascii") if frame.scope else b""
        signed = self.context + scope + frame.payload
        reason = signature_refusal(keys, frame.kid, signed, frame.signature, now)
        return Refusal(reason) if reason else None

    def _split_scope(self, text: str) -> tuple[str, str, str]:
        if self.scope is None:
            return "", text[: len(self.tag)], text[len(self.tag) :]
        match = self.scope.match(text)
        if not match:
            return "", "", ""
        scope = match.group(0)
        after = text[len(scope) :]
        return scope, after[: len(self.tag)], after[len(self.tag) :]


def window_refusal(
    issued_at: datetime, expires_at: datetime | None, now: datetime, leeway: timedelta
) -> Refusal | None:
    """Refuse a code issued in the future (beyond leeway) or past its expiry."""
    if issued_at > now + leeway:
        return Refusal.NOT_YET_VALID
    if expires_at is not None and now >= expires_at:
        return Refusal.EXPIRED
    return None
