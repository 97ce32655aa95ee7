"""Passages scanned offline: uploaded in batches, kept once each, verified as of their scan time."""

import uuid
from datetime import datetime, timedelta

import pytest

from tests.factories import login_staff
from tests.health_code_factories import (
    authority,
    kid_of,
    operator,
    person_number,
    real_named,
    show,
    signed_token,
    stranger_key,
    with_colour,
)
from tests.reliability.racing import race

UPLOAD = "/api/v1/checkpoint/offline-scans"
GATE = "南山区政务中心 东门"


def record(token: str, scanned_at: datetime, **fields) -> dict:
    """One passage as an offline scanner queues it."""
    body = {"id": str(uuid.uuid4()), "token": token, "checkpoint": GATE}
    return {**body, "scanned_at": scanned_at.isoformat(), **fields}


def upload(client, headers, records: list[dict]):
    return client.post(UPLOAD, json={"scans": records}, headers=headers)


def answers(response) -> dict:
    assert response.status_code == 200, response.json
    return {item["id"]: item for item in response.json["items"]}


@pytest.fixture
def gate(client, container):
    return operator(client, container)


@pytest.fixture
def holder(client):
    return real_named(client)


def test_a_batch_is_recorded_with_each_scans_own_time_and_marked_offline(
    client, db, wiring, gate, holder
):
    code = show(client, holder)
    scanned_at = wiring.clock() - timedelta(seconds=20)
    good, forged = (
        record(code["token"], scanned_at),
        record(with_colour(code["token"], "red"), scanned_at),
    )
    found = answers(upload(client, gate, [good, forged]))
    assert (found[good["id"]]["status"], found[good["id"]]["reason"]) == ("recorded", "ok")
    assert found[good["id"]]["passed"] is True and found[good["id"]]["masked_name"] == "陈*明"
    assert found[forged["id"]]["status"] == "recorded"
    assert (found[forged["id"]]["reason"], found[forged["id"]]["passed"]) == (
        "bad_signature",
        False,
    )
    stored = db.checkpoint_scans.find_one({"client_id": good["id"]})
    assert stored["offline"] is True and stored["operator"] == "gate-1"
    assert stored["at"] == scanned_at and stored["checkpoint"] == GATE


def test_a_record_uploaded_twice_is_stored_once(client, db, wiring, gate, holder):
    batch = [record(show(client, holder)["token"], wiring.clock()) for _ in range(3)]
    first = answers(upload(client, gate, batch))
    again = answers(upload(client, gate, batch))
    assert {item["status"] for item in first.values()} == {"recorded"}
    assert {item["status"] for item in again.values()} == {"duplicate"}
    assert [item["reason"] for item in again.values()] == ["ok"] * 3
    assert db.checkpoint_scans.count_documents({}) == 3


def test_concurrent_uploads_of_one_batch_store_each_record_once(
    app, client, db, wiring, gate, holder
):
    batch = [record(show(client, holder)["token"], wiring.clock()) for _ in range(5)]
    results = race(4, lambda _: answers(upload(app.test_client(), gate, batch)))
    statuses = [item["status"] for found in results for item in found.values()]
    assert statuses.count("recorded") == 5 and statuses.count("duplicate") == 15
    assert db.checkpoint_scans.count_documents({"offline": True}) == 5


def test_a_token_expired_since_counts_if_it_was_valid_when_scanned(client, wiring, gate, holder):
    code = show(client, holder)
    scanned_at = wiring.clock() + timedelta(minutes=1)
    wiring.clock.move(hours=5)
    late = record(code["token"], scanned_at)
    too_late = record(code["token"], scanned_at + timedelta(minutes=10))
    found = answers(upload(client, gate, [late, too_late]))
    assert (found[late["id"]]["reason"], found[late["id"]]["passed"]) == ("ok", True)
    assert (found[too_late["id"]]["reason"], found[too_late["id"]]["passed"]) == ("expired", False)


def test_the_colour_recorded_is_the_one_signed(client, container, wiring, gate, holder):
    show(client, holder)
    subject = container.health_codes.records.collection.find_one()["subject_id"]
    token = signed_token(wiring.keyring.signing_key(), subject, wiring.clock(), colour="yellow")
    found = answers(upload(client, gate, [record(token, wiring.clock())]))
    item = next(iter(found.values()))
    assert (item["reason"], item["token_colour"], item["passed"]) == (
        "colour_yellow",
        "yellow",
        False,
    )


