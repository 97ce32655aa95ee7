import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from health_code.codes.base45 import base45_decode, base45_encode
from health_code.codes.health_token import (
    COLOURS,
    KINDS,
    PREFIX,
    TokenClaims,
    issue_token,
    verify_token,
)
from signing_keys import KeySet, generate_key

NOW = datetime(2025, 3, 1, 8, 0, 0, tzinfo=UTC)
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
SUBJECT = "00112233445566778899"


def make_claims(**overrides) -> TokenClaims:
    fields = {
        "colour": "green",
        "subject_id": SUBJECT,
        "masked_name": "张*明",
        "issued_at": NOW,
        "expires_at": NOW + timedelta(minutes=5),
    }
    return TokenClaims(**{**fields, **overrides})


def issue(**overrides) -> tuple[str, KeySet]:
    key = generate_key(NOW - timedelta(days=1))
    return issue_token(make_claims(**overrides), key), KeySet().with_key(key)


def with_char_changed(token: str, index: int) -> str:
    """Return token with one character replaced so the Base45 text still decodes."""
    for char in sorted(QR_ALPHANUMERIC - {token[index]}):
        changed = token[:index] + char + token[index + 1 :]
        try:
            base45_decode(changed[len(PREFIX) :])
        except ValueError:
            continue
        return changed
    raise AssertionError("no decodable replacement")


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_returns_the_claims(colour, kind):
    key = generate_key(NOW)
    claims = make_claims(colour=colour, kind=kind)

    result = verify_token(issue_token(claims, key), KeySet().with_key(key), NOW)

    assert (result.valid, result.reason) == (True, "ok")
    assert result.claims == replace(claims, kid=key.kid)


def test_typical_token_is_short_and_uses_only_qr_alphanumeric_characters():
    token, _ = issue(masked_name="欧阳*明")

    assert token.startswith("HC1:")
    assert len(token) <= 150
    assert set(token) <= QR_ALPHANUMERIC


def test_token_carries_no_name_bytes_beyond_the_masked_name():
    token, _ = issue(masked_name="张*明")
    payload = base45_decode(token[len(PREFIX) :])[:-64]

    assert payload.endswith("张*明".encode())
    assert "三".encode() not in payload


def test_masked_name_is_cut_to_twelve_bytes_on_a_character_boundary():
    token, keys = issue(masked_name="欧阳*明明明")

    assert verify_token(token, keys, NOW).claims.masked_name == "欧阳*明"


def test_unmasked_name_is_refused():
    with pytest.raises(ValueError, match="masked"):
        make_claims(masked_name="张三明")


@pytest.mark.parametrize(
    "overrides",
    [
        {"colour": "blue"},
        {"kind": "X"},
        {"subject_id": "ABCDEF"},
        {"issued_at": datetime(2025, 3, 1, 8, 0)},
        {"expires_at": NOW},
        {"expires_at": NOW + timedelta(days=365)},
    ],
)
def test_invalid_claims_are_refused(overrides):
    with pytest.raises(ValueError):
        make_claims(**overrides)


def test_issuing_outside_the_keys_signing_window_is_refused():
    key = generate_key(NOW, lifetime=timedelta(days=1))

    late = make_claims(issued_at=NOW + timedelta(days=2), expires_at=NOW + timedelta(days=3))

    with pytest.raises(ValueError, match="may not sign"):
        issue_token(late, key)


def test_flipped_signature_character_is_a_bad_signature():
    token, keys = issue()

    result = verify_token(with_char_changed(token, len(token) - 2), keys, NOW)

    assert (result.valid, result.reason, result.claims) == (False, "bad_signature", None)


def test_changed_payload_character_is_a_bad_signature():
    token, keys = issue()

    result = verify_token(with_char_changed(token, len(token) - 100), keys, NOW)

    assert (result.reason, result.claims) == ("bad_signature", None)


