"""Ed25519 public keys as JWKs (RFC 8037: kty OKP, crv Ed25519, alg EdDSA), with retirement.

The same entry shape serves the issuer key-set document and the wallet key set; parsing goes
through jwcrypto so a malformed key is refused by a JOSE library, not by our own decoding.
"""

from __future__ import annotations

import json
from datetime import datetime

from jwcrypto.common import JWException
from jwcrypto.jwk import JWK

from signing_keys import KeySet, KeySetFormatError, PublicKeyEntry, utc_seconds

ALGORITHM = "EdDSA"


def entry_to_jwk(entry: PublicKeyEntry) -> dict:
    """Return the published JWK of a key, with its signing start and retirement time."""
    jwk = JWK.from_pyca(entry.public_key).export_public(as_dict=True)
    return {
        "kty": jwk["kty"],
        "crv": jwk["crv"],
        "alg": ALGORITHM,
        "use": "sig",
        "kid": entry.kid,
        "x": jwk["x"],
        "valid_from": entry.valid_from.isoformat(),
        "retired_at": entry.retired_at.isoformat() if entry.retired_at else None,
    }


def entry_from_jwk(document: dict) -> PublicKeyEntry:
    """Read one published JWK; raise KeySetFormatError if it is not an Ed25519 EdDSA key."""
    try:
        if (document["kty"], document["crv"], document["alg"]) != ("OKP", "Ed25519", ALGORITHM):
            raise ValueError(f"not an Ed25519 {ALGORITHM} key: kid {document.get('kid')!r}")
        public = {name: document[name] for name in ("kty", "crv", "x")}
        key = JWK.from_json(json.dumps(public))
        retired_at = document.get("retired_at")
        return PublicKeyEntry(
            kid=document["kid"],
            public_key=key.get_op_key("verify"),
            valid_from=utc_seconds(datetime.fromisoformat(document["valid_from"])),
            retired_at=utc_seconds(datetime.fromisoformat(retired_at)) if retired_at else None,
        )
    except (KeyError, TypeError, ValueError, JWException) as error:
        raise KeySetFormatError(f"not a usable key: {error}") from error


def key_set_to_jwks(keys: KeySet) -> list[dict]:
    """Return every key of a key set as a published JWK."""
    return [entry_to_jwk(entry) for entry in keys]


def key_set_from_jwks(documents: object) -> KeySet:
    """Read a list of published JWKs into a KeySet; raise KeySetFormatError if unusable."""
    if not isinstance(documents, list):
        raise KeySetFormatError("expected a list of keys")
    try:
        return KeySet(entry_from_jwk(document) for document in documents)
    except ValueError as error:  # duplicate kid
        raise KeySetFormatError(str(error)) from error
