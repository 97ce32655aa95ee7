"""Hostile bodies and URLs get the JSON envelope, never a 500 or an HTML page."""

import pytest

from tests.factories import login_resident

DEEP = 100_000


@pytest.mark.parametrize(
    "body",
    ["[" * DEEP + "]" * DEEP, '{"phone": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}"],
    ids=["deep array", "deep object in a field"],
)
def test_deeply_nested_json_is_refused_with_400(client, body):
    response = client.post("/api/v1/auth/sms-codes", data=body, content_type="application/json")

    assert response.status_code == 400
    assert response.json["error"] == "request.json_too_deep"


def test_deeply_nested_json_to_a_protected_operation_is_refused_with_400(client):
    headers = login_resident(client)
    body = "[" * DEEP + "]" * DEEP

    response = client.patch(
        "/api/v1/me", data=body, content_type="application/json", headers=headers
    )

    assert response.status_code == 400
    assert response.json["error"] == "request.json_too_deep"


def test_a_very_long_url_reaching_the_app_answers_the_envelope(client):
    # gunicorn refuses such a line itself (tests/reliability/test_gunicorn.py); behind
    # another server, or in the test client, the app answers it like any other URL.
    response = client.get("/api/v1/venues/" + "a" * 20_000)

    # No id is 20,000 characters long: the objectid converter answers before any view.
    assert response.status_code == 404
    assert response.is_json and response.json["error"] == "request.not_found"


@pytest.mark.parametrize("path", ["/api/v1/me", "/healthz", "/openapi.json", "/no-such-page"])
def test_responses_forbid_content_sniffing(client, path):
    assert client.get(path).headers["X-Content-Type-Options"] == "nosniff"
