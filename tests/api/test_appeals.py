"""Appeals (申诉): a holder appeals a yellow or red colour; the health authority decides."""

from datetime import timedelta

import pytest
from bson import ObjectId
from pymongo.errors import DuplicateKeyError

from core.clock import utcnow
from tests.factories import login_resident, login_staff
from tests.health_code_factories import ago, authority, declare, person_number, real_named, show

APPEALS = "/api/v1/health-code/appeals"
QUEUE = "/api/v1/authority/appeals"


def yellow_holder(client, n: int = 0) -> dict:
    """Return the headers of real-named holder n, made yellow by declaring symptoms."""
    headers = real_named(client, n)
    assert declare(client, headers, symptoms=True).status_code == 201
    return headers


def file_appeal(client, headers, reason: str = "症状已消失，已做核酸检测"):
    return client.post(APPEALS, json={"reason": reason}, headers=headers)


def filed(client, headers) -> dict:
    response = file_appeal(client, headers)
    assert response.status_code == 201, response.json
    return response.json


def decide(
    client, staff, appeal_id: str, outcome: str = "upheld", reason: str = "复核无症状", **extra
):
    body = {"outcome": outcome, "reason": reason, **extra}
    return client.post(f"{QUEUE}/{appeal_id}/decision", json=body, headers=staff)


def test_filing_against_a_yellow_code_records_the_colour_and_its_rules(client):
    headers = yellow_holder(client)

    response = file_appeal(client, headers, "我没有症状，是误报")

    assert response.status_code == 201
    appeal = response.json
    assert (appeal["status"], appeal["colour_appealed"]) == ("open", "yellow")
    assert appeal["rule_ids"] == ["symptoms_declared"]
    assert appeal["reason"] == "我没有症状，是误报"
    assert appeal["decided_at"] is None


def test_a_red_code_set_by_the_authority_can_be_appealed(client, container):
    headers = real_named(client)
    staff = authority(client, container)
    client.post(
        "/api/v1/authority/manual-colours",
        headers=staff,
        json={
            "doc_type": "resident_id",
            "doc_number": person_number(0),
            "colour": "red",
            "reason": "流调待核实",
        },
    )

    appeal = filed(client, headers)

    assert (appeal["colour_appealed"], appeal["rule_ids"]) == ("red", ["manual_override"])


def test_a_green_holder_has_nothing_to_appeal(client):
    response = file_appeal(client, real_named(client))

    assert response.status_code == 422
    assert response.json["error"] == "appeal.colour_green"


def test_a_holder_without_real_name_cannot_appeal(client):
    response = file_appeal(client, login_resident(client))

    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"


def test_a_second_appeal_while_one_is_open_is_a_conflict(client):
    headers = yellow_holder(client)
    filed(client, headers)

    response = file_appeal(client, headers)

    assert response.status_code == 409
    assert response.json["error"] == "appeal.already_open"


def test_the_database_itself_refuses_a_second_open_appeal(client, db):
    filed(client, yellow_holder(client))
    account_id = db.appeals.find_one()["account_id"]

    # Two filings racing past the service's checks still meet the unique partial index.
    with pytest.raises(DuplicateKeyError):
        db.appeals.insert_one({"account_id": account_id, "status": "open", "created_at": utcnow()})


def test_once_decided_the_holder_may_appeal_again(client, container):
    headers = yellow_holder(client)
    decide(client, authority(client, container), filed(client, headers)["id"], "rejected")

    assert file_appeal(client, headers).status_code == 201


@pytest.mark.parametrize(
    "body",
    [{}, {"reason": ""}, {"reason": "字" * 501}, {"reason": "ok", "colour": "green"}],
    ids=["missing", "empty", "too-long", "unknown-field"],
)
def test_an_appeal_needs_a_reason_of_sensible_length(client, body):
    response = client.post(APPEALS, json=body, headers=yellow_holder(client))

    assert response.status_code == 422


def test_my_appeals_lists_only_mine_newest_first(client, container):
    mine, theirs = yellow_holder(client, 0), yellow_holder(client, 1)
    first = filed(client, mine)
    decide(client, authority(client, container), first["id"], "rejected")
    second = filed(client, mine)
    filed(client, theirs)

    listed = client.get(APPEALS, headers=mine).json["items"]

    assert [appeal["id"] for appeal in listed] == [second["id"], first["id"]]


def test_a_holder_reads_one_of_their_appeals(client):
    headers = yellow_holder(client)
    appeal = filed(client, headers)

    response = client.get(f"{APPEALS}/{appeal['id']}", headers=headers)

    assert (response.status_code, response.json["id"]) == (200, appeal["id"])


@pytest.mark.parametrize("whose", ["someone-else", "malformed", "unknown"])
def test_another_holders_appeal_is_not_found(client, whose):
    other = filed(client, yellow_holder(client, 1))["id"]
    appeal_id = {
        "someone-else": other,
        "malformed": "not-an-id",
        "unknown": "0123456789abcdef01234567",
    }[whose]

    response = client.get(f"{APPEALS}/{appeal_id}", headers=yellow_holder(client, 0))

    assert response.status_code == 404


