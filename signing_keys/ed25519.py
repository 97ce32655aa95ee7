"""Ed25519 signing keys: generation, rotation windows, the published key set, signature checks."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

# Short because the kid travels inside every QR token; lowercase so it stays one token byte each.
KID_PATTERN = re.compile(r"[a-z0-9]{1,8}")
DEFAULT_SIGNING_LIFETIME = timedelta(days=30)


class KeySetFormatError(ValueError):
    """The key-set document is not one this module wrote."""


def utc_seconds(moment: datetime) -> datetime:
    """Return an aware datetime in UTC with the sub-second part dropped."""
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise ValueError("expected a timezone-aware datetime")
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.replace(microsecond=0) if moment.microsecond else moment


@dataclass(frozen=True)
class PublicKeyEntry:
    kid: str
    public_key: Ed25519PublicKey = field(repr=False)
    valid_from: datetime
    retired_at: datetime | None = None

    def __post_init__(self) -> None:
        _check_kid(self.kid)

    def is_retired(self, now: datetime) -> bool:
        """Tell whether tokens signed with this key must be refused at `now`."""
        return self.retired_at is not None and now >= self.retired_at


@dataclass(frozen=True)
class SigningKey:
    kid: str
    # Excluded from ==: cryptography compares private keys by identity only.
    private_key: Ed25519PrivateKey = field(repr=False, compare=False)
    created_at: datetime
    not_after: datetime

    def __post_init__(self) -> None:
        _check_kid(self.kid)

    def can_sign(self, moment: datetime) -> bool:
        """Tell whether this key may sign a token issued at `moment`."""
        return self.created_at <= moment < self.not_after

    def public_entry(self) -> PublicKeyEntry:
        """Return the published half of this key."""
        return PublicKeyEntry(self.kid, self.private_key.public_key(), self.created_at)


def _check_kid(kid: str) -> None:
    if not isinstance(kid, str) or not KID_PATTERN.fullmatch(kid):
        raise ValueError(f"a kid is 1-8 lowercase letters or digits, not {kid!r}")


def _kid_for(public_key: Ed25519PublicKey) -> str:
    # Derived from the key itself so a kid can never silently name two different keys.
    digest = hashlib.sha256(public_key.public_bytes_raw()).digest()
    return "k" + base64.b32encode(digest).decode()[:3].lower()


def generate_key(
    now: datetime, *, lifetime: timedelta = DEFAULT_SIGNING_LIFETIME, avoid: Iterable[str] = ()
) -> SigningKey:
    """Generate a signing key that may sign from `now` for `lifetime`, with a kid not in `avoid`."""
    taken = set(avoid)
    created_at = utc_seconds(now)
    while True:
        private_key = Ed25519PrivateKey.generate()
        kid = _kid_for(private_key.public_key())
        if kid not in taken:
            return SigningKey(kid, private_key, created_at, created_at + lifetime)


def current_signing_key(keys: Iterable[SigningKey], now: datetime) -> SigningKey:
    """Return the newest key allowed to sign at `now`."""
    usable = [key for key in keys if key.can_sign(now)]
    if not usable:
        raise LookupError("no health-code signing key is active; generate one")
    return max(usable, key=lambda key: key.created_at)


class KeySet:
    """Published verification keys by kid; immutable so scanners can share one across threads."""

    def __init__(self, entries: Iterable[PublicKeyEntry] = ()) -> None:
        self._entries: dict[str, PublicKeyEntry] = {}
        for entry in entries:
            if entry.kid in self._entries:
                raise ValueError(f"duplicate kid {entry.kid!r}")
            self._entries[entry.kid] = entry

    def get(self, kid: str) -> PublicKeyEntry | None:
        """Return the entry for `kid`, or None when the kid is unknown."""
        return self._entries.get(kid)

    def __iter__(self) -> Iterator[PublicKeyEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, kid: object) -> bool:
        return kid in self._entries

    def with_key(self, key: SigningKey | PublicKeyEntry) -> KeySet:
        """Return a copy that also publishes `key`."""
        entry = key.public_entry() if isinstance(key, SigningKey) else key
        return KeySet([*self, entry])

    def retire(self, kid: str, at: datetime) -> KeySet:
        """Return a copy in which `kid` stops verifying from `at`."""
        if kid not in self._entries:
            raise KeyError(kid)
        retired = replace(self._entries[kid], retired_at=utc_seconds(at))
        return KeySet(retired if entry.kid == kid else entry for entry in self)

    def to_dict(self) -> dict:
        """Return the JSON document served at /.well-known/health-code-keys.json."""
        return {"keys": [_entry_to_jwk(entry) for entry in self]}

    @classmethod
    def from_dict(cls, document: dict) -> KeySet:
        """Load a key set from the published JSON document."""
        try:
            return cls(_entry_from_jwk(jwk) for jwk in document["keys"])
        except (KeyError, TypeError, ValueError) as error:
            raise KeySetFormatError(f"not a health-code key set: {error}") from error


def _entry_to_jwk(entry: PublicKeyEntry) -> dict:
    retired_at = entry.retired_at.isoformat() if entry.retired_at else None
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "alg": "Ed25519",
        "use": "sig",
        "kid": entry.kid,
        "x": base64.urlsafe_b64encode(entry.public_key.public_bytes_raw()).decode().rstrip("="),
        "valid_from": entry.valid_from.isoformat(),
        "retired_at": retired_at,
    }


def _entry_from_jwk(jwk: dict) -> PublicKeyEntry:
    if (jwk["kty"], jwk["crv"], jwk["alg"]) != ("OKP", "Ed25519", "Ed25519"):
        raise ValueError(f"unsupported key type for kid {jwk.get('kid')!r}")
    x = jwk["x"]
    raw = base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))
    retired_at = jwk["retired_at"]
    return PublicKeyEntry(
        kid=jwk["kid"],
        public_key=Ed25519PublicKey.from_public_bytes(raw),
        valid_from=utc_seconds(datetime.fromisoformat(jwk["valid_from"])),
        retired_at=utc_seconds(datetime.fromisoformat(retired_at)) if retired_at else None,
    )


def signature_refusal(keys, kid: str, signed: bytes, signature: bytes, now: datetime) -> str | None:
    """Return why a signature is refused ('unknown_key', 'key_retired', 'bad_signature') or None.

    The one check every signed code goes through (health, venue and partner codes), so no
    caller can forget the retirement test or trust a field before the signature holds.
    """
    entry = keys.get(kid)
    if entry is None:
        return "unknown_key"
    if entry.is_retired(now):
        return "key_retired"
    try:
        entry.public_key.verify(signature, signed)
    except InvalidSignature:
        return "bad_signature"
    return None
