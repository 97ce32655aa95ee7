"""Administrators disable, re-enable and reset staff accounts, list them and read the trail."""

import re

import pytest

from tests.factories import STAFF_PASSWORD, bearer, create_staff, login_resident, login_staff

ADMIN = "/api/v1/admin"
NEW_PASSWORD = "a new password of mine"


def admin(client, container) -> dict:
    return login_staff(client, container, "admin", "root")


def log_in(client, username: str, password: str = STAFF_PASSWORD, **extra):
    body = {"username": username, "password": password, **extra}
    return client.post("/api/v1/auth/staff-tokens", json=body)


def clerk_token(client, container, username: str = "alice") -> dict:
    create_staff(container, "clerk", username)
    response = log_in(client, username)
    assert response.status_code == 201, response.json
    return bearer(response.json["access_token"])


def act(client, headers, username: str, action: str):
    return client.post(f"{ADMIN}/staff/{username}/{action}", headers=headers)


def events(db, event: str) -> list[dict]:
    return list(db.audit_events.find({"event": event}).sort("at", 1))


# Disabling and re-enabling


def test_a_disabled_member_cannot_log_in_and_their_sessions_end(client, container, db):
    token = clerk_token(client, container)
    response = act(client, admin(client, container), "alice", "disable")
    assert response.status_code == 200, response.json
    assert response.json["disabled"] is True
    assert client.delete("/api/v1/auth/tokens", headers=token).status_code == 401
    refused = log_in(client, "alice")
    assert (refused.status_code, refused.json["error"]) == (403, "auth.staff_disabled")
    assert [e["subject"] for e in events(db, "staff.disabled")] == ["staff:alice"]


def test_a_re_enabled_member_logs_in_again(client, container, db):
    create_staff(container, "clerk", "alice")
    headers = admin(client, container)
    act(client, headers, "alice", "disable")
    response = act(client, headers, "alice", "enable")
    assert (response.status_code, response.json["disabled"]) == (200, False)
    assert log_in(client, "alice").status_code == 201
    assert [e["actor"]["id"] for e in events(db, "staff.enabled")] == ["root"]


def test_disabling_twice_is_recorded_once(client, container, db):
    create_staff(container, "clerk", "alice")
    headers = admin(client, container)
    assert act(client, headers, "alice", "disable").status_code == 200
    assert act(client, headers, "alice", "disable").json["disabled"] is True
    assert len(events(db, "staff.disabled")) == 1


def test_an_administrator_cannot_disable_their_own_account(client, container):
    response = act(client, admin(client, container), "root", "disable")
    assert (response.status_code, response.json["error"]) == (409, "staff.cannot_disable_self")
    assert log_in(client, "root").status_code == 201


@pytest.mark.parametrize("action", ["disable", "enable", "password"])
def test_an_unknown_username_is_not_found(client, container, action):
    response = act(client, admin(client, container), "nobody", action)
    assert (response.status_code, response.json["error"]) == (404, "staff.not_found")


@pytest.mark.parametrize("action", ["disable", "enable", "password"])
def test_only_administrators_manage_accounts(client, container, action):
    create_staff(container, "clerk", "alice")
    clerk = login_staff(client, container, "health_authority", "bob")
    assert act(client, clerk, "alice", action).status_code == 403
    assert act(client, login_resident(client), "alice", action).status_code == 403
    assert act(client, {}, "alice", action).status_code == 401


# Resetting a password


def test_a_reset_gives_a_one_time_password_and_ends_the_old_one(client, container, db):
    token = clerk_token(client, container)
    response = act(client, admin(client, container), "alice", "password")
    assert response.status_code == 200, response.json
    once = response.json["one_time_password"]
    assert re.fullmatch(r"[a-z2-9]{4}(-[a-z2-9]{4}){3}", once)
    assert response.json["must_change_password"] is True
    assert client.delete("/api/v1/auth/tokens", headers=token).status_code == 401
    assert log_in(client, "alice").status_code == 401
    [event] = events(db, "staff.password_reset")
    assert once not in str(event) and event["actor"]["id"] == "root"


def test_the_one_time_password_must_be_changed_at_login(client, container):
    create_staff(container, "clerk", "alice")
    once = act(client, admin(client, container), "alice", "password").json["one_time_password"]
    refused = log_in(client, "alice", once)
    assert (refused.status_code, refused.json["error"]) == (403, "auth.password_change_required")
    assert list(refused.json["errors"]) == ["new_password"]
    assert "access_token" not in refused.json
    changed = log_in(client, "alice", once, new_password=NEW_PASSWORD)
    assert changed.status_code == 201, changed.json
    assert log_in(client, "alice", once).status_code == 401
    assert log_in(client, "alice", NEW_PASSWORD).status_code == 201


