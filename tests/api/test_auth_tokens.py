"""Resident login by SMS code, refresh-token rotation and logging out."""

import pytest

from tests.factories import bearer, claims_of, login_resident, request_code, resident_tokens

PHONE = "13800000001"


def me(client, token):
    return client.get("/api/v1/me", headers=bearer(token))


def refresh(client, token):
    return client.post("/api/v1/auth/tokens/refresh", headers=bearer(token))


def test_first_login_creates_an_l1_account(client, db):
    tokens = resident_tokens(client, PHONE)

    assert tokens["kind"] == "resident"
    assert db.accounts.count_documents({}) == 1
    assert me(client, tokens["access_token"]).json["level"] == "L1"


def test_a_later_login_finds_the_same_account(client, db):
    first = me(client, resident_tokens(client, PHONE)["access_token"]).json["id"]

    second = me(client, resident_tokens(client, PHONE)["access_token"]).json["id"]

    assert second == first
    assert db.accounts.count_documents({}) == 1


def test_the_access_token_lives_fifteen_minutes(client):
    tokens = resident_tokens(client, PHONE)
    claims = claims_of(tokens["access_token"])

    assert claims["exp"] - claims["iat"] == 15 * 60
    assert tokens["expires_in"] == 15 * 60


def test_the_refresh_token_lives_thirty_days(client):
    claims = claims_of(resident_tokens(client, PHONE)["refresh_token"])

    assert claims["exp"] - claims["iat"] == 30 * 24 * 3600


def test_a_wrong_code_creates_no_account(client, db):
    code = request_code(client, PHONE)
    wrong = f"{(int(code) + 1) % 10**6:06d}"

    response = client.post("/api/v1/auth/tokens", json={"phone": PHONE, "code": wrong})

    assert response.status_code == 401
    assert db.accounts.count_documents({}) == 0


def test_logging_in_without_asking_for_a_code_is_refused(client):
    response = client.post("/api/v1/auth/tokens", json={"phone": PHONE, "code": "123456"})

    assert response.status_code == 401
    assert response.json["error"] == "auth.code_expired"


@pytest.mark.parametrize("code", ["12345", "1234567", "abcdef", ""])
def test_a_code_that_is_not_six_digits_is_a_validation_error(client, code):
    response = client.post("/api/v1/auth/tokens", json={"phone": PHONE, "code": code})

    assert response.status_code == 422
    assert "code" in response.json["errors"]


def test_refreshing_gives_a_new_working_pair(client):
    old = resident_tokens(client, PHONE)

    response = refresh(client, old["refresh_token"])

    assert response.status_code == 201
    new = response.json
    assert new["refresh_token"] != old["refresh_token"]
    assert me(client, new["access_token"]).status_code == 200


def test_reusing_a_refresh_token_revokes_the_whole_session(client):
    old = resident_tokens(client, PHONE)
    new = refresh(client, old["refresh_token"]).json

    reused = refresh(client, old["refresh_token"])

    assert reused.status_code == 401
    assert reused.json["error"] == "auth.refresh_reused"
    assert me(client, new["access_token"]).json["error"] == "auth.revoked_token"
    assert refresh(client, new["refresh_token"]).status_code == 401


def test_reuse_in_one_session_leaves_other_devices_logged_in(client):
    phone = resident_tokens(client, PHONE, device="phone")
    tablet = resident_tokens(client, PHONE, device="tablet")
    refresh(client, phone["refresh_token"])

    refresh(client, phone["refresh_token"])

    assert me(client, tablet["access_token"]).status_code == 200


def test_an_access_token_cannot_refresh(client):
    tokens = resident_tokens(client, PHONE)

    assert refresh(client, tokens["access_token"]).status_code == 401


def test_a_refresh_token_cannot_read_the_profile(client):
    tokens = resident_tokens(client, PHONE)

    assert me(client, tokens["refresh_token"]).status_code == 401


def test_logging_out_revokes_this_device_at_once(client):
    tokens = resident_tokens(client, PHONE)

    response = client.delete("/api/v1/auth/tokens", headers=bearer(tokens["access_token"]))

    assert response.json == {"sessions_closed": 1}
    assert me(client, tokens["access_token"]).json["error"] == "auth.revoked_token"
    assert refresh(client, tokens["refresh_token"]).json["error"] == "auth.revoked_token"


def test_logging_out_one_device_keeps_the_other(client):
    phone = login_resident(client, PHONE, device="phone")
    tablet = login_resident(client, PHONE, device="tablet")

    client.delete("/api/v1/auth/tokens", headers=phone)

    assert client.get("/api/v1/me", headers=tablet).status_code == 200


def test_logging_out_everywhere_revokes_every_device(client):
    phone = resident_tokens(client, PHONE, device="phone")
    tablet = resident_tokens(client, PHONE, device="tablet")

    response = client.delete("/api/v1/auth/tokens/all", headers=bearer(phone["access_token"]))

    assert response.json == {"sessions_closed": 2}
    assert me(client, tablet["access_token"]).status_code == 401
    assert refresh(client, tablet["refresh_token"]).status_code == 401


def test_logging_out_everywhere_spares_other_accounts(client):
    mine = login_resident(client, "13800000001")
    theirs = login_resident(client, "13800000002")

    client.delete("/api/v1/auth/tokens/all", headers=mine)

    assert client.get("/api/v1/me", headers=theirs).status_code == 200


def test_one_address_trying_too_many_logins_gets_429(make_app):
    client = make_app(LOGIN_PER_ADDRESS_LIMIT="2 per hour").test_client()
    attempts = [
        client.post("/api/v1/auth/tokens", json={"phone": f"1380000000{n}", "code": "123456"})
        for n in range(3)
    ]

    assert [a.status_code for a in attempts] == [401, 401, 429]
    assert attempts[2].json["error"] == "request.rate_limited"
