"""Checkpoint scans: signature, time, live colour, and a record of every passage."""

from datetime import timedelta

import pytest

from core.clock import utcnow
from health_code.codes.base45 import base45_encode
from health_code.codes.health_token import PREFIX
from tests.factories import login_resident, login_staff
from tests.health_code_factories import (
    kid_of,
    operator,
    real_named,
    set_colour,
    show,
    signed_token,
    stranger_key,
    with_colour,
)

GATE = "深圳北站 B2 入口"


def scan(client, headers, token, checkpoint=GATE, **extra):
    return client.post(
        "/api/v1/checkpoint/scans",
        json={"token": token, "checkpoint": checkpoint},
        headers={**headers, **extra},
    )


def subject_of(container) -> str:
    """Return the subject id of the only health record."""
    return container.health_codes.records.collection.find_one()["subject_id"]


@pytest.fixture
def gate(client, container):
    return operator(client, container)


@pytest.fixture
def holder(client):
    return real_named(client)


def test_a_valid_green_code_passes(client, gate, holder):
    result = scan(client, gate, show(client, holder)["token"]).json
    assert result["passed"] is True
    assert (result["reason"], result["colour"], result["token_colour"]) == ("ok", "green", "green")
    assert result["masked_name"] == "陈*明"
    assert result["checkpoint"] == GATE


def test_the_live_colour_wins_over_the_colour_shown(client, container, gate, holder):
    token = show(client, holder)["token"]
    set_colour(client, container, "red")
    result = scan(client, gate, token).json
    assert result["passed"] is False
    assert (result["reason"], result["colour"], result["token_colour"]) == (
        "colour_red",
        "red",
        "green",
    )


def test_a_yellow_code_does_not_pass(client, container, gate, holder):
    set_colour(client, container, "yellow")
    result = scan(client, gate, show(client, holder)["token"]).json
    assert (result["passed"], result["reason"]) == (False, "colour_yellow")


@pytest.mark.parametrize(
    ("issued", "lifetime", "reason"),
    [
        (timedelta(minutes=-10), timedelta(minutes=5), "expired"),
        (timedelta(minutes=-5), timedelta(minutes=5), "expired"),
        (timedelta(minutes=5), timedelta(minutes=5), "not_yet_valid"),
    ],
)
def test_tokens_outside_their_lifetime_are_refused(
    client, container, wiring, gate, holder, issued, lifetime, reason
):
    show(client, holder)
    token = signed_token(
        wiring.keyring.signing_key(), subject_of(container), utcnow() + issued, lifetime
    )
    result = scan(client, gate, token).json
    assert (result["passed"], result["reason"], result["colour"]) == (False, reason, None)


def test_a_token_issued_within_the_clock_leeway_passes(client, container, wiring, gate, holder):
    show(client, holder)
    token = signed_token(
        wiring.keyring.signing_key(), subject_of(container), utcnow() + timedelta(seconds=10)
    )
    assert scan(client, gate, token).json["reason"] == "ok"


def test_an_altered_colour_is_a_bad_signature(client, container, gate, holder):
    set_colour(client, container, "red")
    token = with_colour(show(client, holder)["token"], "green")
    result = scan(client, gate, token).json
    assert (result["passed"], result["reason"]) == (False, "bad_signature")
    assert result["token_colour"] is None


def test_a_token_signed_by_another_key_under_our_kid_is_a_bad_signature(
    client, container, wiring, gate, holder
):
    show(client, holder)
    kid = wiring.keyring.signing_key().kid
    token = signed_token(stranger_key(kid), subject_of(container), utcnow())
    assert scan(client, gate, token).json["reason"] == "bad_signature"


def test_a_token_of_an_unknown_kid_is_refused(client, container, gate, holder):
    show(client, holder)
    token = signed_token(stranger_key("zz9"), subject_of(container), utcnow())
    assert scan(client, gate, token).json["reason"] == "unknown_key"


def test_a_token_of_a_retired_key_is_refused(client, wiring, gate, holder):
    token = show(client, holder)["token"]
    wiring.keyring.rotate()
    assert wiring.keyring.retire(kid_of(token))
    assert scan(client, gate, token).json["reason"] == "key_retired"


def test_a_valid_token_of_an_unknown_subject_is_refused(client, wiring, gate):
    token = signed_token(wiring.keyring.signing_key(), "ab" * 10, utcnow())
    result = scan(client, gate, token).json
    assert (result["passed"], result["reason"]) == (False, "unknown_subject")


@pytest.mark.parametrize(
    "garbage",
    [
        "hello",
        "A" * 1000,
        "健康码",
        "HC1:",
        "HC1:" + "0" * 200,
        PREFIX + base45_encode(b"\x01a"),
        "https://example.com/?code=HC1:123",
    ],
)
def test_garbage_is_malformed(client, gate, garbage):
    response = scan(client, gate, garbage)
    assert response.status_code == 201
    assert (response.json["passed"], response.json["reason"]) == (False, "malformed")


@pytest.mark.parametrize(
    "body",
    [
        {"token": "A" * 1001, "checkpoint": GATE},
        {"token": "", "checkpoint": GATE},
        {"token": "x", "checkpoint": ""},
        {"token": "x"},
        {"checkpoint": GATE},
        {"token": "x", "checkpoint": GATE, "operator": "me"},
        {"token": 12, "checkpoint": GATE},
    ],
)
def test_invalid_scan_requests_are_refused(client, gate, body):
    response = client.post("/api/v1/checkpoint/scans", json=body, headers=gate)
    assert response.status_code == 422


def test_every_scan_is_recorded_with_operator_and_checkpoint(client, container, db, gate, holder):
    token = show(client, holder)["token"]
    for text, place in ((token, "东门"), ("hello", "西门"), (with_colour(token, "red"), "东门")):
        scan(client, gate, text, checkpoint=place)
    recorded = list(db.checkpoint_scans.find().sort("at", 1))
    assert [(s["checkpoint"], s["reason"], s["operator"]) for s in recorded] == [
        ("东门", "ok", "gate-1"),
        ("西门", "malformed", "gate-1"),
        ("东门", "bad_signature", "gate-1"),
    ]
    assert recorded[0]["subject_id"] == subject_of(container)


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Green code: pass"), ("zh-CN", "绿码，请通行"), ("zh-HK", "綠碼，請通行")],
)
def test_scan_message_follows_accept_language(client, gate, holder, language, message):
    response = scan(client, gate, show(client, holder)["token"], **{"Accept-Language": language})
    assert response.json["message"] == message


def test_refusal_message_follows_accept_language(client, gate):
    response = scan(client, gate, "hello", **{"Accept-Language": "en"})
    assert response.json["message"] == "Not a health code"


@pytest.mark.parametrize("role", ["venue_manager", "health_authority", "clerk"])
def test_other_staff_cannot_scan(client, container, role):
    assert scan(client, login_staff(client, container, role), "hello").status_code == 403


def test_residents_cannot_scan(client):
    response = scan(client, login_resident(client), "hello")
    assert response.status_code == 403


def test_scanning_needs_a_login(client, db):
    assert scan(client, {}, "hello").status_code == 401
    assert db.checkpoint_scans.count_documents({}) == 0
