"""A token's session must be its own: a valid session id of another account opens nothing."""

import pytest
from flask_jwt_extended import create_access_token, create_refresh_token

from tests.factories import (
    STAFF_PASSWORD,
    bearer,
    claims_of,
    create_staff,
    resident_tokens,
)


def minted(app, kind: str, subject: str, session_id: str, roles=(), refresh_jti=None) -> dict:
    """Sign a token with the app's own key, naming any session we like."""
    claims = {"kind": kind, "roles": list(roles), "sid": session_id}
    with app.app_context():
        if refresh_jti:
            return bearer(
                create_refresh_token(subject, additional_claims={**claims, "jti": refresh_jti})
            )
        return bearer(create_access_token(subject, additional_claims=claims))


def staff_tokens(client, container, role: str, username: str) -> dict:
    create_staff(container, role, username)
    body = {"username": username, "password": STAFF_PASSWORD}
    return client.post("/api/v1/auth/staff-tokens", json=body).json


@pytest.fixture
def alice(client):
    return resident_tokens(client, "13800000001")


@pytest.fixture
def bob(client):
    return resident_tokens(client, "13800000002")


def test_an_access_token_with_another_residents_session_is_refused(app, client, alice, bob):
    bob_id = claims_of(bob["access_token"])["sub"]
    borrowed = minted(app, "resident", bob_id, claims_of(alice["access_token"])["sid"])

    response = client.get("/api/v1/me", headers=borrowed)

    assert response.status_code == 401
    assert response.json["error"] == "auth.invalid_token"


def test_the_genuine_token_of_that_session_still_works(app, client, alice, bob):
    bob_id = claims_of(bob["access_token"])["sub"]
    client.get(
        "/api/v1/me",
        headers=minted(app, "resident", bob_id, claims_of(alice["access_token"])["sid"]),
    )

    assert client.get("/api/v1/me", headers=bearer(alice["access_token"])).status_code == 200


def test_a_staff_token_on_a_residents_session_is_refused(app, client, alice):
    forged = minted(app, "staff", "admin", claims_of(alice["access_token"])["sid"], ["admin"])

    response = client.get("/api/v1/admin/staff", headers=forged)

    assert response.status_code == 401
    assert response.json["error"] == "auth.invalid_token"


def test_roles_beyond_the_sessions_are_refused(app, client, container):
    clerk = staff_tokens(client, container, "clerk", "clerk-1")
    raised = minted(app, "staff", "clerk-1", claims_of(clerk["access_token"])["sid"], ["admin"])

    response = client.get("/api/v1/admin/staff", headers=raised)

    assert response.status_code == 401
    assert response.json["error"] == "auth.invalid_token"


def test_refreshing_with_another_residents_session_neither_rotates_nor_revokes_it(
    app, client, alice, bob
):
    alice_claims = claims_of(alice["refresh_token"])
    bob_id = claims_of(bob["access_token"])["sub"]
    forged = minted(app, "resident", bob_id, alice_claims["sid"], refresh_jti=alice_claims["jti"])

    response = client.post("/api/v1/auth/tokens/refresh", headers=forged)

    assert response.status_code == 401
    assert response.json["error"] == "auth.invalid_token"
    own = client.post("/api/v1/auth/tokens/refresh", headers=bearer(alice["refresh_token"]))
    assert own.status_code == 201


def test_logging_out_with_another_residents_session_leaves_it_open(app, client, alice, bob):
    bob_id = claims_of(bob["access_token"])["sub"]
    forged = minted(app, "resident", bob_id, claims_of(alice["access_token"])["sid"])

    assert client.delete("/api/v1/auth/tokens", headers=forged).status_code == 401
    assert client.get("/api/v1/me", headers=bearer(alice["access_token"])).status_code == 200


def test_a_session_closed_through_the_engine_for_another_subject_stays_open(
    client, container, alice, bob
):
    # The engine binds too, for callers that do not come through a token check.
    session_id = claims_of(alice["access_token"])["sid"]

    container.sessions.close(session_id, claims_of(bob["access_token"])["sub"])

    assert client.get("/api/v1/me", headers=bearer(alice["access_token"])).status_code == 200
