"""Ed25519 signing keys shared by the engines: key sets, sealing at rest, the cached key ring.

Health codes, venue codes and e-certificate seals all sign with keys that have a short id
(kid), a signing window, and a retirement time after which their signatures are refused.
"""

from signing_keys.ed25519 import (
    KeySet,
    KeySetFormatError,
    PublicKeyEntry,
    SigningKey,
    current_signing_key,
    generate_key,
    signature_refusal,
    utc_seconds,
)
from signing_keys.ring import KeyRing
from signing_keys.sealing import SealedKeyError, open_private_key, seal_private_key

__all__ = [
    "KeyRing",
    "KeySet",
    "KeySetFormatError",
    "PublicKeyEntry",
    "SealedKeyError",
    "SigningKey",
    "current_signing_key",
    "generate_key",
    "open_private_key",
    "seal_private_key",
    "signature_refusal",
    "utc_seconds",
]
