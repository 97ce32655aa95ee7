"""Real-name (L2) and real-person (L3) verification, and personal data at rest."""

import pytest
from bson import json_util

from tests.factories import (
    grant_face_consent,
    login_resident,
    valid_resident_id,
    verify_real_name,
    wrong_check_char,
)

PHONE = "13800000001"
RESIDENT_ID = valid_resident_id("44030419900101123")
NAME = "陈小明"

VALID_DOCUMENTS = [
    ("resident_id", RESIDENT_ID),
    ("hk_macao_permit", "H1234567801"),
    ("taiwan_permit", "12345678"),
    ("residence_permit", valid_resident_id("81000019900101123")),
    ("foreign_permanent_id", valid_resident_id("93315619900101123")),
]

INVALID_DOCUMENTS = [
    ("resident_id", wrong_check_char("44030419900101123")),
    ("resident_id", valid_resident_id("44030419900230123")),
    ("resident_id", valid_resident_id("81000019900101123")),
    ("resident_id", "4403041990010112"),
    ("hk_macao_permit", "X1234567801"),
    ("hk_macao_permit", "H123456780"),
    ("taiwan_permit", "1234567"),
    ("residence_permit", valid_resident_id("44030419900101123")),
    ("foreign_permanent_id", valid_resident_id("83315619900101123")),
    ("foreign_permanent_id", wrong_check_char("93315619900101123")),
]


def profile(client, headers):
    return client.get("/api/v1/me", headers=headers).json


def stored_account(db):
    return db.accounts.find_one()


@pytest.mark.parametrize(("doc_type", "number"), VALID_DOCUMENTS)
def test_each_document_type_raises_the_account_to_l2(client, doc_type, number):
    headers = login_resident(client, PHONE)

    response = verify_real_name(client, headers, number, NAME, doc_type)

    assert response.status_code == 200
    assert response.json["level"] == "L2"
    assert response.json["real_name"]["doc_type"] == doc_type


@pytest.mark.parametrize(("doc_type", "number"), VALID_DOCUMENTS[:3])
def test_the_verified_document_and_name_are_shown_masked(client, doc_type, number):
    headers = login_resident(client, PHONE)

    response = verify_real_name(client, headers, number, NAME, doc_type)

    text = response.get_data(as_text=True)
    assert number not in text
    assert NAME not in text
    assert PHONE not in text
    assert response.json["real_name"]["name"] == "陈*明"


def test_an_eighteen_character_number_keeps_its_first_three_and_last_four(client):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, RESIDENT_ID, NAME)

    shown = profile(client, headers)["real_name"]["doc_number"]

    assert shown == RESIDENT_ID[:3] + "*" * 11 + RESIDENT_ID[-4:]


@pytest.mark.parametrize(("doc_type", "number"), INVALID_DOCUMENTS)
def test_an_invalid_number_is_refused_before_the_provider(client, doc_type, number):
    headers = login_resident(client, PHONE)

    # The mock provider would answer 503 for this name: a 422 proves it was never asked.
    response = verify_real_name(client, headers, number, "超时", doc_type)

    assert response.status_code == 422
    assert response.json["error"] == "identity.document_invalid"
    assert "doc_number" in response.json["errors"]


def test_an_unknown_document_type_is_a_validation_error(client):
    headers = login_resident(client, PHONE)

    response = verify_real_name(client, headers, RESIDENT_ID, NAME, "passport")

    assert response.status_code == 422
    assert "doc_type" in response.json["errors"]


def test_a_name_the_provider_does_not_match_is_422(client):
    headers = login_resident(client, PHONE)

    response = verify_real_name(client, headers, RESIDENT_ID, "陈不匹配")

    assert response.status_code == 422
    assert response.json["error"] == "identity.name_mismatch"


def test_a_provider_outage_is_503(client):
    headers = login_resident(client, PHONE)

    response = verify_real_name(client, headers, RESIDENT_ID, "陈超时")

    assert response.status_code == 503
    assert response.json["error"] == "identity.provider_unavailable"


def test_a_document_bound_to_one_account_is_refused_to_another(client):
    verify_real_name(client, login_resident(client, "13800000001"), RESIDENT_ID, NAME)

    response = verify_real_name(client, login_resident(client, "13800000002"), RESIDENT_ID, NAME)

    assert response.status_code == 409
    assert response.json["error"] == "identity.document_taken"


