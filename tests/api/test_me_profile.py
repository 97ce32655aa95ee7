"""GET/PATCH /api/v1/me and GET /api/v1/me/sessions."""

import pytest

from tests.factories import bearer, claims_of, login_resident, resident_tokens

PHONE = "13800000001"


def test_the_profile_shows_level_and_masked_phone(client):
    profile = client.get("/api/v1/me", headers=login_resident(client, PHONE)).json

    assert profile["level"] == "L1"
    assert profile["phone"] == "138****0001"
    assert profile["real_name"] is None


def test_the_raw_phone_never_appears_in_the_profile(client):
    response = client.get("/api/v1/me", headers=login_resident(client, PHONE))

    assert PHONE not in response.get_data(as_text=True)


def test_the_profile_needs_a_token(client):
    response = client.get("/api/v1/me")

    assert response.status_code == 401
    assert response.json["error"] == "auth.missing_token"


@pytest.mark.parametrize(
    "changes",
    [
        {"nickname": "小明"},
        {"nickname": "长" * 32},
        {"language": "zh-HK"},
        {"language": "en"},
        {"elderly_mode": True},
    ],
)
def test_a_profile_change_is_kept(client, changes):
    headers = login_resident(client, PHONE)

    answered = client.patch("/api/v1/me", json=changes, headers=headers).json
    stored = client.get("/api/v1/me", headers=headers).json

    for field, value in changes.items():
        assert answered[field] == stored[field] == value


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"nickname": "长" * 33}, "nickname"),
        ({"language": "fr"}, "language"),
        ({"elderly_mode": "sometimes"}, "elderly_mode"),
        ({"level": "L3"}, "level"),
        ({"phone": "13900000000"}, "phone"),
    ],
)
def test_a_bad_profile_change_is_a_422_that_changes_nothing(client, changes, field):
    headers = login_resident(client, PHONE)
    before = client.get("/api/v1/me", headers=headers).json

    response = client.patch("/api/v1/me", json=changes, headers=headers)

    assert response.status_code == 422
    assert field in response.json["errors"]
    assert client.get("/api/v1/me", headers=headers).json == before


def test_sessions_list_each_device_and_mark_the_current_one(client):
    phone = resident_tokens(client, PHONE, device="iPhone 15")
    resident_tokens(client, PHONE, device="Huawei Mate")

    listed = client.get("/api/v1/me/sessions", headers=bearer(phone["access_token"]))
    sessions = listed.json["items"]

    assert sorted(s["device"] for s in sessions) == ["Huawei Mate", "iPhone 15"]
    current = [s for s in sessions if s["current"]]
    assert [s["id"] for s in current] == [claims_of(phone["access_token"])["sid"]]
    assert current[0]["device"] == "iPhone 15"


def test_a_logged_out_device_leaves_the_list(client):
    phone = login_resident(client, PHONE, device="iPhone 15")
    tablet = login_resident(client, PHONE, device="iPad")
    client.delete("/api/v1/auth/tokens", headers=tablet)

    sessions = client.get("/api/v1/me/sessions", headers=phone).json["items"]

    assert [s["device"] for s in sessions] == ["iPhone 15"]


def test_sessions_of_other_accounts_are_not_listed(client):
    mine = login_resident(client, "13800000001")
    login_resident(client, "13800000002")

    assert len(client.get("/api/v1/me/sessions", headers=mine).json["items"]) == 1