def test_the_queue_lists_open_appeals_oldest_first_with_their_wait(client, container, db):
    ids = [filed(client, yellow_holder(client, n))["id"] for n in range(3)]
    for appeal_id, hours in zip(ids, (1, 3, 2), strict=True):
        db.appeals.update_one(
            {"_id": ObjectId(appeal_id)}, {"$set": {"created_at": ago(hours=hours)}}
        )

    queue = client.get(QUEUE, headers=authority(client, container)).json["items"]

    assert [appeal["id"] for appeal in queue] == [ids[1], ids[2], ids[0]]
    waits = [appeal["waited_seconds"] for appeal in queue]
    assert [wait // 60 for wait in waits] == [180, 120, 60]
    assert queue[0]["masked_name"] == "陈*明"


def test_decided_appeals_leave_the_open_queue_and_show_under_their_status(client, container):
    staff = authority(client, container)
    decided = filed(client, yellow_holder(client, 0))["id"]
    still_open = filed(client, yellow_holder(client, 1))["id"]
    decide(client, staff, decided, "rejected")

    open_ids = [a["id"] for a in client.get(QUEUE, headers=staff).json["items"]]
    rejected = client.get(QUEUE, query_string={"status": "rejected"}, headers=staff).json["items"]

    assert open_ids == [still_open]
    assert [a["id"] for a in rejected] == [decided]
    assert rejected[0]["decided_by"] == "authority-1"


def test_an_upheld_appeal_turns_the_code_green_and_says_why(client, container):
    headers = yellow_holder(client)

    response = decide(
        client,
        authority(client, container),
        filed(client, headers)["id"],
        reason="复核无症状，解除黄码",
    )

    assert (response.status_code, response.json["status"]) == (200, "upheld")
    code = show(client, headers)
    assert code["colour"] == "green"
    assert code["reasons"][0]["rule_id"] == "manual_override"
    assert "复核无症状，解除黄码" in code["reasons"][0]["summary"]["zh-CN"]


def test_an_upheld_appeal_with_an_end_lifts_the_colour_until_then(client, container):
    headers = yellow_holder(client)
    until = (utcnow() + timedelta(days=2)).replace(microsecond=0)

    decide(
        client, authority(client, container), filed(client, headers)["id"], until=until.isoformat()
    )

    code = show(client, headers)
    assert (code["colour"], code["next_change_at"]) == ("green", until.isoformat())


def test_a_rejected_appeal_leaves_the_colour(client, container):
    headers = yellow_holder(client)

    response = decide(
        client,
        authority(client, container),
        filed(client, headers)["id"],
        "rejected",
        "症状申报属实",
    )

    assert (response.status_code, response.json["status"]) == (200, "rejected")
    code = show(client, headers)
    assert code["colour"] == "yellow"
    assert "manual_override" not in [reason["rule_id"] for reason in code["reasons"]]


def test_the_holder_sees_the_decision_on_the_appeal(client, container):
    headers = yellow_holder(client)
    appeal_id = filed(client, headers)["id"]
    decide(client, authority(client, container), appeal_id, "rejected", "症状申报属实")

    appeal = client.get(APPEALS, headers=headers).json["items"][0]

    assert (appeal["status"], appeal["decision_reason"]) == ("rejected", "症状申报属实")
    assert appeal["decided_at"] is not None


def test_the_holder_is_notified_of_the_decision(client, container):
    headers = yellow_holder(client)
    appeal_id = filed(client, headers)["id"]
    decide(client, authority(client, container), appeal_id, reason="复核无症状")

    notes = client.get("/api/v1/me/notifications", headers=headers).json["items"]

    assert len(notes) == 1
    assert notes[0]["ref"] == {"appeal_id": appeal_id, "outcome": "upheld"}
    assert notes[0]["body"] == "复核无症状"
    assert set(notes[0]["title"]) == {"zh-CN", "zh-HK", "en"}


def test_notifications_are_only_the_holders_own(client, container):
    decide(client, authority(client, container), filed(client, yellow_holder(client, 1))["id"])

    notes = client.get("/api/v1/me/notifications", headers=yellow_holder(client, 0)).json["items"]

    assert notes == []


def test_deciding_twice_is_a_conflict(client, container):
    staff = authority(client, container)
    appeal_id = filed(client, yellow_holder(client))["id"]
    decide(client, staff, appeal_id, "rejected")

    response = decide(client, staff, appeal_id, "upheld")

    assert response.status_code == 409
    assert response.json["error"] == "appeal.already_decided"


@pytest.mark.parametrize("appeal_id", ["not-an-id", "0123456789abcdef01234567"])
def test_deciding_an_unknown_appeal_is_not_found(client, container, appeal_id):
    response = decide(client, authority(client, container), appeal_id)

    assert response.status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"outcome": "maybe", "reason": "x"},
        {"outcome": "upheld"},
        {"outcome": "rejected", "reason": "x", "until": "2030-01-01T00:00:00+00:00"},
    ],
    ids=["bad-outcome", "no-reason", "until-on-rejection"],
)
def test_a_decision_is_validated(client, container, body):
    appeal_id = filed(client, yellow_holder(client))["id"]
    staff = authority(client, container)

    response = client.post(f"{QUEUE}/{appeal_id}/decision", json=body, headers=staff)

    assert response.status_code == 422


@pytest.mark.parametrize("call", ["queue", "decide"])
@pytest.mark.parametrize("who", ["resident", "checkpoint_operator"])
def test_only_the_health_authority_reads_the_queue_or_decides(client, container, call, who):
    holder = yellow_holder(client)
    appeal_id = filed(client, holder)["id"]
    headers = holder if who == "resident" else login_staff(client, container, who)

    if call == "queue":
        response = client.get(QUEUE, headers=headers)
    else:
        response = decide(client, headers, appeal_id)

    assert response.status_code == 403
    assert client.get(APPEALS, headers=holder).json["items"][0]["status"] == "open"


def test_a_decision_is_written_to_the_audit_trail(client, container, db):
    appeal_id = filed(client, yellow_holder(client))["id"]
    decide(client, authority(client, container), appeal_id, "rejected")

    events = db.audit_events.find({"event": "health_code.appeal"}).sort("at", 1)

    assert [event["outcome"] for event in events] == ["filed", "rejected"]
