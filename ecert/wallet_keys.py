"""The platform wallet's key-binding keys (custodial: the platform signs for the holder).

A certificate is bound at issuance to the wallet key current then (`cnf: {"kid": …}`); the
wallet signs each presentation's key-binding JWT with that same key for as long as it is not
retired, even after newer keys took over binding new certificates. Retiring a wallet key
therefore means re-issuing the certificates bound to it (`Issuance.reissue`).

Keys are sealed at rest under the KEK with the tag "ewk1". Verifiers read the public keys as
{"keys": [JWK …]} (the same JWK shape as the issuer keys).
"""

from __future__ import annotations

import threading

from core.errors import ServiceError
from ecert.jwks import key_set_from_jwks, key_set_to_jwks
from signing_keys import KeyRing, KeySet, SigningKey, open_private_key

WALLET_SEAL = "ewk1"


class WalletKeys:
    def __init__(self, repository, kek: bytes, clock, refresh_seconds: float = 60) -> None:
        self._repository, self._kek = repository, kek
        self._ring = KeyRing(repository, kek, clock, refresh_seconds, seal=WALLET_SEAL)
        self._opened: dict[str, SigningKey] = {}
        self._lock = threading.Lock()

    def binding_kid(self, at=None) -> str:
        """Return the kid new certificates are bound to."""
        return self._ring.signing_key(at).kid

    def key_for(self, kid: str) -> SigningKey:
        """Return the private key named by a certificate's cnf; refuse a retired or unknown one."""
        entry = self._ring.public_keys().get(kid)
        if entry is None or entry.retired_at is not None:
            raise ServiceError("ecert.wallet_key_retired", "conflict")
        with self._lock:
            if kid not in self._opened:
                document = next(doc for doc in self._repository.all() if doc["_id"] == kid)
                self._opened[kid] = open_private_key(document["sealed"], self._kek, WALLET_SEAL)
            return self._opened[kid]

    def rotate(self) -> SigningKey:
        """Bind new certificates to a new key."""
        return self._ring.rotate()

    def retire(self, kid: str) -> bool:
        """Refuse presentations signed with `kid` from now on."""
        with self._lock:
            self._opened.pop(kid, None)
        return self._ring.retire(kid)

    def public_keys(self) -> KeySet:
        """Return the wallet's published keys (retired ones marked)."""
        return self._ring.public_keys()

    def to_dict(self) -> dict:
        """Return the wallet key document verifiers save for offline checks."""
        return {"keys": key_set_to_jwks(self.public_keys())}


def wallet_keys_from_dict(document: object) -> KeySet:
    """Load a saved wallet key document; raise KeySetFormatError if it is not one."""
    if not isinstance(document, dict):
        return key_set_from_jwks(None)
    return key_set_from_jwks(document.get("keys"))
