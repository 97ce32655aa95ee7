"""Export: a resident downloads all their personal data, and only theirs, as a JSON file."""

import json

import pytest

from tests.factories import login_resident, request_code
from tests.health_code_factories import person_number
from tests.privacy_factories import (
    EXPORT,
    confirmation_code,
    export,
    full_resident,
    phone_of,
)

SOURCES = (
    "profile",
    "consents",
    "sessions",
    "notifications",
    "security_events",
    "sms_codes",
    "health_code",
    "venue_checkins",
    "appeals",
    "family",
    "code_cards",
)


def downloaded(client, container, n: int = 0) -> dict:
    response = export(client, full_resident(client, container, n), phone_of(n))
    assert response.status_code == 200, response.json
    return json.loads(response.get_data(as_text=True))


def keys_in(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in keys_in(item)}
    if isinstance(value, list):
        return {key for item in value for key in keys_in(item)}
    return set()


def test_the_export_is_a_json_file_to_save(client, container):
    headers = full_resident(client, container)

    response = export(client, headers, phone_of(0))

    assert response.status_code == 200
    assert response.mimetype == "application/json"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="shengshi-personal-data-')
    assert response.headers["Cache-Control"] == "no-store"


def test_the_export_holds_every_source(client, container):
    data = downloaded(client, container)

    assert [key for key in data if key in SOURCES] == list(SOURCES)
    assert data["format"] == "shengshi-personal-data/1"
    health = data["health_code"]
    assert health["declarations"][0]["symptoms"] is True
    assert health["conversions"][0]["region"] == "MO"
    assert health["code_history"] and health["checkpoint_passages"][0]["checkpoint"] == "罗湖口岸"
    assert health["from_the_health_authority"]["tests"][0]["result"] == "negative"
    assert data["venue_checkins"][0]["venue_name"] == "天河城"
    assert data["appeals"][0]["reason"] == "我没有症状"
    assert data["appeals"][0]["decision_reason"] == "申报的症状尚未消除"
    assert data["family"]["people_i_look_after"][0]["relation"] == "child"
    assert data["family"]["people_who_look_after_me"][0]["status"] == "pending"
    assert data["code_cards"][0]["masked_name"] == "陈*明"
    assert {c["purpose"] for c in data["consents"]} == {"privacy_notice", "face_verification"}
    assert {n["kind"] for n in data["notifications"]} >= {"appeal_decided", "guardian_request"}
    assert data["sessions"][0]["device"] == "pytest-phone"
    assert "resident.login" in {event["event"] for event in data["security_events"]}
    assert data["sms_codes"]["sent_that_day"] >= 1


def test_the_profile_is_unmasked_to_its_holder(client, container):
    profile = downloaded(client, container)["profile"]

    assert profile["phone"] == phone_of(0)
    assert profile["real_name"]["doc_number"] == person_number(0)
    assert profile["real_name"]["name"] == "陈小明"
    assert profile["level"] == "L3"


def test_the_export_holds_no_sealed_value_or_secret(client, container):
    text = json.dumps(downloaded(client, container))

    assert not [key for key in keys_in(json.loads(text)) if key.endswith(("_enc", "_index"))]
    assert not {"refresh_jti", "token", "code_hash", "salt"} & keys_in(json.loads(text))


def test_the_export_holds_only_the_callers_data(client, container):
    downloaded(client, container, 3)  # another resident with data everywhere

    text = json.dumps(downloaded(client, container, 0), ensure_ascii=False)

    assert phone_of(3) not in text and person_number(3) not in text
    other = container.residents.account_of_person(
        container.residents.person_index("resident_id", person_number(3))
    )
    assert str(other["_id"]) not in text


def test_the_export_needs_a_code_sent_to_the_accounts_own_phone(client):
    headers = login_resident(client)
    right = confirmation_code(client, headers, "13800000001")

    missing = client.get(EXPORT, headers=headers)
    wrong = client.get(EXPORT, query_string={"code": f"{int(right) ^ 1:06d}"}, headers=headers)

    assert missing.status_code == 422 and "code" in missing.json["errors"]
    assert wrong.status_code == 422 and wrong.json["error"] == "auth.code_invalid"
    assert wrong.json["errors"]["code"]


def test_a_confirmation_code_is_sent_to_the_phone_the_account_has(client):
    headers = login_resident(client, "13800000021")

    sent = client.post("/api/v1/me/confirmation-codes", headers=headers)

    assert sent.status_code == 429  # the login code was sent a moment ago: the cool-down holds
    code = confirmation_code(client, headers, "13800000021")
    assert len(code) == 6


def test_a_confirmation_code_works_once(client):
    headers = login_resident(client)
    code = confirmation_code(client, headers, "13800000001")
    assert client.get(EXPORT, query_string={"code": code}, headers=headers).status_code == 200

    again = client.get(EXPORT, query_string={"code": code}, headers=headers)

    assert again.status_code == 422 and again.json["error"] == "auth.code_expired"


def test_another_phones_login_code_does_not_confirm_my_export(client):
    headers = login_resident(client, "13800000031")
    theirs = request_code(client, "13800000032")

    response = client.get(EXPORT, query_string={"code": theirs}, headers=headers)

    assert response.status_code == 422


def test_exporting_is_audited(client, db):
    headers = login_resident(client)
    code = confirmation_code(client, headers, "13800000001")
    client.get(EXPORT, query_string={"code": code}, headers=headers)

    [event] = db.audit_events.find({"event": "privacy.exported"})

    assert "profile" in event["details"]["sources"]


@pytest.mark.parametrize(
    ("method", "path"), [("get", EXPORT), ("post", "/api/v1/me/confirmation-codes")]
)
def test_export_needs_a_resident_login(client, method, path):
    assert getattr(client, method)(path, query_string={"code": "123456"}).status_code == 401
