"""The security audit trail (collection audit_events)."""

from bson import json_util

from tests.factories import (
    STAFF_PASSWORD,
    create_staff,
    login_resident,
    request_code,
    run_cli,
    valid_resident_id,
    verify_real_name,
)

PHONE = "13800000001"


def events(db, event, outcome=None):
    query = {"event": event, **({"outcome": outcome} if outcome else {})}
    return list(db.audit_events.find(query).sort("_id", 1))


def my_id(client, headers):
    return client.get("/api/v1/me", headers=headers).json["id"]


def test_a_resident_login_is_recorded_with_address_and_request_id(client, db):
    code = request_code(client, PHONE)

    response = client.post(
        "/api/v1/auth/tokens",
        json={"phone": PHONE, "code": code},
        environ_base={"REMOTE_ADDR": "203.0.113.7"},
    )

    [event] = events(db, "resident.login", "ok")
    assert event["address"] == "203.0.113.7"
    assert event["request_id"] == response.headers["X-Request-ID"]
    assert event["details"]["method"] == "sms"


def test_the_login_event_names_the_account(client, db):
    headers = login_resident(client, PHONE)

    [event] = events(db, "resident.login", "ok")

    assert event["subject"] == my_id(client, headers)


def test_a_failed_login_is_recorded_without_the_phone(client, db):
    request_code(client, PHONE)

    client.post("/api/v1/auth/tokens", json={"phone": PHONE, "code": "000000"})
    client.post("/api/v1/auth/tokens", json={"phone": PHONE, "code": "999999"})

    failed = events(db, "resident.login", "failed")
    assert len(failed) == 2
    assert PHONE not in json_util.dumps(failed)


def test_real_name_attempts_are_recorded_with_their_outcome(client, db):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, valid_resident_id(), "陈不匹配")
    verify_real_name(client, headers, valid_resident_id(), "陈小明")

    outcomes = [e["outcome"] for e in events(db, "resident.real_name")]

    assert outcomes == ["name_mismatch", "ok"]


def test_real_name_events_hold_no_document_number_or_name(client, db):
    headers = login_resident(client, PHONE)

    verify_real_name(client, headers, valid_resident_id(), "陈小明")

    stored = json_util.dumps(events(db, "resident.real_name"), ensure_ascii=False)
    assert valid_resident_id() not in stored
    assert "陈小明" not in stored


def test_staff_logins_are_recorded_ok_and_failed(client, container, db):
    create_staff(container, "clerk", "alice")
    client.post("/api/v1/auth/staff-tokens", json={"username": "alice", "password": "nope"})
    client.post("/api/v1/auth/staff-tokens", json={"username": "alice", "password": STAFF_PASSWORD})

    outcomes = [(e["outcome"], e["subject"]) for e in events(db, "staff.login")]

    assert outcomes == [("failed", "staff:alice"), ("ok", "staff:alice")]


def test_a_role_change_is_recorded_with_before_and_after(app, container, db):
    create_staff(container, "clerk", "alice")

    run_cli(app, "set-staff-roles", "alice", "--role", "admin", "--role", "issuer")

    [event] = events(db, "staff.roles_changed")
    assert event["subject"] == "staff:alice"
    assert event["details"]["before"] == ["clerk"]
    assert event["details"]["after"] == ["admin", "issuer"]


def test_staff_made_with_the_cli_is_recorded(app, db):
    run_cli(app, "create-staff", "alice", "--role", "clerk", "--password", "s3cret-pass")

    [event] = events(db, "staff.created")

    assert (event["subject"], event["actor"]["kind"]) == ("staff:alice", "cli")
