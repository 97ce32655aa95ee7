import base64
import json
import os
from datetime import UTC, datetime, timedelta

import pytest

from health_code.codes.health_token import TokenClaims, issue_token, verify_token
from signing_keys import (
    KeySet,
    KeySetFormatError,
    SealedKeyError,
    current_signing_key,
    generate_key,
    open_private_key,
    seal_private_key,
)

NOW = datetime(2025, 3, 1, 8, 0, 0, tzinfo=UTC)


def make_token(key, at: datetime) -> str:
    claims = TokenClaims("green", "00112233445566778899", "李*", at, at + timedelta(minutes=5))
    return issue_token(claims, key)


def test_generated_key_has_a_short_kid_and_a_signing_window():
    key = generate_key(NOW + timedelta(microseconds=700), lifetime=timedelta(days=7))

    assert len(key.kid) == 4 and key.kid.isalnum() and key.kid.islower()
    assert (key.created_at, key.not_after) == (NOW, NOW + timedelta(days=7))
    assert key.can_sign(NOW) and not key.can_sign(NOW + timedelta(days=7))


def test_generate_key_avoids_kids_already_taken():
    kids = set()
    for _ in range(20):
        kids.add(generate_key(NOW, avoid=kids).kid)

    assert len(kids) == 20


def test_newest_active_key_signs():
    old = generate_key(NOW - timedelta(days=10), lifetime=timedelta(days=30))
    new = generate_key(NOW - timedelta(days=1), lifetime=timedelta(days=30))
    expired = generate_key(NOW - timedelta(days=1), lifetime=timedelta(hours=1))

    assert current_signing_key([old, expired, new], NOW) == new
    assert current_signing_key([old], NOW) == old
    with pytest.raises(LookupError):
        current_signing_key([expired], NOW)


def test_old_key_keeps_verifying_after_rotation_until_retired():
    old = generate_key(NOW - timedelta(days=20))
    old_token = make_token(old, NOW)
    new = generate_key(NOW, avoid={old.kid})
    keys = KeySet().with_key(old).with_key(new)
    retired = keys.retire(old.kid, NOW + timedelta(minutes=2))

    assert verify_token(old_token, keys, NOW + timedelta(minutes=1)).reason == "ok"
    assert verify_token(old_token, retired, NOW + timedelta(minutes=1)).reason == "ok"
    assert verify_token(old_token, retired, NOW + timedelta(minutes=2)).reason == "key_retired"
    new_token = make_token(new, NOW + timedelta(minutes=2))
    assert verify_token(new_token, retired, NOW + timedelta(minutes=3)).reason == "ok"


def test_key_set_json_round_trip_keeps_keys_and_retirement():
    first, second = generate_key(NOW - timedelta(days=30)), generate_key(NOW)
    keys = KeySet().with_key(first).with_key(second).retire(first.kid, NOW)

    loaded = KeySet.from_dict(json.loads(json.dumps(keys.to_dict())))

    assert loaded.to_dict() == keys.to_dict()
    assert verify_token(make_token(second, NOW), loaded, NOW).reason == "ok"
    assert verify_token(make_token(first, NOW - timedelta(days=1)), loaded, NOW).reason == (
        "key_retired"
    )


def test_key_set_document_is_jwk_like():
    key = generate_key(NOW)

    (jwk,) = KeySet().with_key(key).to_dict()["keys"]

    assert {k: jwk[k] for k in ("kty", "crv", "alg", "kid")} == {
        "kty": "OKP",
        "crv": "Ed25519",
        "alg": "Ed25519",
        "kid": key.kid,
    }
    raw_public_key = key.private_key.public_key().public_bytes_raw()
    assert base64.urlsafe_b64decode(jwk["x"] + "=") == raw_public_key
    assert (jwk["valid_from"], jwk["retired_at"]) == ("2025-03-01T08:00:00+00:00", None)


def _jwk(**changes) -> dict:
    jwk = KeySet().with_key(generate_key(NOW)).to_dict()["keys"][0]
    return {**jwk, **changes}


@pytest.mark.parametrize(
    "document",
    [
        {},
        [],
        {"keys": [{}]},
        {"keys": [_jwk(crv="X25519")]},
        {"keys": [_jwk(x="AAAA")]},
        {"keys": [_jwk(kid="Key With Spaces")]},
        {"keys": [_jwk(valid_from="2025-03-01T08:00:00")]},
        {"keys": [_jwk(retired_at="yesterday")]},
        {"keys": [_jwk(kid="k1"), _jwk(kid="k1")]},
    ],
)
def test_bad_key_set_documents_are_refused(document):
    with pytest.raises(KeySetFormatError):
        KeySet.from_dict(document)


def test_sealed_private_key_opens_to_the_same_key():
    key, kek = generate_key(NOW), os.urandom(32)

    opened = open_private_key(seal_private_key(key, kek), kek)

    assert opened == key
    assert opened.private_key.private_bytes_raw() == key.private_key.private_bytes_raw()


def test_sealing_twice_uses_fresh_nonces():
    key, kek = generate_key(NOW), os.urandom(32)

    assert seal_private_key(key, kek) != seal_private_key(key, kek)


def test_wrong_kek_does_not_open():
    sealed = seal_private_key(generate_key(NOW), os.urandom(32))

    with pytest.raises(SealedKeyError):
        open_private_key(sealed, os.urandom(32))


def test_sealed_key_moved_to_another_kid_or_window_does_not_open():
    key, kek = generate_key(NOW), os.urandom(32)
    tag, kid, created, not_after, blob = seal_private_key(key, kek).split(".")
    longer = str(int(not_after) + 86_400)

    for forged in ([tag, "kzzz", created, not_after, blob], [tag, kid, created, longer, blob]):
        with pytest.raises(SealedKeyError):
            open_private_key(".".join(forged), kek)


@pytest.mark.parametrize("sealed", ["", "hck1", "hck1.k1.x.y.z", "nope.k1.1.2.AAAA"])
def test_garbage_sealed_key_is_refused(sealed):
    with pytest.raises(SealedKeyError):
        open_private_key(sealed, bytes(32))


def test_kek_must_be_256_bits():
    with pytest.raises(ValueError, match="32 bytes"):
        seal_private_key(generate_key(NOW), b"short")
