"""POST /api/v1/auth/wechat with the mock code2session provider."""

import pytest

from accounts.audit import Actor
from core.errors import ServiceError
from tests.factories import bearer, login_resident, request_code

PHONE = "13800000001"


def wechat(client, **body):
    return client.post("/api/v1/auth/wechat", json=body)


def first_wechat_login(client, code="wx-user-1", phone=PHONE):
    return wechat(client, code=code, phone=phone, sms_code=request_code(client, phone))


def account_id(client, tokens):
    return client.get("/api/v1/me", headers=bearer(tokens["access_token"])).json["id"]


def test_a_code_the_provider_refuses_is_401(client):
    response = wechat(client, code="bad-code")

    assert response.status_code == 401
    assert response.json["error"] == "auth.wechat_code_invalid"


def test_the_first_login_needs_a_phone_and_sms_code(client):
    response = wechat(client, code="wx-user-1")

    assert response.status_code == 422
    assert response.json["error"] == "auth.wechat_needs_phone"


def test_the_first_login_with_phone_and_code_links_wechat(client):
    response = first_wechat_login(client)

    assert response.status_code == 201
    me = client.get("/api/v1/me", headers=bearer(response.json["access_token"])).json
    assert me["wechat_linked"] is True
    assert me["level"] == "L1"


def test_a_later_login_needs_only_the_wechat_code(client):
    first = account_id(client, first_wechat_login(client).json)

    later = wechat(client, code="wx-user-1")

    assert later.status_code == 201
    assert account_id(client, later.json) == first


def test_the_first_login_joins_an_existing_phone_account(client):
    existing = client.get("/api/v1/me", headers=login_resident(client, PHONE)).json["id"]

    linked = first_wechat_login(client)

    assert account_id(client, linked.json) == existing


def test_a_wrong_sms_code_links_nothing(client, db):
    code = request_code(client, PHONE)
    wrong = f"{(int(code) + 1) % 10**6:06d}"

    refused = wechat(client, code="wx-user-1", phone=PHONE, sms_code=wrong)

    assert refused.status_code == 401
    assert db.accounts.count_documents({"wechat_openid": {"$exists": True}}) == 0
    assert wechat(client, code="wx-user-1").json["error"] == "auth.wechat_needs_phone"


def test_two_wechat_users_get_two_accounts(client):
    one = account_id(client, first_wechat_login(client, "wx-user-1", "13800000001").json)

    two = account_id(client, first_wechat_login(client, "wx-user-2", "13800000002").json)

    assert one != two


def test_an_openid_linked_to_one_account_cannot_be_linked_to_another(client, container, wiring):
    first_wechat_login(client, "wx-user-1", "13800000001")
    login_resident(client, "13800000002")
    other = container.residents.accounts.find_by_phone_index(
        wiring.pii.blind_index("13800000002", "phone")
    )
    openid = container.wechat.code_to_session("wx-user-1").openid

    with pytest.raises(ServiceError) as refused:
        container.residents.link_wechat(other, openid, Actor(kind="test"))

    assert (refused.value.key, refused.value.kind) == ("auth.wechat_linked_elsewhere", "conflict")


def test_moving_an_account_to_a_new_wechat_identity_is_audited(client, db):
    first_wechat_login(client, "wx-old-phone", "13800000001")

    moved = first_wechat_login(client, "wx-new-phone", "13800000001")

    assert moved.status_code == 201
    events = list(db.audit_events.find({"event": "resident.wechat_linked"}).sort("at", 1))
    assert [event["details"]["replaced"] for event in events] == [False, True]
