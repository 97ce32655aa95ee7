"""Account deletion (注销): what goes, what stays without contact data, and who is left alone."""

import json
from datetime import timedelta

import pytest
from bson import ObjectId

from accounts.audit import Actor
from accounts.session_states import SessionStates
from accounts.sessions import SessionService
from models.sessions import SessionRepository
from tests.factories import (
    bearer,
    claims_of,
    login_resident,
    resident_tokens,
    run_cli,
    verify_real_name,
)
from tests.health_code_factories import (
    ago,
    authority,
    declare,
    person_number,
    post_rows,
    row,
)
from tests.privacy_factories import (
    DELETION,
    confirmation_code,
    delete_account,
    export,
    full_resident,
    phone_of,
)

ERASED_SOURCES = {"account", "consents", "sessions", "notifications", "health_code"}
ERASED_SOURCES |= {"venue_checkins", "appeals", "family"}
KEPT_SOURCES = {"security_events", "sms_codes", "health_code", "appeals", "code_cards"}


def account_of(container, n: int) -> dict:
    person = container.residents.person_index("resident_id", person_number(n))
    return container.residents.account_of_person(person)


def account_of_phone(db, container, phone: str) -> dict:
    return db.accounts.find_one({"phone_index": container.sms.phone_index(phone)})


def deleted(client, container, n: int = 0) -> tuple[str, dict, dict]:
    """Make resident n with data everywhere and delete them; return id, headers, receipt."""
    headers = full_resident(client, container, n)
    account = account_of(container, n)
    response = delete_account(client, headers, phone_of(n))
    assert response.status_code == 200, response.json
    return str(account["_id"]), headers, response.json


def test_the_plan_says_what_is_erased_and_what_is_kept_and_why(client):
    plan = client.get(DELETION, headers={**login_resident(client), "Accept-Language": "en"}).json

    assert {entry["source"] for entry in plan["erased"]} >= ERASED_SOURCES
    assert {entry["source"] for entry in plan["kept"]} >= KEPT_SOURCES
    kept = {entry["source"]: entry["text"] for entry in plan["kept"]}
    assert "Cybersecurity Law" in kept["security_events"]
    assert "health authority" in kept["health_code"]


def test_every_device_is_logged_out_at_once(client):
    phone_tokens = resident_tokens(client, "13800000001", device="phone")
    pad = bearer(resident_tokens(client, "13800000001", device="pad")["access_token"])

    response = delete_account(client, bearer(phone_tokens["access_token"]), "13800000001")

    assert response.status_code == 200
    assert client.get("/api/v1/me", headers=pad).status_code == 401
    refresh = client.post(
        "/api/v1/auth/tokens/refresh", headers=bearer(phone_tokens["refresh_token"])
    )
    assert refresh.status_code == 401


def test_another_process_refuses_the_deleted_accounts_tokens_within_the_bound(client, db, wiring):
    ticker = iter(range(1000, 10**6, 2)).__next__  # each check is 2 s after the one before
    states = SessionStates(
        SessionRepository(db), wiring.clock, token_lifetime=timedelta(minutes=15), ticker=ticker
    )
    elsewhere = SessionService(SessionRepository(db), 30, wiring.clock, states)
    pair = resident_tokens(client, "13800000001")
    claims = claims_of(pair["access_token"])
    seen = (claims["sid"], claims["sub"], "resident")
    assert elsewhere.check(*seen) == "active"  # that process has the session in its cache

    delete_account(client, bearer(pair["access_token"]), "13800000001")

    assert elsewhere.check(*seen) == "revoked"  # its next read of the revocation feed


def test_the_account_becomes_a_tombstone_without_personal_data(client, container, db):
    account_id, _, receipt = deleted(client, container)

    tombstone = db.accounts.find_one({"_id": ObjectId(account_id)})

    assert set(tombstone) == {"_id", "created_at", "phone_index", "deletion"}
    assert tombstone["deletion"]["state"] == "done"
    assert receipt["deleted_at"] and receipt["erased"]["family"] == 2


