"""Staff login, the staff CLI, and roles in tokens."""

import pytest

from app.smorest import Blueprint
from tests.factories import (
    STAFF_PASSWORD,
    bearer,
    claims_of,
    create_staff,
    documented_statuses,
    login_resident,
    login_staff,
    run_cli,
)


def staff_login(client, username, password=STAFF_PASSWORD, address="127.0.0.1"):
    return client.post(
        "/api/v1/auth/staff-tokens",
        json={"username": username, "password": password},
        environ_base={"REMOTE_ADDR": address},
    )


def test_a_staff_member_made_with_the_cli_can_log_in(app, client):
    made = run_cli(
        app,
        "create-staff",
        "alice",
        "--role",
        "clerk",
        "--role",
        "issuer",
        "--password",
        "s3cret-pass",
    )
    assert made.exit_code == 0, made.output

    response = staff_login(client, "alice", "s3cret-pass")

    assert response.status_code == 201
    assert response.json["kind"] == "staff"
    assert sorted(response.json["roles"]) == ["clerk", "issuer"]


def test_the_token_carries_the_roles(client, container):
    create_staff(container, "clerk", "alice")

    claims = claims_of(staff_login(client, "alice").json["access_token"])

    assert (claims["kind"], claims["roles"]) == ("staff", ["clerk"])


@pytest.mark.parametrize(
    ("username", "password"), [("alice", "wrong password"), ("nobody", STAFF_PASSWORD)]
)
def test_wrong_credentials_are_one_401_whoever_is_named(client, container, username, password):
    create_staff(container, "clerk", "alice")

    response = staff_login(client, username, password)

    assert response.status_code == 401
    assert response.json["error"] == "auth.staff_credentials"
    assert 401 in documented_statuses(client, "/api/v1/auth/staff-tokens", "post")


def test_a_disabled_staff_member_cannot_log_in(client, container, db):
    create_staff(container, "clerk", "alice")
    db.staff.update_one({"username": "alice"}, {"$set": {"disabled": True}})

    response = staff_login(client, "alice")

    assert response.status_code == 403
    assert response.json["error"] == "auth.staff_disabled"


def test_the_stored_password_is_not_the_password(container, db):
    create_staff(container, "clerk", "alice")

    assert STAFF_PASSWORD not in str(db.staff.find_one())


def test_a_staff_token_is_refused_on_the_resident_profile(client, container):
    headers = login_staff(client, container, "clerk")

    response = client.get("/api/v1/me", headers=headers)

    assert response.status_code == 403
    assert response.json["error"] == "auth.resident_only"


@pytest.fixture
def admin_only_client(make_app):
    """A client of an app with one extra route that only admins may call."""
    app = make_app()

    def admin_area():
        return {"ok": True}

    app.add_url_rule("/test/admin-area", view_func=Blueprint.staff_required("admin")(admin_area))
    return app.test_client(), app.extensions["container"]


def test_a_staff_route_refuses_a_staff_member_without_the_role(admin_only_client):
    client, container = admin_only_client
    headers = login_staff(client, container, "clerk")

    response = client.get("/test/admin-area", headers=headers)

    assert response.status_code == 403
    assert response.json["error"] == "auth.forbidden_role"


def test_a_staff_route_admits_a_staff_member_with_the_role(admin_only_client):
    client, container = admin_only_client

    response = client.get("/test/admin-area", headers=login_staff(client, container, "admin"))

    assert response.status_code == 200


def test_a_staff_route_refuses_a_resident(admin_only_client):
    client, _services = admin_only_client

    response = client.get("/test/admin-area", headers=login_resident(client))

    assert response.status_code == 403


def test_set_staff_roles_closes_their_sessions(app, client, container):
    create_staff(container, "clerk", "alice")
    token = staff_login(client, "alice").json["access_token"]

    changed = run_cli(app, "set-staff-roles", "alice", "--role", "admin")

    assert changed.exit_code == 0, changed.output
    response = client.delete("/api/v1/auth/tokens", headers=bearer(token))
    assert response.status_code == 401
    assert response.json["error"] == "auth.revoked_token"


def test_after_a_role_change_a_new_login_carries_the_new_roles(app, client, container):
    create_staff(container, "clerk", "alice")
    run_cli(app, "set-staff-roles", "alice", "--role", "admin")

    assert staff_login(client, "alice").json["roles"] == ["admin"]


def test_create_staff_refuses_a_taken_username_with_a_message(app, container, db):
    create_staff(container, "clerk", "alice")

    result = run_cli(app, "create-staff", "alice", "--role", "admin", "--password", "other-pass")

    assert result.exit_code == 1
    assert "用户名已存在" in result.output
    assert db.staff.find_one({"username": "alice"})["roles"] == ["clerk"]


def test_set_staff_roles_names_an_unknown_username(app):
    result = run_cli(app, "set-staff-roles", "nobody", "--role", "admin")

    assert result.exit_code == 1
    assert "找不到该工作人员" in result.output


def test_create_staff_refuses_an_unknown_role(app, db):
    result = run_cli(app, "create-staff", "alice", "--role", "wizard", "--password", "x")

    assert result.exit_code == 2
    assert db.staff.count_documents({}) == 0