@pytest.mark.parametrize("forged", ["yellow", "green"])
def test_altered_colour_does_not_verify(forged):
    token, keys = issue(colour="red")
    raw = bytearray(base45_decode(token[len(PREFIX) :]))
    raw[0] = raw[0] & 0xCF | COLOURS.index(forged) << 4

    result = verify_token(PREFIX + base45_encode(bytes(raw)), keys, NOW)

    assert (result.valid, result.reason) == (False, "bad_signature")


def test_no_single_character_change_verifies():
    token, keys = issue()

    for index in range(len(token)):
        result = verify_token(with_char_changed(token, index), keys, NOW)
        assert not result.valid, index
        assert result.reason in {"malformed", "unknown_key", "bad_signature"}, index


def test_expired_token_is_refused_but_shows_whose_code_it_was():
    token, keys = issue(expires_at=NOW + timedelta(minutes=5))

    just_before = verify_token(token, keys, NOW + timedelta(minutes=5) - timedelta(seconds=1))
    at_expiry = verify_token(token, keys, NOW + timedelta(minutes=5))

    assert just_before.reason == "ok"
    assert (at_expiry.valid, at_expiry.reason) == (False, "expired")
    assert at_expiry.claims.masked_name == "张*明"


def test_token_from_the_future_is_not_yet_valid_beyond_the_leeway():
    key = generate_key(NOW)
    keys = KeySet().with_key(key)
    far = issue_token(make_claims(issued_at=NOW + timedelta(seconds=31)), key)
    near = issue_token(make_claims(issued_at=NOW + timedelta(seconds=30)), key)

    assert verify_token(far, keys, NOW).reason == "not_yet_valid"
    assert verify_token(near, keys, NOW).reason == "ok"
    assert verify_token(near, keys, NOW, leeway=timedelta(0)).reason == "not_yet_valid"


def test_unknown_kid_is_refused():
    token, _ = issue()
    other_keys = KeySet().with_key(generate_key(NOW))

    result = verify_token(token, other_keys, NOW)

    assert (result.valid, result.reason, result.claims) == (False, "unknown_key", None)


def test_retired_kid_is_refused():
    token, keys = issue()
    (entry,) = keys

    result = verify_token(token, keys.retire(entry.kid, NOW), NOW)

    assert (result.valid, result.reason, result.claims) == (False, "key_retired", None)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "HC1:",
        "hello",
        "HC1:hello",
        "HC1:" + "0" * 150,
        "HC1:" + "A" * 151,
        "HC1:" + ":" * 150,
        "X" * 100_000,
        "HC1:" + "A" * 100_000,
        "HC1:张三明",
        "HC1:\x00\udcff",
        None,
        0,
        3.5,
        b"HC1:ABC",
        ["HC1:"],
        object(),
    ],
)
def test_garbage_is_malformed(garbage):
    _, keys = issue()

    result = verify_token(garbage, keys, NOW)

    assert (result.valid, result.reason, result.claims) == (False, "malformed", None)


def test_lowercased_or_truncated_tokens_are_refused_without_raising():
    token, keys = issue()

    assert verify_token(token.lower(), keys, NOW).reason == "malformed"
    for cut in range(1, len(token)):
        assert not verify_token(token[:cut], keys, NOW).valid


def test_random_base45_payloads_never_verify_or_raise():
    rng = random.Random(2025)
    _, keys = issue()

    for _ in range(500):
        noise = rng.randbytes(rng.randrange(0, 120))
        result = verify_token(PREFIX + base45_encode(noise), keys, NOW)
        assert result.reason in {"malformed", "unknown_key"}


@pytest.mark.parametrize("data", [b"", b"\x00", b"AB", b"\xff\xff", bytes(range(256))])
def test_base45_round_trips(data):
    assert base45_decode(base45_encode(data)) == data


def test_base45_matches_rfc_9285_examples():
    assert base45_encode(b"AB") == "BB8"
    assert base45_encode(b"Hello!!") == "%69 VD92EX0"
    assert base45_decode("QED8WEX0") == b"ietf!"
