"""SD-JWT (RFC 9901) mechanics: disclosures, digests, signed JWTs, key binding, compact form.

    <issuer JWT>~<disclosure>~…~<KB-JWT>

A disclosure is base64url(JSON [salt, claim name, value]); its digest, base64url(SHA-256 of
the disclosure text), sits in the issuer JWT's `_sd` array. The key-binding JWT's `sd_hash`
is the digest of everything before it ("<issuer JWT>~<disclosure>~…~"). Digests use SHA-256,
the default, so `_sd_alg` is left out. JWS signing and checking go through jwcrypto.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from dataclasses import dataclass

from jwcrypto.common import JWException
from jwcrypto.jwk import JWK
from jwcrypto.jws import JWS

from ecert.jwks import ALGORITHM
from signing_keys import SigningKey

ISSUER_TYP = "ec+sd-jwt"  # explicit typing (RFC 9901 §9.11): an e-certificate SD-JWT
KB_TYP = "kb+jwt"
SALT_BYTES = 16  # 128 bits, as RFC 9901 recommends
MAX_TOKEN_CHARS = 4096  # bounds the work a hostile scan can cause; real ones are ~1,200
_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def b64url(data: bytes) -> str:
    """Return unpadded base64url text."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def b64url_decode(text: str) -> bytes:
    """Decode unpadded base64url; raise ValueError on any other character."""
    if not isinstance(text, str) or not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def compact_json(value: object) -> bytes:
    """Return JSON without spaces, UTF-8 (Chinese text costs 3 bytes, not a 6-byte escape)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(text: str) -> str:
    """Return base64url(SHA-256(text)), the digest of a disclosure or of a presentation."""
    return b64url(hashlib.sha256(text.encode("ascii")).digest())


@dataclass(frozen=True)
class Disclosure:
    encoded: str
    name: str
    value: object

    @property
    def digest(self) -> str:
        """Return the digest the issuer JWT lists for this disclosure."""
        return digest(self.encoded)


def make_disclosure(name: str, value: object) -> Disclosure:
    """Return a freshly salted disclosure of one claim."""
    salt = b64url(secrets.token_bytes(SALT_BYTES))
    return Disclosure(b64url(compact_json([salt, name, value])), name, value)


def read_disclosure(encoded: str) -> Disclosure:
    """Decode a disclosure of an object property; raise ValueError if it is not one."""
    try:
        decoded = json.loads(b64url_decode(encoded))
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError(f"unreadable disclosure: {error}") from error
    if not (isinstance(decoded, list) and len(decoded) == 3 and isinstance(decoded[0], str)):
        raise ValueError("a disclosure is [salt, name, value]")
    if not isinstance(decoded[1], str) or decoded[1] in ("_sd", "..."):
        raise ValueError("a disclosure names a claim")
    return Disclosure(encoded, decoded[1], decoded[2])


def sign_jwt(header: dict, payload: dict, key: SigningKey) -> str:
    """Return a compact EdDSA JWS of `payload` signed with `key` (kid put in the header)."""
    jws = JWS(compact_json(payload))
    protected = {"alg": ALGORITHM, **header}
    jws.add_signature(JWK.from_pyca(key.private_key), alg=ALGORITHM, protected=protected)
    return jws.serialize(compact=True)


def read_jwt(compact: str) -> tuple[dict, dict]:
    """Return (header, payload) of a compact JWS without checking it; ValueError if malformed."""
    parts = compact.split(".")
    if len(parts) != 3:
        raise ValueError("a compact JWS has three parts")
    try:
        header, payload = (json.loads(b64url_decode(part)) for part in parts[:2])
        b64url_decode(parts[2])
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError(f"unreadable JWS: {error}") from error
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise ValueError("JWS header and payload are JSON objects")
    return header, payload


def signature_holds(compact: str, public_key) -> bool:
    """Tell whether a compact JWS carries a valid EdDSA signature by `public_key`."""
    jws = JWS()
    try:
        jws.deserialize(compact)
        jws.verify(JWK.from_pyca(public_key), alg=ALGORITHM)
    except JWException:
        return False
    return True


def presentation_hash(issuer_jwt: str, disclosures: list[str]) -> str:
    """Return the sd_hash a key-binding JWT must carry for these parts."""
    return digest(join(issuer_jwt, disclosures))


def join(issuer_jwt: str, disclosures: list[str], kb_jwt: str = "") -> str:
    """Return the compact SD-JWT (with KB-JWT when given)."""
    return "~".join([issuer_jwt, *disclosures, kb_jwt])


def split(token: object) -> tuple[str, list[str], str]:
    """Return (issuer JWT, disclosures, KB-JWT); raise ValueError if not a compact SD-JWT."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS or "~" not in token:
        raise ValueError("not a compact SD-JWT")
    issuer_jwt, *disclosures, kb_jwt = token.split("~")
    if not issuer_jwt or any(not disclosure for disclosure in disclosures):
        raise ValueError("empty part in the SD-JWT")
    return issuer_jwt, disclosures, kb_jwt
