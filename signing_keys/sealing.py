"""Seal signing keys at rest with AES-256-GCM under a key-encryption key (KEK)."""

import base64
import os
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from signing_keys.ed25519 import SigningKey

KEK_BYTES = 32
# The tag names what the key signs, so a health-code key cannot be opened as another kind.
HEALTH_CODE_SEAL = "hck1"


class SealedKeyError(ValueError):
    """A sealed private key is damaged or the key-encryption key is wrong."""


def seal_private_key(key: SigningKey, kek: bytes, tag: str = HEALTH_CODE_SEAL) -> str:
    """Encrypt `key` with AES-256-GCM under `kek` for storage at rest."""
    _check_kek(kek)
    window = f"{int(key.created_at.timestamp())}.{int(key.not_after.timestamp())}"
    header = f"{tag}.{key.kid}.{window}"
    nonce = os.urandom(12)
    # The header (kid and signing window) is the associated data: a sealed blob moved to
    # another kid, or given a longer signing window, fails to open.
    sealed = AESGCM(kek).encrypt(nonce, key.private_key.private_bytes_raw(), header.encode())
    return f"{header}.{base64.urlsafe_b64encode(nonce + sealed).decode().rstrip('=')}"


def open_private_key(sealed: str, kek: bytes, tag: str = HEALTH_CODE_SEAL) -> SigningKey:
    """Decrypt a key sealed by seal_private_key; raise SealedKeyError if it does not open."""
    _check_kek(kek)
    try:
        found, kid, created, not_after, blob = sealed.split(".")
        if found != tag:
            raise ValueError(f"unknown seal format {found!r}")
        data = base64.urlsafe_b64decode(blob + "=" * (-len(blob) % 4))
        aad = sealed.rsplit(".", 1)[0].encode()
        raw = AESGCM(kek).decrypt(data[:12], data[12:], aad)
        return SigningKey(
            kid=kid,
            private_key=Ed25519PrivateKey.from_private_bytes(raw),
            created_at=datetime.fromtimestamp(int(created), UTC),
            not_after=datetime.fromtimestamp(int(not_after), UTC),
        )
    except InvalidTag as error:
        raise SealedKeyError("wrong key-encryption key, or the sealed key was altered") from error
    except (AttributeError, ValueError) as error:
        raise SealedKeyError(f"not a sealed key of this kind: {error}") from error


def _check_kek(kek: bytes) -> None:
    if not isinstance(kek, bytes) or len(kek) != KEK_BYTES:
        raise ValueError(f"the key-encryption key must be {KEK_BYTES} bytes")