def test_what_the_resident_gave_is_erased(client, container, db):
    account_id, _, _ = deleted(client, container)

    for collection in ("consents", "notifications", "venue_checkins"):
        assert db[collection].count_documents({"account_id": account_id}) == 0, collection
    sessions = list(db.sessions.find({"account_id": account_id}))
    assert all(s["revoked_at"] and "device" not in s for s in sessions)  # ended, no device
    assert db.guardianships.count_documents({"guardian_account_id": account_id}) == 0
    assert db.guardianship_counts.count_documents({"_id": f"guardian:{account_id}"}) == 0


def test_the_health_record_keeps_only_the_authoritys_facts_without_account_or_name(
    client, container, db
):
    person = container.residents.person_index("resident_id", person_number(0))
    headers = full_resident(client, container)
    subject_before = db.health_records.find_one({"_id": person})["subject_id"]

    delete_account(client, headers, phone_of(0))

    record = db.health_records.find_one({"_id": person})
    assert "account_id" not in record and "masked_name" not in record and "history" not in record
    assert set(record["facts"]) == {"tests"}  # declarations and conversions gone
    assert record["subject_id"] != subject_before
    scans = list(db.checkpoint_scans.find({"subject_id": subject_before}))
    assert scans and all(scan["masked_name"] is None for scan in scans)


def declared_only(client, tested: bool, container=None) -> dict:
    headers = login_resident(client, phone_of(0))
    verify_real_name(client, headers, doc_number=person_number(0))
    declare(client, headers, symptoms=True)
    if tested:
        rows = [row(0, result="negative", sampled_at=ago(hours=3))]
        assert (
            post_rows(client, authority(client, container), "test-results", rows).status_code == 201
        )
    return headers


def test_a_record_with_nothing_from_the_authority_is_deleted(client, db):
    delete_account(client, declared_only(client, tested=False), phone_of(0))

    assert db.health_records.count_documents({}) == 0


def test_a_record_with_the_authoritys_facts_stays_without_the_residents(client, container, db):
    delete_account(client, declared_only(client, True, container), phone_of(0))

    [record] = db.health_records.find()
    assert set(record["facts"]) == {"tests"} and "account_id" not in record


def test_appeals_keep_the_decision_without_the_residents_words(client, container, db):
    account_id, _, _ = deleted(client, container)

    [appeal] = db.appeals.find({"account_id": account_id})

    assert appeal["reason"] == "" and "masked_name" not in appeal
    assert (appeal["status"], appeal["decision_reason"]) == ("rejected", "申报的症状尚未消除")


def test_an_open_appeal_is_withdrawn(client, db):
    headers = login_resident(client)
    verify_real_name(client, headers)
    declare(client, headers, symptoms=True)
    client.post("/api/v1/health-code/appeals", json={"reason": "请复核"}, headers=headers)

    delete_account(client, headers, "13800000001")

    assert db.appeals.find_one()["status"] == "withdrawn"


def test_guardian_links_end_on_both_sides_and_the_other_side_is_told(client, container, db):
    relative = account_of(container, 1)  # none yet: made by full_resident
    assert relative is None
    account_id, _, _ = deleted(client, container)
    relative_id = str(account_of(container, 1)["_id"])

    person = container.residents.person_index("resident_id", person_number(0))
    assert db.guardianships.count_documents({"person_index": person}) == 0
    assert db.guardianships.count_documents({"guardian_account_id": account_id}) == 0
    told = db.audit_events.find_one({"event": "guardian.link_ended", "subject": relative_id})
    assert told["outcome"] == "account_deleted"
    assert db.guardianship_counts.find_one({"_id": f"guardian:{relative_id}"})["count"] == 0


def test_audit_entries_are_kept_without_contact_data(client, container, db):
    headers = full_resident(client, container)
    account_id = str(account_of(container, 0)["_id"])
    before = db.audit_events.count_documents({"subject": account_id})

    delete_account(client, headers, phone_of(0))

    kept = list(db.audit_events.find({"subject": account_id}))
    assert len(kept) >= before + 2  # requested and done added, none removed
    text = json.dumps(kept, default=str, ensure_ascii=False)
    for contact in (phone_of(0), "138****0000", person_number(0), "陈小明"):
        assert contact not in text