def test_unknown_and_retired_keys_are_refused_as_of_the_scan(client, wiring, gate, holder):
    token = show(client, holder)["token"]
    before_retirement = record(token, wiring.clock() - timedelta(seconds=2))
    stranger = record(signed_token(stranger_key("zz9"), "ab" * 10, wiring.clock()), wiring.clock())
    wiring.keyring.rotate()
    assert wiring.keyring.retire(kid_of(token))
    wiring.clock.move(seconds=5)
    after_retirement = record(token, wiring.clock())
    found = answers(upload(client, gate, [before_retirement, stranger, after_retirement]))
    assert found[before_retirement["id"]]["reason"] == "ok"
    assert found[stranger["id"]]["reason"] == "unknown_key"
    assert found[after_retirement["id"]]["reason"] == "key_retired"


def test_a_scan_from_the_future_or_too_long_ago_is_refused_and_not_stored(
    client, app, db, wiring, gate, holder
):
    token = show(client, holder)["token"]
    max_age = timedelta(hours=app.config["OFFLINE_SCAN_MAX_AGE_HOURS"])
    future = record(token, wiring.clock() + timedelta(minutes=2))
    ancient = record(token, wiring.clock() - max_age - timedelta(minutes=1))
    found = answers(upload(client, gate, [future, ancient]))
    assert (found[future["id"]]["status"], found[future["id"]]["error"]) == (
        "refused",
        "scan.offline.in_future",
    )
    assert found[ancient["id"]]["error"] == "scan.offline.too_old"
    assert found[future["id"]]["reason"] is None
    assert db.checkpoint_scans.count_documents({}) == 0


def test_refusals_are_worded_in_the_readers_language(client, wiring, gate):
    late = record("HC1:whatever", wiring.clock() + timedelta(hours=1))
    response = client.post(
        UPLOAD, json={"scans": [late]}, headers={**gate, "Accept-Language": "en"}
    )
    assert response.json["items"][0]["message"].startswith("Scan time is in the future")


def test_another_operators_record_id_is_neither_overwritten_nor_shown(
    client, container, db, wiring, gate, holder
):
    mine = record(show(client, holder)["token"], wiring.clock())
    answers(upload(client, gate, [mine]))
    other = operator(client, container, "gate-2")
    found = answers(upload(client, other, [{**mine, "checkpoint": "西门"}]))
    assert (found[mine["id"]]["status"], found[mine["id"]]["masked_name"]) == ("refused", None)
    assert found[mine["id"]]["error"] == "scan.offline.id_taken"
    assert db.checkpoint_scans.find_one({"client_id": mine["id"]})["checkpoint"] == GATE


def test_a_card_revoked_after_the_scan_still_counts_then(client, container, wiring, gate):
    staff = authority(client, container)
    body = {"doc_type": "resident_id", "doc_number": person_number(700), "name": "黄大伯"}
    card = client.post("/api/v1/code-cards", json=body, headers=staff).json
    scanned = record(card["token"], wiring.clock())
    wiring.clock.move(seconds=10)
    revoked = client.post(
        f"/api/v1/code-cards/{card['id']}/revoke", json={"reason": "持卡人遗失"}, headers=staff
    )
    assert revoked.status_code == 200, revoked.json
    after = record(card["token"], wiring.clock() + timedelta(seconds=1))
    found = answers(upload(client, gate, [scanned, after]))
    assert found[scanned["id"]]["reason"] == "ok"
    assert found[after["id"]]["reason"] == "card_revoked"


@pytest.mark.parametrize(
    "scans",
    [
        [],
        "not a list",
        [
            {
                "id": "not-a-uuid",
                "token": "HC1:x",
                "checkpoint": GATE,
                "scanned_at": "2026-01-01T00:00:00+08:00",
            }
        ],
        [
            {
                "id": str(uuid.uuid4()),
                "token": "HC1:x",
                "checkpoint": GATE,
                "scanned_at": "2026-01-01T00:00:00",
            }
        ],
        [
            {
                "id": str(uuid.uuid4()),
                "token": "",
                "checkpoint": GATE,
                "scanned_at": "2026-01-01T00:00:00Z",
            }
        ],
    ],
)
def test_malformed_batches_are_refused_whole(client, db, gate, scans):
    response = client.post(UPLOAD, json={"scans": scans}, headers=gate)
    assert response.status_code == 422
    assert db.checkpoint_scans.count_documents({}) == 0


def test_a_batch_has_at_most_a_hundred_records(client, db, wiring, gate):
    batch = [record("HC1:x", wiring.clock()) for _ in range(101)]
    response = upload(client, gate, batch)
    assert response.status_code == 422
    assert "scans" in response.json["errors"]
    assert answers(upload(client, gate, batch[:100]))
    assert db.checkpoint_scans.count_documents({}) == 100


@pytest.mark.parametrize("role", ["venue_manager", "health_authority"])
def test_only_checkpoint_operators_upload(client, container, wiring, role):
    response = upload(client, login_staff(client, container, role), [record("x", wiring.clock())])
    assert response.status_code == 403
