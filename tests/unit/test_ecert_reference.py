"""Our presentations checked by code we did not write.

The reference SD-JWT implementation (PyPI `sd-jwt` 0.10.4, openwallet-foundation-labs,
JWS through jwcrypto) verifies the issuer signature, the disclosures and the key binding.
It predates RFC 9901 in a few details, and the test adapts to them openly:

- it finds the holder's key only as `cnf.jwk`; RFC 7800 §3.4 also allows `cnf.kid`, which we
  use to keep the QR small. `KidBindingVerifier` resolves the kid against the published
  wallet keys and hands the JWK to the reference's own key-binding check;
- it checks the key-binding JWT with ES256 unless told otherwise; we tell it EdDSA;
- it does not check the KB-JWT's `iat`, the issuer JWT's `typ`, nor that every disclosure is
  referenced by a digest (RFC 9901 §7.1 requires refusing one that is not); our verifier
  does, and the last test shows the reference at least never returns such a forged value.

The issuer signature is also checked with `cryptography` alone, from the published JWK.
"""

import json
from dataclasses import replace

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jwcrypto.jwk import JWK
from jwcrypto.jws import InvalidJWSSignature
from sd_jwt.verifier import SDJWTVerifier

from ecert.catalogue import TYPES
from ecert.sd_jwt import b64url, b64url_decode, compact_json, join, make_disclosure, split
from tests.ecert_factories import AUDIENCE, issue_sample, make_engine, present


class KidBindingVerifier(SDJWTVerifier):
    def __init__(self, token, issuer_key, wallet_jwks, audience, nonce):
        self._wallet_jwks = wallet_jwks
        super().__init__(token, issuer_key, audience, nonce)

    def _verify_sd_jwt(self, cb_get_issuer_key, sign_alg=None):
        super()._verify_sd_jwt(cb_get_issuer_key, sign_alg)
        kid = self._holder_public_key_payload["kid"]
        self._holder_public_key_payload = {"jwk": self._wallet_jwks[kid]}

    def _verify_key_binding_jwt(self, expected_aud=None, expected_nonce=None, sign_alg=None):
        super()._verify_key_binding_jwt(expected_aud, expected_nonce, sign_alg or "EdDSA")


def published_jwks(engine, record):
    issuers = engine.seals.public_keys([record["issuer_code"]]).to_dict()
    issuer_jwks = {jwk["kid"]: jwk for jwk in issuers["issuers"][record["issuer_code"]]["keys"]}
    wallet_jwks = {jwk["kid"]: jwk for jwk in engine.wallet_keys.to_dict()["keys"]}
    return issuer_jwks, wallet_jwks


def public_jwk(jwk: dict) -> dict:
    return {name: jwk[name] for name in ("kty", "crv", "x")}


def reference_check(engine, record, shown):
    issuer_jwks, wallet_jwks = published_jwks(engine, record)

    def issuer_key(issuer, header):
        return JWK(**public_jwk(issuer_jwks[header["kid"]]))

    wallet = {kid: public_jwk(jwk) for kid, jwk in wallet_jwks.items()}
    verifier = KidBindingVerifier(shown.token, issuer_key, wallet, AUDIENCE, shown.presentation_id)
    return verifier.get_verified_payload()


@pytest.mark.parametrize("certificate_type", TYPES, ids=lambda t: t.slug)
def test_reference_implementation_accepts_our_presentations(certificate_type):
    engine = make_engine()
    record = issue_sample(engine, certificate_type.slug)
    shown = present(engine, record, certificate_type.typical)

    claims = reference_check(engine, record, shown)

    short = certificate_type.claim_names()
    assert claims["id"] == record["identifier"]
    assert claims["n"] == "王小明"
    for name in certificate_type.disclosable():
        assert (short[name] in claims) == (name in certificate_type.typical), name


def test_reference_sees_exactly_the_disclosed_values():
    engine = make_engine()
    record = issue_sample(engine, "resident_id_card", birth_date="2010-01-01")
    shown = present(engine, record, ("age_over_18", "household_in_guangdong"))

    claims = reference_check(engine, record, shown)

    assert claims["o18"] is False and claims["hgd"] is True
    assert not {"n", "hc", "bd", "ad", "o60"} & set(claims)


def test_reference_refuses_a_wrong_audience_and_a_changed_payload():
    engine = make_engine()
    record = issue_sample(engine, "passport")
    shown = present(engine, record, ("holder_name",), audience="v:elsewhere")

    with pytest.raises(ValueError, match="audience"):
        reference_check(engine, record, shown)

    good = present(engine, record)
    issuer_jwt, disclosures, kb = split(good.token)
    head, payload, signature = issuer_jwt.split(".")
    forged_payload = json.loads(b64url_decode(payload)) | {"vu": "2099-12-31"}
    forged = join(f"{head}.{b64url(compact_json(forged_payload))}.{signature}", disclosures, kb)
    with pytest.raises(InvalidJWSSignature):
        reference_check(engine, record, replace(good, token=forged))


def test_issuer_signature_checks_with_plain_ed25519_from_the_published_jwk():
    engine = make_engine()
    record = issue_sample(engine, "marriage_certificate")
    issuer_jwt, _, _ = split(present(engine, record).token)
    head, payload, signature = issuer_jwt.split(".")
    kid = json.loads(b64url_decode(head))["kid"]
    issuer_jwks, _ = published_jwks(engine, record)
    key = Ed25519PublicKey.from_public_bytes(b64url_decode(issuer_jwks[kid]["x"]))

    key.verify(b64url_decode(signature), f"{head}.{payload}".encode("ascii"))
    with pytest.raises(InvalidSignature):
        key.verify(b64url_decode(signature), f"{head}.{payload}x".encode("ascii"))


def test_reference_never_returns_an_unreferenced_disclosure():
    engine = make_engine()
    record = issue_sample(engine, "passport")
    shown = present(engine, record, ("age_over_18",))
    issuer_jwt, disclosures, _ = split(shown.token)
    forged = make_disclosure("n", "李四").encoded
    tampered = join(issuer_jwt, [*disclosures, forged])

    issuer_jwks, _ = published_jwks(engine, record)
    verifier = SDJWTVerifier(
        tampered, lambda issuer, header: JWK(**public_jwk(issuer_jwks[header["kid"]]))
    )

    assert "n" not in verifier.get_verified_payload()