def test_another_resident_is_left_untouched(client, container):
    other = full_resident(client, container, 3)
    before = json.loads(export(client, other, phone_of(3)).get_data(as_text=True))

    deleted(client, container, 0)

    after = json.loads(export(client, other, phone_of(3)).get_data(as_text=True))
    for source in ("profile", "consents", "health_code", "venue_checkins", "appeals", "family"):
        assert after[source] == before[source], source
    assert client.get("/api/v1/me", headers=other).status_code == 200


def test_the_phone_number_opens_a_new_account_afterwards(client, container):
    account_id, _, _ = deleted(client, container)

    headers = login_resident(client, phone_of(0))

    me = client.get("/api/v1/me", headers=headers).json
    assert me["id"] != account_id and me["level"] == "L1" and me["real_name"] is None


def test_deleting_again_changes_nothing(client, container, db, app):
    account_id, headers, receipt = deleted(client, container)
    tombstone = db.accounts.find_one({"_id": ObjectId(account_id)})

    again = container.account_deletion.finish(account_id, Actor("resident", account_id))
    cli = run_cli(app, "finish-deletions")

    assert again["deleted_at"] == tombstone["deletion"]["finished_at"]
    assert db.accounts.find_one({"_id": ObjectId(account_id)}) == tombstone
    assert "finished 0 interrupted" in cli.output
    assert client.post(DELETION, json={"code": "123456"}, headers=headers).status_code == 401


def test_a_deletion_interrupted_midway_is_finished_by_a_retry(
    client, container, wiring, db, app, monkeypatch
):
    headers = full_resident(client, container)
    account_id = str(account_of(container, 0)["_id"])
    appeals = wiring.personal_data.source("appeals")
    monkeypatch.setattr(appeals, "erase", lambda subject: 1 / 0)  # the database failed here
    code = confirmation_code(client, headers, phone_of(0))

    with pytest.raises(ZeroDivisionError):
        container.account_deletion.delete(account_id, code, Actor("resident", account_id))

    assert client.get("/api/v1/me", headers=headers).status_code == 401  # already gone
    assert login_resident(client, phone_of(0))  # the number is free at once
    monkeypatch.undo()
    assert "finished 1 interrupted" in run_cli(app, "finish-deletions").output
    assert db.accounts.find_one({"_id": ObjectId(account_id)})["deletion"]["state"] == "done"
    assert db.appeals.find_one({"account_id": account_id})["reason"] == ""
    assert db.venue_checkins.count_documents({"account_id": account_id}) == 0


def test_the_next_start_finishes_an_interrupted_deletion(
    client, container, wiring, db, app, make_app, monkeypatch
):
    headers = login_resident(client)
    account_id = str(account_of_phone(db, container, "13800000001")["_id"])
    inbox = wiring.personal_data.source("notifications")
    monkeypatch.setattr(inbox, "erase", lambda subject: 1 / 0)  # the database failed here
    code = confirmation_code(client, headers, "13800000001")
    with pytest.raises(ZeroDivisionError):
        container.account_deletion.delete(account_id, code, Actor("resident", account_id))
    monkeypatch.undo()

    make_app(MONGODB_DB=app.config["MONGODB_DB"])  # another start on the same database

    assert db.accounts.find_one({"_id": ObjectId(account_id)})["deletion"]["state"] == "done"


def test_a_wrong_code_deletes_nothing(client, db):
    headers = login_resident(client)
    right = confirmation_code(client, headers, "13800000001")

    response = client.post(DELETION, json={"code": f"{int(right) ^ 1:06d}"}, headers=headers)

    assert response.status_code == 422 and response.json["errors"]["code"]
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert db.accounts.count_documents({"deletion": {"$exists": True}}) == 0


@pytest.mark.parametrize("method", ["get", "post"])
def test_deletion_needs_a_resident_login(client, method):
    assert getattr(client, method)(DELETION, json={"code": "123456"}).status_code == 401
