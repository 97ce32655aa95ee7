"""The partner region's key file: its signing keys as JWK-style JSON with the private part.

    {"region": "MO", "name": "澳门", "keys": [{<public JWK>, "d": <private>, "not_after": …}]}

The public half is the same document signing_keys.KeySet publishes, so
`public_key_set` is what our trust list takes.
"""

import base64
import json
import os
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from signing_keys import KeySet, SigningKey, generate_key

DEFAULT_KEY_LIFETIME = timedelta(days=365)


def new_key_file(region: str, name: str) -> dict:
    """Return an empty key file for a region (two capital letters)."""
    if not (len(region) == 2 and region.isascii() and region.isupper()):
        raise ValueError("a region is two capital letters, e.g. MO")
    return {"region": region, "name": name, "keys": []}


def add_key(document: dict, now: datetime, lifetime: timedelta = DEFAULT_KEY_LIFETIME) -> str:
    """Generate a signing key into the document (older keys stay published); return its kid."""
    key = generate_key(now, lifetime=lifetime, avoid=[jwk["kid"] for jwk in document["keys"]])
    jwk = KeySet([key.public_entry()]).to_dict()["keys"][0]
    private = base64.urlsafe_b64encode(key.private_key.private_bytes_raw()).decode().rstrip("=")
    document["keys"].append({**jwk, "d": private, "not_after": key.not_after.isoformat()})
    return key.kid


def public_key_set(document: dict) -> KeySet:
    """Return the published half of the keys."""
    return KeySet.from_dict(document)


def signing_key(document: dict, at: datetime) -> SigningKey:
    """Return the newest key still signing at `at` (LookupError if none is)."""
    # Not current_signing_key: a simulator backdates codes (--at) to demo stale ones.
    usable = [key for key in map(_signing_key, document["keys"]) if at < key.not_after]
    if not usable:
        raise LookupError("no key signs at that time; add one with keygen")
    # Reversed: of keys made in the same second, the one added last wins.
    return max(reversed(usable), key=lambda key: key.created_at)


def _signing_key(jwk: dict) -> SigningKey:
    raw = base64.urlsafe_b64decode(jwk["d"] + "=" * (-len(jwk["d"]) % 4))
    return SigningKey(
        jwk["kid"],
        Ed25519PrivateKey.from_private_bytes(raw),
        datetime.fromisoformat(jwk["valid_from"]),
        datetime.fromisoformat(jwk["not_after"]),
    )


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def save(path: str, document: dict) -> None:
    """Write the key file readable by its owner only: it holds private keys."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False, indent=2)
        file.write("\n")
