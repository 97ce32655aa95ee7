"""One JSON error envelope for every failure, in three languages, with a request id."""

import logging
from datetime import UTC, datetime, timedelta

import jwt as pyjwt
import pytest

from tests.factories import bearer, claims_of, login_staff, resident_tokens

ENVELOPE_KEYS = {"code", "status", "message", "errors", "error"}


def assert_envelope(response, status, error):
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert set(response.json) == ENVELOPE_KEYS
    assert response.json["code"] == status
    assert response.json["error"] == error
    assert response.json["message"]


def resign(token, key, **changes):
    """Return the token's claims, changed, signed with key (HS256)."""
    return pyjwt.encode({**claims_of(token), **changes}, key, algorithm="HS256")


def test_malformed_json_is_400(client):
    response = client.post(
        "/api/v1/auth/sms-codes", data='{"phone": ', content_type="application/json"
    )

    assert_envelope(response, 400, "request.malformed_json")


def test_a_missing_token_is_401(client):
    assert_envelope(client.get("/api/v1/me"), 401, "auth.missing_token")


def test_a_token_signed_with_another_key_is_401(client):
    token = resident_tokens(client)["access_token"]
    forged = resign(token, "an-attacker-key-that-is-long-enough-0123456789")

    assert_envelope(client.get("/api/v1/me", headers=bearer(forged)), 401, "auth.invalid_token")


def test_an_unsigned_token_is_401(client):
    token = resident_tokens(client)["access_token"]
    unsigned = pyjwt.encode(claims_of(token), None, algorithm="none")

    assert_envelope(client.get("/api/v1/me", headers=bearer(unsigned)), 401, "auth.invalid_token")


def test_an_expired_token_is_401(app, client):
    token = resident_tokens(client)["access_token"]
    past = int((datetime.now(UTC) - timedelta(minutes=1)).timestamp())
    expired = resign(token, app.config["JWT_SECRET_KEY"], exp=past)

    assert_envelope(client.get("/api/v1/me", headers=bearer(expired)), 401, "auth.expired_token")


def test_the_same_claims_with_the_right_key_are_accepted(app, client):
    """The control for the two tests above: re-signing itself does not break a token."""
    token = resident_tokens(client)["access_token"]

    resigned = resign(token, app.config["JWT_SECRET_KEY"])

    assert client.get("/api/v1/me", headers=bearer(resigned)).status_code == 200


def test_a_garbage_bearer_is_401(client):
    response = client.get("/api/v1/me", headers=bearer("not-a-jwt"))

    assert response.status_code == 401
    assert set(response.json) == ENVELOPE_KEYS


def test_a_staff_token_on_a_resident_route_is_403(client, container):
    response = client.get("/api/v1/me", headers=login_staff(client, container, "clerk"))

    assert_envelope(response, 403, "auth.resident_only")


def test_an_unknown_route_is_404(client):
    assert_envelope(client.get("/api/v1/no-such-thing"), 404, "request.not_found")


def test_a_wrong_method_is_405_naming_the_allowed_ones(client):
    response = client.put("/api/v1/me")

    assert_envelope(response, 405, "request.method_not_allowed")
    assert {"GET", "PATCH"} <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_a_body_over_the_limit_is_413(make_app):
    client = make_app(MAX_CONTENT_LENGTH=64).test_client()

    response = client.post("/api/v1/auth/sms-codes", json={"phone": "1" * 100})

    assert_envelope(response, 413, "request.too_large")
    assert "64" in response.json["message"]


def test_a_missing_field_is_422_naming_the_field(client):
    response = client.post("/api/v1/auth/sms-codes", json={})

    assert_envelope(response, 422, "request.invalid")
    assert "phone" in response.json["errors"]


def test_an_unknown_field_is_422_naming_the_field(client):
    response = client.post("/api/v1/auth/sms-codes", json={"phone": "13800000001", "x": 1})

    assert_envelope(response, 422, "request.invalid")
    assert "x" in response.json["errors"]


def test_too_many_requests_is_429(make_app):
    client = make_app(SMS_PER_ADDRESS_LIMIT="1 per hour").test_client()
    client.post("/api/v1/auth/sms-codes", json={"phone": "13800000001"})

    response = client.post("/api/v1/auth/sms-codes", json={"phone": "13800000002"})

    assert_envelope(response, 429, "request.rate_limited")
    assert "Retry-After" in response.headers


@pytest.fixture
def failing_client(make_app):
    """A client of an app with one route that fails unexpectedly."""
    app = make_app()

    def explode():
        raise RuntimeError("database password is hunter2")

    app.add_url_rule("/test/explode", view_func=explode)
    return app.test_client()


def test_an_unexpected_exception_is_500_without_internals(failing_client):
    response = failing_client.get("/test/explode")

    assert_envelope(response, 500, "server.error")
    text = response.get_data(as_text=True)
    assert "hunter2" not in text
    assert "RuntimeError" not in text
    assert "Traceback" not in text


def test_the_500_message_names_the_request_id(failing_client):
    response = failing_client.get("/test/explode", headers={"X-Request-ID": "req-2024-abcdef"})

    assert response.headers["X-Request-ID"] == "req-2024-abcdef"
    assert "req-2024-abcdef" in response.json["message"]


def test_the_500_is_logged_with_the_request_id(failing_client, caplog):
    with caplog.at_level(logging.ERROR):
        response = failing_client.get("/test/explode")

    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.request_id for r in logged] == [response.headers["X-Request-ID"]]
    assert "hunter2" in str(logged[0].exc_info[1])


def test_messages_default_to_simplified_chinese(client):
    assert client.get("/api/v1/no-such-thing").json["message"] == "请求的地址不存在"


@pytest.mark.parametrize(
    ("accept", "message"),
    [
        ("zh-CN", "请求的地址不存在"),
        ("zh-HK", "請求的地址不存在"),
        ("zh-TW,zh;q=0.8", "請求的地址不存在"),
        ("en-US,en;q=0.9", "No such endpoint"),
        ("fr-FR", "请求的地址不存在"),
    ],
)
def test_messages_follow_accept_language(client, accept, message):
    response = client.get("/api/v1/no-such-thing", headers={"Accept-Language": accept})

    assert response.json["message"] == message


def test_one_error_has_three_different_messages(client):
    messages = {
        client.get("/api/v1/me", headers={"Accept-Language": language}).json["message"]
        for language in ("zh-CN", "zh-HK", "en")
    }

    assert len(messages) == 3


def test_a_request_id_is_given_when_none_is_sent(client):
    first = client.get("/healthz").headers["X-Request-ID"]
    second = client.get("/healthz").headers["X-Request-ID"]

    assert first and second and first != second


def test_a_sane_request_id_is_echoed(client):
    response = client.get("/api/v1/me", headers={"X-Request-ID": "lb-7f3a9c2e-0001"})

    assert response.headers["X-Request-ID"] == "lb-7f3a9c2e-0001"


@pytest.mark.parametrize(
    "incoming", ["a\nb", "x" * 500, "<script>alert(1)</script>", "请求编号一二三四五六"]
)
def test_a_malicious_request_id_is_replaced(client, incoming):
    response = client.get("/healthz", environ_overrides={"HTTP_X_REQUEST_ID": incoming})

    echoed = response.headers["X-Request-ID"]
    assert echoed != incoming
    assert echoed.isascii() and echoed.isalnum() and 8 <= len(echoed) <= 64
