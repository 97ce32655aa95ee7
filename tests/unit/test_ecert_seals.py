from datetime import timedelta

import pytest

from core.departments import BY_SLUG
from ecert.sd_jwt import sign_jwt, signature_holds
from ecert.seals import ISSUER_SEAL, IssuerKeys
from ecert.wallet_keys import WALLET_SEAL, wallet_keys_from_dict
from signing_keys import KeySetFormatError, SealedKeyError, open_private_key
from tests.ecert_factories import KEK, make_engine

POLICE = BY_SLUG["public_security"].credit_code
TAX = BY_SLUG["taxation"].credit_code


def test_published_document_groups_eddsa_jwks_by_issuer_credit_code():
    engine = make_engine()

    document = engine.seals.public_keys([POLICE, TAX]).to_dict()

    assert set(document["issuers"]) == {POLICE, TAX}
    police = document["issuers"][POLICE]
    assert police["name"]["zh-CN"] == "广东省公安厅"
    (jwk,) = police["keys"]
    assert {k: jwk[k] for k in ("kty", "crv", "alg")} == {
        "kty": "OKP",
        "crv": "Ed25519",
        "alg": "EdDSA",
    }
    assert jwk["kid"] and len(jwk["x"]) == 43 and jwk["retired_at"] is None


def test_each_issuer_signs_with_its_own_key():
    engine = make_engine()
    police_key = engine.seals.signing_key(POLICE)
    keys = IssuerKeys.from_dict(engine.seals.public_keys([POLICE, TAX]).to_dict())
    signed = sign_jwt({"kid": police_key.kid}, {"a": 1}, police_key)

    tax_entry = keys.get(TAX, engine.seals.signing_key(TAX).kid)

    assert signature_holds(signed, keys.get(POLICE, police_key.kid).public_key)
    assert not signature_holds(signed, tax_entry.public_key)


def test_keys_are_sealed_at_rest_with_the_issuer_tag():
    engine = make_engine()
    key = engine.seals.signing_key(POLICE)

    (stored,) = engine.issuer_repositories[POLICE].all()

    assert stored["sealed"].startswith(ISSUER_SEAL + ".")
    assert open_private_key(stored["sealed"], KEK, ISSUER_SEAL).kid == key.kid
    with pytest.raises(SealedKeyError):
        open_private_key(stored["sealed"], KEK, WALLET_SEAL)


def test_rotation_keeps_old_keys_verifying_until_retired():
    engine = make_engine()
    old = engine.seals.signing_key(POLICE)
    engine.clock.move(days=1)
    new = engine.seals.rotate(POLICE)

    assert engine.seals.signing_key(POLICE).kid == new.kid
    published = engine.seals.public_keys([POLICE])
    assert published.get(POLICE, old.kid).retired_at is None

    engine.seals.retire(POLICE, old.kid)

    document = engine.seals.public_keys([POLICE]).to_dict()
    retired = {jwk["kid"]: jwk["retired_at"] for jwk in document["issuers"][POLICE]["keys"]}
    assert retired[old.kid] is not None and retired[new.kid] is None
    reloaded = IssuerKeys.from_dict(document)
    assert reloaded.get(POLICE, old.kid).is_retired(engine.clock() + timedelta(seconds=1))


def test_wallet_key_document_round_trips_and_binding_key_survives_rotation():
    engine = make_engine()
    bound = engine.wallet_keys.binding_kid()
    engine.clock.move(days=40)
    engine.wallet_keys.rotate()

    keys = wallet_keys_from_dict(engine.wallet_keys.to_dict())

    assert engine.wallet_keys.binding_kid() != bound
    assert engine.wallet_keys.key_for(bound).kid == bound  # still signs for old certificates
    assert {entry.kid for entry in keys} == {bound, engine.wallet_keys.binding_kid()}
    (stored, *_) = engine.wallet_repository.all()
    assert stored["sealed"].startswith(WALLET_SEAL + ".")


@pytest.mark.parametrize(
    "document",
    [
        None,
        {},
        {"issuers": {"not-a-credit-code": {"name": {}, "keys": []}}},
        {"issuers": {POLICE: {"name": {}, "keys": [{"kty": "RSA"}]}}},
        {
            "issuers": {
                POLICE: {
                    "name": {},
                    "keys": [{"kty": "OKP", "crv": "Ed25519", "alg": "Ed25519", "kid": "k1"}],
                }
            }
        },
    ],
)
def test_unusable_key_documents_are_refused(document):
    with pytest.raises(KeySetFormatError):
        IssuerKeys.from_dict(document)
