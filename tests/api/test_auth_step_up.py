"""Step-up: a fresh SMS code to the account's own phone or a face check, recorded per session."""

import pytest

from tests.ecert_api_factories import (
    WALLET,
    issued,
    issuer,
    phone_of,
    resident,
    step_up_by_sms,
    wallet_items,
)
from tests.factories import allow_resend, grant_face_consent, login_resident, login_staff

STEP_UP = "/api/v1/auth/step-up"


def full_detail(client, headers):
    """Ask for the first wallet certificate in full; return the response."""
    certificate_id = wallet_items(client, headers)[0]["id"]
    return client.get(
        f"{WALLET}/certificates/{certificate_id}",
        query_string={"unmasked": "true"},
        headers=headers,
    )


@pytest.fixture
def holder(client, container):
    issued(client, issuer(client, container), "driving_licence")
    return resident(client)


def test_the_code_goes_to_the_accounts_own_phone(client, holder):
    allow_resend(client, phone_of(0))
    response = client.post(f"{STEP_UP}/sms-codes", headers=holder)
    assert response.status_code == 201
    assert response.json["phone"] == "138****0000"
    outbox = client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone_of(0)})
    assert outbox.status_code == 200 and len(outbox.json["code"]) == 6


def test_an_action_needing_a_fresh_step_up_answers_the_one_shape(client, holder):
    response = full_detail(client, holder)
    assert response.status_code == 403
    assert response.json["error"] == "auth.step_up_required"
    assert response.json["errors"] == {
        "required_level": "L2",
        "methods": ["sms", "face"],
        "max_age_seconds": 300,
    }


def test_an_sms_step_up_of_a_real_named_account_is_l2_and_lets_the_action_through(client, holder):
    answer = step_up_by_sms(client, holder, phone_of(0))
    assert (answer["level"], answer["method"], answer["max_age_seconds"]) == ("L2", "sms", 300)
    assert full_detail(client, holder).status_code == 200


def test_a_step_up_goes_stale_after_max_age(client, holder, wiring):
    step_up_by_sms(client, holder, phone_of(0))
    wiring.clock.move(seconds=299)
    assert full_detail(client, holder).status_code == 200
    wiring.clock.move(seconds=2)
    assert full_detail(client, holder).json["error"] == "auth.step_up_required"


def test_a_step_up_counts_only_for_the_device_session_that_made_it(client, holder):
    step_up_by_sms(client, holder, phone_of(0))
    other_device = login_resident(client, phone_of(0), device="another phone")
    assert full_detail(client, other_device).json["error"] == "auth.step_up_required"
    assert full_detail(client, holder).status_code == 200


def test_a_wrong_code_is_a_field_error_with_the_tries_left(client, holder):
    allow_resend(client, phone_of(0))
    client.post(f"{STEP_UP}/sms-codes", headers=holder)
    code = client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone_of(0)}).json["code"]
    wrong = "000000" if code != "000000" else "111111"
    response = client.post(STEP_UP, json={"method": "sms", "code": wrong}, headers=holder)
    assert (response.status_code, response.json["error"]) == (422, "auth.code_invalid")
    assert "4" in response.json["errors"]["code"][0]
    assert full_detail(client, holder).json["error"] == "auth.step_up_required"


def test_a_face_check_steps_up_to_l3(client, holder):
    grant_face_consent(client, holder)
    response = client.post(
        STEP_UP, json={"method": "face", "liveness_token": "capture-ok"}, headers=holder
    )
    assert (response.status_code, response.json["level"]) == (200, "L3")
    assert full_detail(client, holder).status_code == 200
    assert client.get("/api/v1/me", headers=holder).json["level"] == "L3"


def test_a_face_check_needs_its_own_consent(client, holder):
    response = client.post(
        STEP_UP, json={"method": "face", "liveness_token": "capture-ok"}, headers=holder
    )
    assert response.status_code == 403
    assert full_detail(client, holder).json["error"] == "auth.step_up_required"


def test_a_failed_face_check_steps_nothing_up_and_is_audited(client, holder, db):
    grant_face_consent(client, holder)
    response = client.post(
        STEP_UP, json={"method": "face", "liveness_token": "fail-123"}, headers=holder
    )
    assert (response.status_code, response.json["error"]) == (422, "identity.face_mismatch")
    assert full_detail(client, holder).json["error"] == "auth.step_up_required"
    outcomes = [e["outcome"] for e in db.audit_events.find({"event": "resident.step_up"})]
    assert outcomes == ["identity.face_mismatch"]


@pytest.mark.parametrize(
    "body",
    [{"method": "sms"}, {"method": "face"}, {"method": "password", "code": "123456"}],
    ids=["sms-without-code", "face-without-capture", "unknown-method"],
)
def test_a_step_up_needs_the_proof_of_its_method(client, holder, body):
    response = client.post(STEP_UP, json=body, headers=holder)
    assert response.status_code == 422


def test_an_account_below_l2_is_asked_for_real_name_verification(client):
    response = client.get(f"{WALLET}/certificates", headers=login_resident(client, "13900000077"))
    assert response.status_code == 403
    assert response.json["errors"]["methods"] == ["real_name"]
    assert response.json["errors"]["required_level"] == "L2"


def test_a_logged_out_session_cannot_step_up(client, holder):
    allow_resend(client, phone_of(0))
    client.post(f"{STEP_UP}/sms-codes", headers=holder)
    code = client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone_of(0)}).json["code"]
    client.delete("/api/v1/auth/tokens", headers=holder)
    response = client.post(STEP_UP, json={"method": "sms", "code": code}, headers=holder)
    assert response.status_code == 401


def test_staff_cannot_step_up_as_residents(client, container):
    response = client.post(f"{STEP_UP}/sms-codes", headers=login_staff(client, container, "admin"))
    assert (response.status_code, response.json["error"]) == (403, "auth.resident_only")
