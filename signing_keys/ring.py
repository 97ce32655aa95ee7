"""Signing keys kept in a repository, sealed at rest, cached per process.

Every `refresh_seconds` (1 s by default) a process reads the key documents (a few small
documents) and opens the sealed keys again only when a key was added or retired. So a
retirement or a rotation made by the CLI or another process counts everywhere within
`refresh_seconds`, without a restart.
"""

import threading
import time

from signing_keys.ed25519 import (
    KeySet,
    PublicKeyEntry,
    current_signing_key,
    generate_key,
    utc_seconds,
)
from signing_keys.sealing import HEALTH_CODE_SEAL, open_private_key, seal_private_key


class KeyRing:
    def __init__(
        self,
        repository,
        kek: bytes,
        clock,
        refresh_seconds: float = 1,
        seal=HEALTH_CODE_SEAL,
        ticker=time.monotonic,
    ):
        self.repository, self.kek, self.clock, self.seal = repository, kek, clock, seal
        self.refresh_seconds, self.ticker = refresh_seconds, ticker
        self._lock = threading.Lock()
        self._loaded_at = float("-inf")
        self._fingerprint = None
        self._signing: list = []
        self._public = KeySet()

    def signing_key(self, at=None):
        """Return the newest key that may sign at `at` (default now), creating one if none can."""
        # Callers pass the issue time they already took: a key created after it (by a rotation
        # elsewhere, or right here) could not sign a token issued then.
        at = at or self.clock()
        self._refresh()
        try:
            return current_signing_key(self._signing, at)
        except LookupError:
            self.rotate(at)
            return current_signing_key(self._signing, at)

    def public_keys(self) -> KeySet:
        """Return the published key set (retired keys included, marked retired)."""
        # Through signing_key, so a key set fetched before the first code was ever shown
        # already holds the key that will sign it.
        self.signing_key()
        return self._public

    def rotate(self, at=None):
        """Generate a new signing key; older keys keep verifying until retired."""
        key = generate_key(at or self.clock(), avoid=[doc["_id"] for doc in self.repository.all()])
        self.repository.insert(
            {
                "_id": key.kid,
                "sealed": seal_private_key(key, self.kek, self.seal),
                "created_at": key.created_at,
                "not_after": key.not_after,
                "retired_at": None,
            }
        )
        self._refresh(force=True)
        return key

    def retire(self, kid: str) -> bool:
        """Stop accepting tokens signed by this key."""
        retired = self.repository.retire(kid, self.clock())
        self._refresh(force=True)
        return retired

    def _refresh(self, force: bool = False) -> None:
        if not force and self.ticker() - self._loaded_at < self.refresh_seconds:
            return
        with self._lock:
            documents = self.repository.all()
            # The sealed keys are opened again only when a key was added or retired.
            fingerprint = tuple((doc["_id"], doc.get("retired_at")) for doc in documents)
            if force or fingerprint != self._fingerprint:
                self._load(documents)
                self._fingerprint = fingerprint
            self._loaded_at = self.ticker()

    def _load(self, documents: list[dict]) -> None:
        keys = [(open_private_key(doc["sealed"], self.kek, self.seal), doc) for doc in documents]
        self._signing = [key for key, doc in keys if doc["retired_at"] is None]
        # Whole seconds, as verify_token compares and as the published document is read:
        # a retirement stored with milliseconds would let its own second still verify.
        self._public = KeySet(
            PublicKeyEntry(
                key.kid,
                key.private_key.public_key(),
                key.created_at,
                doc["retired_at"] and utc_seconds(doc["retired_at"]),
            )
            for key, doc in keys
        )
