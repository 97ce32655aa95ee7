"""Issuer seals (电子印章): each issuing department signs with its own rotating Ed25519 keys.

One `signing_keys.KeyRing` per issuer, over a repository scoped to that issuer, sealed at
rest under the KEK with the tag "eck1" (an issuer key cannot be opened as another kind).
The published document for GET /.well-known/ecert-issuer-keys.json groups JWKs by the
issuer's unified social credit code:

    {"issuers": {"<credit code>": {"name": {"zh-CN": …, "zh-HK": …, "en": …},
                                   "keys": [{"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA",
                                             "use": "sig", "kid": …, "x": …,
                                             "valid_from": …, "retired_at": … | null}]}}}

Kids are unique per issuer only: a verifier finds a key by (issuer code, kid), the issuer
code coming from the certificate identifier.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Protocol

from core.departments import BY_CREDIT_CODE
from ecert.jwks import key_set_from_jwks, key_set_to_jwks
from identity.credit_code import is_valid_credit_code
from signing_keys import KeyRing, KeySet, KeySetFormatError, PublicKeyEntry, SigningKey

ISSUER_SEAL = "eck1"


class KeyRepository(Protocol):
    """Sealed signing keys of one owner (one issuer, or the wallet), as KeyRing reads them."""

    def all(self) -> list[dict]:
        """Return every key document: _id (kid), sealed, created_at, not_after, retired_at."""

    def insert(self, document: dict) -> None:
        """Store a new key document; raise core.errors.Duplicate if the kid exists."""

    def retire(self, kid: str, at) -> bool:
        """Set retired_at on an unretired key; return whether one was changed."""


class IssuerKeys:
    """Published issuer keys: (issuer code, kid) → key, plus the issuers' names."""

    def __init__(self, issuers: dict[str, tuple[dict, KeySet]]) -> None:
        self._issuers = issuers

    def get(self, issuer_code: str, kid: str) -> PublicKeyEntry | None:
        """Return the key `kid` of an issuer, or None when either is unknown."""
        found = self._issuers.get(issuer_code)
        return found[1].get(kid) if found else None

    def name(self, issuer_code: str, language: str = "zh-CN") -> str | None:
        """Return an issuer's name in a language, or None for an unknown issuer."""
        found = self._issuers.get(issuer_code)
        return found[0].get(language) if found else None

    def to_dict(self) -> dict:
        """Return the document served at /.well-known/ecert-issuer-keys.json."""
        return {
            "issuers": {
                code: {"name": names, "keys": key_set_to_jwks(keys)}
                for code, (names, keys) in self._issuers.items()
            }
        }

    @classmethod
    def from_dict(cls, document: object) -> IssuerKeys:
        """Load a saved key-set document; raise KeySetFormatError if it is not one."""
        try:
            issuers = document["issuers"]
            loaded = {
                code: (dict(entry["name"]), key_set_from_jwks(entry["keys"]))
                for code, entry in issuers.items()
            }
        except (KeyError, TypeError, AttributeError) as error:
            raise KeySetFormatError(f"not an issuer key-set document: {error}") from error
        if not all(is_valid_credit_code(code) for code in loaded):
            raise KeySetFormatError("issuers are keyed by unified social credit code")
        return cls(loaded)


class IssuerSeals:
    """The issuers' key rings: sign as an issuer, rotate, retire, publish."""

    def __init__(
        self,
        repository_for: Callable[[str], KeyRepository],
        kek: bytes,
        clock,
        refresh_seconds: float = 60,
    ) -> None:
        self._repository_for, self._kek, self._clock = repository_for, kek, clock
        self._refresh_seconds = refresh_seconds
        self._rings: dict[str, KeyRing] = {}
        self._lock = threading.Lock()

    def ring(self, issuer_code: str) -> KeyRing:
        """Return the key ring of one issuing department (made on first use)."""
        if issuer_code not in BY_CREDIT_CODE:
            raise ValueError(f"{issuer_code!r} is not a known issuing department")
        with self._lock:
            if issuer_code not in self._rings:
                self._rings[issuer_code] = KeyRing(
                    self._repository_for(issuer_code),
                    self._kek,
                    self._clock,
                    self._refresh_seconds,
                    seal=ISSUER_SEAL,
                )
            return self._rings[issuer_code]

    def signing_key(self, issuer_code: str, at=None) -> SigningKey:
        """Return the issuer's key that signs at `at` (default now)."""
        return self.ring(issuer_code).signing_key(at)

    def rotate(self, issuer_code: str) -> SigningKey:
        """Start signing with a new key; older keys keep verifying until retired."""
        return self.ring(issuer_code).rotate()

    def retire(self, issuer_code: str, kid: str) -> bool:
        """Stop accepting the issuer's signatures made with `kid`."""
        return self.ring(issuer_code).retire(kid)

    def public_keys(self, issuer_codes: Iterable[str]) -> IssuerKeys:
        """Return the published keys of these issuers (each gets a key on first publication)."""
        return IssuerKeys(
            {
                code: (_names(code), self.ring(code).public_keys())
                for code in sorted(set(issuer_codes))
            }
        )


def _names(issuer_code: str) -> dict:
    department = BY_CREDIT_CODE[issuer_code]
    return {language: department.name(language) for language in ("zh-CN", "zh-HK", "en")}