def test_the_account_shows_a_password_waiting_to_be_changed(client, container):
    create_staff(container, "clerk", "alice")
    headers = admin(client, container)
    once = act(client, headers, "alice", "password").json["one_time_password"]
    staff = {s["username"]: s for s in client.get(f"{ADMIN}/staff", headers=headers).json["items"]}
    assert staff["alice"]["must_change_password"] is True
    log_in(client, "alice", once, new_password=NEW_PASSWORD)
    staff = {s["username"]: s for s in client.get(f"{ADMIN}/staff", headers=headers).json["items"]}
    assert staff["alice"]["must_change_password"] is False


@pytest.mark.parametrize(
    ("new_password", "error"),
    [("short", "request.invalid"), (None, "auth.password_unchanged")],
)
def test_a_new_password_must_be_long_and_new(client, container, new_password, error):
    create_staff(container, "clerk", "alice")
    once = act(client, admin(client, container), "alice", "password").json["one_time_password"]
    response = log_in(client, "alice", once, new_password=new_password or once)
    assert (response.status_code, response.json["error"]) == (422, error)
    assert list(response.json["errors"]) == ["new_password"]


def test_anyone_may_change_their_own_password_while_logging_in(client, container, db):
    create_staff(container, "clerk", "alice")
    assert log_in(client, "alice", new_password=NEW_PASSWORD).status_code == 201
    assert log_in(client, "alice", NEW_PASSWORD).status_code == 201
    assert [e["subject"] for e in events(db, "staff.password_changed")] == ["staff:alice"]


def test_a_wrong_password_changes_nothing(client, container):
    create_staff(container, "clerk", "alice")
    assert log_in(client, "alice", "wrong one", new_password=NEW_PASSWORD).status_code == 401
    assert log_in(client, "alice").status_code == 201


# The list of accounts and the audit trail


def test_staff_are_listed_by_username_a_page_at_a_time(client, container):
    for name in ("carol", "alice", "bob"):
        create_staff(container, "clerk", name)
    headers = admin(client, container)
    first = client.get(f"{ADMIN}/staff", query_string={"limit": 2}, headers=headers).json
    rest = client.get(f"{ADMIN}/staff", query_string={"offset": 2}, headers=headers).json
    names = [s["username"] for s in first["items"] + rest["items"]]
    assert names == ["alice", "bob", "carol", "root"]
    assert first["total"] == 4
    assert not any("password_hash" in s or "password" in s for s in first["items"])


def test_the_audit_trail_reads_whole_or_filtered(client, container):
    create_staff(container, "clerk", "alice")
    headers = admin(client, container)
    act(client, headers, "alice", "disable")
    log_in(client, "alice")

    def read(**query):
        answer = client.get(f"{ADMIN}/audit-events", query_string=query, headers=headers).json
        return [(e["event"], e["outcome"], e["subject"]) for e in answer["items"]]

    everything = read()
    assert everything[:2] == [
        ("staff.login", "disabled", "staff:alice"),
        ("staff.disabled", "ok", "staff:alice"),
    ]
    assert read(subject="staff:alice") == everything[:2]
    assert read(event="staff.login") == [
        ("staff.login", "disabled", "staff:alice"),
        ("staff.login", "ok", "staff:root"),
    ]
    assert read(subject="staff:alice", event="staff.disabled") == [everything[1]]


def test_an_account_made_by_an_administrator_changes_its_first_password(client, container):
    body = {"username": "carol", "password": "first password 1", "roles": ["clerk"]}
    made = client.post(f"{ADMIN}/staff", json=body, headers=admin(client, container))
    assert (made.status_code, made.json["must_change_password"]) == (201, True)
    assert log_in(client, "carol", "first password 1").status_code == 403
    response = log_in(client, "carol", "first password 1", new_password=NEW_PASSWORD)
    assert response.status_code == 201


def test_a_taken_username_is_named_beside_the_field(client, container):
    create_staff(container, "clerk", "alice")
    body = {"username": "alice", "password": "first password 1", "roles": ["clerk"]}
    response = client.post(f"{ADMIN}/staff", json=body, headers=admin(client, container))
    assert (response.status_code, response.json["error"]) == (409, "staff.username_taken")
    assert list(response.json["errors"]) == ["username"]
