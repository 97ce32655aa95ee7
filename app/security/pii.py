"""Encrypt personal data at rest (AES-GCM) and index it for lookup (HMAC blind index)."""

import base64
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = b"\x01"


class PiiCipher:
    """Seal and open short personal values; derive a keyed lookup index for each."""

    def __init__(self, key_b64: str, index_key: str):
        key = base64.b64decode(key_b64)
        if len(key) != 32:
            raise ValueError("PII_KEY must be base64 of exactly 32 bytes")
        self._aead = AESGCM(key)
        self._index_key = index_key.encode()

    def encrypt(self, value: str, context: str) -> str:
        """Return base64 of version, nonce and ciphertext; context binds it to its field."""
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, value.encode(), context.encode())
        return base64.b64encode(_VERSION + nonce + sealed).decode()

    def decrypt(self, token: str, context: str) -> str:
        """Open a value sealed by encrypt for the same context."""
        raw = base64.b64decode(token)
        if raw[:1] != _VERSION:
            raise ValueError("unknown PII envelope version")
        try:
            return self._aead.decrypt(raw[1:13], raw[13:], context.encode()).decode()
        except InvalidTag as exc:
            raise ValueError("PII value failed authentication") from exc

    def blind_index(self, value: str, context: str) -> str:
        """Return a keyed hash of value, equal for equal inputs, useless without the key."""
        message = context.encode() + b"\x00" + value.encode()
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()
