"""POST /api/v1/auth/sms-codes and the development outbox."""

import re
from datetime import timedelta

import pytest

from core.clock import CHINA_STANDARD_TIME, utcnow
from tests.factories import allow_resend, request_code

PHONE = "13800000001"


def send(client, phone=PHONE, address="127.0.0.1"):
    return client.post(
        "/api/v1/auth/sms-codes", json={"phone": phone}, environ_base={"REMOTE_ADDR": address}
    )


def outbox(client, phone=PHONE):
    return client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone})


def log_in(client, code, phone=PHONE):
    return client.post("/api/v1/auth/tokens", json={"phone": phone, "code": code})


def shift_code_back(db, seconds):
    """Pretend the live code was sent `seconds` earlier than it was."""
    current = db.sms_codes.find_one()
    back = timedelta(seconds=seconds)
    db.sms_codes.update_one(
        {"_id": current["_id"]},
        {
            "$set": {
                "sent_at": current["sent_at"] - back,
                "expires_at": current["expires_at"] - back,
            }
        },
    )


def test_sending_a_code_answers_its_lifetime_and_cooldown(client):
    response = send(client)

    assert response.status_code == 201
    assert response.json == {"expires_in": 300, "resend_after": 60}


def test_the_sent_message_carries_a_six_digit_code(client):
    send(client)

    message = outbox(client).json
    assert re.fullmatch(r"\d{6}", message["code"])
    assert message["code"] in message["text"]


@pytest.mark.parametrize(
    "written",
    ["+8613800000001", "+86 138 0000 0001", "008613800000001", "8613800000001", "138-0000-0001"],
)
def test_mainland_numbers_are_accepted_with_prefix_or_separators(client, written):
    assert send(client, written).status_code == 201

    assert outbox(client, PHONE).status_code == 200


@pytest.mark.parametrize(
    "phone", ["12800000001", "1380000000", "138000000012", "+85291234567", "+1 415 555 0100", ""]
)
def test_other_numbers_are_refused_and_nothing_is_sent(client, db, phone):
    response = send(client, phone)

    assert response.status_code == 422
    assert response.json["error"] == "auth.phone_invalid"
    assert "phone" in response.json["errors"]
    assert db.sms_outbox.count_documents({}) == 0


def test_the_code_is_stored_only_as_a_hash(client, db):
    code = request_code(client, PHONE)

    stored = db.sms_codes.find_one()
    assert re.fullmatch(r"[0-9a-f]{64}", stored["code_hash"])
    assert code not in [str(value) for value in stored.values()]


def test_a_code_logs_in_only_once(client):
    code = request_code(client, PHONE)
    assert log_in(client, code).status_code == 201

    again = log_in(client, code)

    assert again.status_code == 401
    assert again.json["error"] == "auth.code_expired"


@pytest.mark.parametrize(("age", "status"), [(290, 201), (301, 401)])
def test_a_code_is_valid_for_five_minutes(client, db, age, status):
    code = request_code(client, PHONE)
    shift_code_back(db, age)

    assert log_in(client, code).status_code == status


def test_a_wrong_code_says_how_many_tries_are_left(client):
    code = request_code(client, PHONE)
    wrong = f"{(int(code) + 1) % 10**6:06d}"

    response = log_in(client, wrong)

    assert response.status_code == 401
    assert response.json["error"] == "auth.code_invalid"
    assert "还可尝试 4 次" in response.json["message"]


def test_five_wrong_tries_burn_the_code(client):
    code = request_code(client, PHONE)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    answers = [log_in(client, wrong).json["error"] for _ in range(5)]

    right = log_in(client, code)

    assert answers == ["auth.code_invalid"] * 4 + ["auth.code_expired"]
    assert right.status_code == 401
    assert right.json["error"] == "auth.code_expired"


def test_a_new_code_replaces_the_previous_one(client):
    first = request_code(client, PHONE)
    second = request_code(client, PHONE)
    if first == second:
        pytest.skip("the two random codes happened to be equal")

    assert log_in(client, first).status_code == 401
    assert log_in(client, second).status_code == 201


def test_a_second_code_within_the_cooldown_is_refused_with_retry_after(client):
    send(client)

    again = send(client)

    assert again.status_code == 429
    assert again.json["error"] == "auth.sms_cooldown"
    wait = int(again.headers["Retry-After"])
    assert 0 < wait <= 60
    assert str(wait) in again.json["message"]


def test_the_cooldown_ends_after_sixty_seconds(client):
    send(client)
    allow_resend(client, PHONE)

    assert send(client).status_code == 201


def test_the_cooldown_is_per_phone(client):
    send(client, "13800000001")

    assert send(client, "13800000002").status_code == 201


def test_the_daily_cap_refuses_more_codes_until_china_midnight(make_app):
    client = make_app(SMS_RESEND_SECONDS=0, SMS_DAILY_CAP=2).test_client()
    send(client)
    send(client)

    refused = send(client)

    assert refused.status_code == 429
    assert refused.json["error"] == "auth.sms_daily_cap"
    local = utcnow().astimezone(CHINA_STANDARD_TIME)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    assert abs(int(refused.headers["Retry-After"]) - (midnight - local).total_seconds()) <= 5


def test_the_daily_cap_starts_again_the_next_day(make_app):
    app = make_app(SMS_RESEND_SECONDS=0, SMS_DAILY_CAP=2)
    client = app.test_client()
    send(client)
    send(client)
    app.extensions["mongo_db"].sms_codes.update_many({}, {"$set": {"day": "20000101"}})

    assert send(client).status_code == 201


def test_one_address_asking_too_often_gets_429_with_retry_after(make_app):
    client = make_app(SMS_PER_ADDRESS_LIMIT="2 per hour").test_client()
    send(client, "13800000001")
    send(client, "13800000002")

    refused = send(client, "13800000003")

    assert refused.status_code == 429
    assert refused.json["error"] == "request.rate_limited"
    wait = int(refused.headers["Retry-After"])
    assert 0 < wait <= 3600
    assert str(wait) in refused.json["message"]


def test_the_address_limit_does_not_touch_other_addresses(make_app):
    client = make_app(SMS_PER_ADDRESS_LIMIT="2 per hour").test_client()
    send(client, "13800000001", address="10.0.0.1")
    send(client, "13800000002", address="10.0.0.1")

    assert send(client, "13800000003", address="10.0.0.2").status_code == 201


def test_ratelimit_enabled_false_switches_the_address_limit_off(make_app, monkeypatch):
    monkeypatch.setenv("RATELIMIT_ENABLED", "false")
    client = make_app(SMS_PER_ADDRESS_LIMIT="1 per hour").test_client()

    answers = [send(client, f"1380000000{n}").status_code for n in range(3)]

    assert answers == [201, 201, 201]


def test_the_outbox_shows_the_last_code_sent(client):
    request_code(client, PHONE)
    allow_resend(client, PHONE)
    send(client)

    assert log_in(client, outbox(client).json["code"]).status_code == 201


def test_the_outbox_answers_404_for_a_phone_without_messages(client):
    response = outbox(client, "13900000009")

    assert response.status_code == 404
    assert response.json["error"] == "dev.sms_not_found"


def test_the_outbox_is_absent_without_the_outbox_provider(make_app):
    client = make_app(SMS_PROVIDER="console").test_client()
    assert send(client).status_code == 201

    response = outbox(client)

    assert response.status_code == 404
    assert response.json["error"] == "request.not_found"