@pytest.mark.parametrize("renewal", ["H1234567802", "h1234567801"])
def test_a_renewed_hk_macao_permit_is_the_same_person(client, renewal):
    verify_real_name(
        client, login_resident(client, "13800000001"), "H1234567801", NAME, "hk_macao_permit"
    )

    response = verify_real_name(
        client, login_resident(client, "13800000002"), renewal, NAME, "hk_macao_permit"
    )

    assert response.status_code == 409
    assert response.json["error"] == "identity.document_taken"


def test_a_different_hk_macao_person_is_not_taken(client):
    verify_real_name(
        client, login_resident(client, "13800000001"), "H1234567801", NAME, "hk_macao_permit"
    )

    response = verify_real_name(
        client, login_resident(client, "13800000002"), "H1234567901", NAME, "hk_macao_permit"
    )

    assert response.status_code == 200


def test_a_verified_account_cannot_switch_to_another_document(client):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, RESIDENT_ID, NAME)

    response = verify_real_name(client, headers, valid_resident_id("44030419850505321"), NAME)

    assert response.status_code == 409
    assert response.json["error"] == "identity.already_verified"


FAILED_ATTEMPTS = {
    "mismatch": (RESIDENT_ID, "陈不匹配"),
    "outage": (RESIDENT_ID, "陈超时"),
    "invalid": (wrong_check_char("44030419900101123"), NAME),
    "taken": (valid_resident_id("44010619800101555"), NAME),
}


@pytest.mark.parametrize("attempt", FAILED_ATTEMPTS)
def test_a_failed_real_name_attempt_leaves_the_account_as_it_was(
    client, db, container, wiring, attempt
):
    verify_real_name(
        client,
        login_resident(client, "13900000009"),
        valid_resident_id("44010619800101555"),
        "李四",
    )
    headers = login_resident(client, PHONE)
    index = wiring.pii.blind_index(PHONE, "phone")
    before = db.accounts.find_one({"phone_index": index})

    response = verify_real_name(client, headers, *FAILED_ATTEMPTS[attempt])

    assert response.status_code >= 400
    assert db.accounts.find_one({"phone_index": index}) == before


def test_face_verification_needs_a_real_name_first(client):
    headers = login_resident(client, PHONE)

    response = client.post(
        "/api/v1/me/face-verification", json={"liveness_token": "live-ok"}, headers=headers
    )

    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"


def test_face_verification_raises_the_account_to_l3(client):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, RESIDENT_ID, NAME)
    grant_face_consent(client, headers)

    response = client.post(
        "/api/v1/me/face-verification", json={"liveness_token": "live-ok"}, headers=headers
    )

    assert response.status_code == 200
    assert response.json["level"] == "L3"
    assert response.json["face_verified_at"]


@pytest.mark.parametrize("token", ["fail-no-match", "spoof-photo"])
def test_a_failed_face_check_is_422_and_keeps_l2(client, token):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, RESIDENT_ID, NAME)
    grant_face_consent(client, headers)

    response = client.post(
        "/api/v1/me/face-verification", json={"liveness_token": token}, headers=headers
    )

    assert response.status_code == 422
    assert response.json["error"] == "identity.face_mismatch"
    assert profile(client, headers)["level"] == "L2"


@pytest.mark.parametrize(("doc_type", "number"), [VALID_DOCUMENTS[0], VALID_DOCUMENTS[1]])
def test_no_raw_phone_document_or_name_is_stored(client, db, doc_type, number):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, number, NAME, doc_type)
    assert profile(client, headers)["level"] == "L2"

    stored = json_util.dumps(list(db.accounts.find()), ensure_ascii=False)

    for secret in (PHONE, number, number[:9], NAME):
        assert secret not in stored


def test_collections_other_than_the_dev_outbox_hold_no_raw_phone(client, db):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, RESIDENT_ID, NAME)

    for name in set(db.list_collection_names()) - {"sms_outbox"}:
        stored = json_util.dumps(list(db[name].find()), ensure_ascii=False)
        assert PHONE not in stored, name
        assert RESIDENT_ID not in stored, name


def test_the_stored_values_decrypt_to_what_was_given(client, db, wiring):
    headers = login_resident(client, PHONE)
    verify_real_name(client, headers, RESIDENT_ID, NAME)

    account = stored_account(db)

    assert wiring.pii.decrypt(account["phone_enc"], "phone") == PHONE
    assert wiring.pii.decrypt(account["real_name"]["doc_number_enc"], "document") == RESIDENT_ID
    assert wiring.pii.decrypt(account["real_name"]["name_enc"], "name") == NAME
