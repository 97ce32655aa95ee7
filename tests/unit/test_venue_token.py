from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from health_code.codes.base45 import base45_decode, base45_encode
from health_code.codes.health_token import TokenClaims, issue_token, verify_token
from health_code.codes.venue_token import PREFIX, issue_venue_token, verify_venue_token
from signing_keys import KeySet, generate_key

NOW = datetime(2025, 3, 1, 8, 0, 0, tzinfo=UTC)
VENUE_ID = "65e1a2b3c4d5e6f708192a3b"
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def issue(venue_id: str = VENUE_ID, issued_at: datetime = NOW):
    key = generate_key(NOW - timedelta(days=1))
    return issue_venue_token(venue_id, issued_at, key), key, KeySet().with_key(key)


def raw_of(token: str) -> bytearray:
    return bytearray(base45_decode(token[len(PREFIX) :]))


def with_raw(raw: bytes) -> str:
    return PREFIX + base45_encode(bytes(raw))


def test_round_trip_returns_the_venue_and_issue_time():
    token, key, keys = issue()
    result = verify_venue_token(token, keys, NOW)
    assert (result.valid, result.reason) == (True, "ok")
    assert (result.venue_id, result.issued_at, result.kid) == (VENUE_ID, NOW, key.kid)


def test_token_is_short_qr_alphanumeric_text_with_its_prefix():
    token, _, _ = issue()
    assert token.startswith("VC1:")
    assert set(token) <= QR_ALPHANUMERIC
    assert len(token) <= 140


def test_same_venue_and_key_give_the_same_text():
    key = generate_key(NOW)
    assert issue_venue_token(VENUE_ID, NOW, key) == issue_venue_token(VENUE_ID, NOW, key)


def test_venue_token_does_not_expire():
    token, _, keys = issue()
    assert verify_venue_token(token, keys, NOW + timedelta(days=5 * 365)).valid


@pytest.mark.parametrize("position", [0, 3, 6, 20, 40, -1])
def test_any_altered_byte_is_refused(position):
    token, _, keys = issue()
    raw = raw_of(token)
    raw[position] ^= 0x01
    result = verify_venue_token(with_raw(raw), keys, NOW)
    assert not result.valid
    assert result.reason in ("bad_signature", "malformed", "unknown_key")


def test_another_venue_id_under_the_same_signature_is_a_forgery():
    token, key, keys = issue()
    raw = raw_of(token)
    venue_at = 1 + len(key.kid)
    raw[venue_at : venue_at + 12] = bytes.fromhex("00" * 12)
    assert verify_venue_token(with_raw(raw), keys, NOW).reason == "bad_signature"


def test_token_signed_by_a_stranger_claiming_our_kid_is_a_forgery():
    _, key, keys = issue()
    stranger = replace(generate_key(NOW), kid=key.kid)
    forged = issue_venue_token(VENUE_ID, NOW, stranger)
    assert verify_venue_token(forged, keys, NOW).reason == "bad_signature"


def test_token_of_an_unknown_key_is_refused_as_such():
    _, _, keys = issue()
    other = issue_venue_token(VENUE_ID, NOW, generate_key(NOW, avoid=[k.kid for k in keys]))
    assert verify_venue_token(other, keys, NOW).reason == "unknown_key"


def test_token_of_a_retired_key_is_refused_from_its_retirement():
    token, key, keys = issue()
    retired = keys.retire(key.kid, NOW + timedelta(days=10))
    assert verify_venue_token(token, retired, NOW + timedelta(days=9)).valid
    assert verify_venue_token(token, retired, NOW + timedelta(days=10)).reason == "key_retired"


@pytest.mark.parametrize(
    "text", [None, 42, "", "VC1:", "VC1:!!!", "HC1:ABC", "VC1:" + "0" * 300, "vc1:" + "0" * 30]
)
def test_garbage_is_malformed(text):
    _, _, keys = issue()
    assert verify_venue_token(text, keys, NOW).reason == "malformed"


def test_truncated_token_is_malformed():
    token, _, keys = issue()
    assert verify_venue_token(with_raw(raw_of(token)[:-2]), keys, NOW).reason == "malformed"


def test_health_code_token_is_not_a_venue_token():
    key = generate_key(NOW)
    claims = TokenClaims("green", "00112233445566778899", "陈*明", NOW, NOW + timedelta(minutes=5))
    health = issue_token(claims, key)
    result = verify_venue_token(PREFIX + health[len("HC1:") :], KeySet().with_key(key), NOW)
    assert not result.valid


def test_venue_token_is_not_a_health_code_token():
    token, _, keys = issue()
    assert not verify_token("HC1:" + token[len(PREFIX) :], keys, NOW).valid


@pytest.mark.parametrize("venue_id", ["", "65E1A2B3C4D5E6F708192A3B", "65e1a2b3", "z" * 24])
def test_issue_refuses_what_is_not_a_venue_id(venue_id):
    with pytest.raises(ValueError):
        issue_venue_token(venue_id, NOW, generate_key(NOW))
