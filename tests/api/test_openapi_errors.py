"""Real error answers are the documented envelope, with a status the spec lists for the call."""

import re

import jsonschema
import pytest
from bson import ObjectId

from tests.factories import bearer, login_resident, login_staff

PLACEHOLDER = str(ObjectId())
# Logging out ends the caller's own session: those run last, so the others see a live token.
ENDS_THE_SESSION = ("/api/v1/auth/tokens", "/api/v1/auth/tokens/all")


@pytest.fixture
def spec(client):
    return client.get("/openapi.json").json


def conforms(spec, path: str, method: str, response) -> list[str]:
    """Return what is wrong with an error answer for an operation of the spec."""
    operation = spec["paths"][path][method]
    problems = []
    if str(response.status_code) not in operation["responses"]:
        problems.append(f"{method.upper()} {path}: {response.status_code} not documented")
    schema = {"$ref": "#/components/schemas/Error", "components": spec["components"]}
    try:
        jsonschema.validate(response.json, schema, cls=jsonschema.Draft202012Validator)
    except jsonschema.ValidationError as error:
        problems.append(f"{method.upper()} {path}: {error.message}")
    return problems


def operations(app, spec):
    """Yield (spec path, URL, method) of every documented operation, logouts last."""
    found = []
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            if path in spec["paths"] and method.lower() in spec["paths"][path]:
                found.append((path, re.sub(r"<[^<>]+>", PLACEHOLDER, rule.rule), method.lower()))
    return sorted(found, key=lambda op: op[0] in ENDS_THE_SESSION and op[2] == "delete")


def test_the_error_schema_is_the_envelope_we_send(spec):
    error = spec["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"code", "status", "message", "errors", "error"}


@pytest.mark.parametrize("who", ["nobody", "resident", "forged"])
def test_every_operation_answers_refusals_as_documented(app, client, container, spec, who):
    headers = {
        "nobody": {},
        "resident": login_resident(client),
        "forged": bearer("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"),
    }[who]
    problems, statuses = [], set()
    for path, url, method in operations(app, spec):
        body = None if method in ("get", "delete") else {}
        response = client.open(url, method=method.upper(), json=body, headers=headers)
        statuses.add(response.status_code)
        if response.status_code >= 400:
            problems += conforms(spec, path, method, response)
    assert problems == []
    # A resident's token must have reached past the token check for this to mean anything.
    assert who != "resident" or {403, 404, 422} <= statuses


def test_a_staff_member_of_another_role_gets_a_documented_403(app, client, container, spec):
    headers = login_staff(client, container, "checkpoint_operator")
    problems, seen = [], set()
    for path, url, method in operations(app, spec):
        if path.startswith(("/api/v1/admin", "/api/v1/authority", "/api/v1/venues")):
            body = None if method in ("get", "delete") else {}
            response = client.open(url, method=method.upper(), json=body, headers=headers)
            seen.add(response.status_code)
            problems += conforms(spec, path, method, response)
    assert problems == []
    assert seen == {403}


@pytest.mark.parametrize(
    ("path", "send", "status"),
    [
        ("/api/v1/auth/sms-codes", {"data": "{not json", "content_type": "application/json"}, 400),
        ("/api/v1/auth/sms-codes", {"json": {"phone": "1" * 2_000_000}}, 413),
        ("/api/v1/auth/sms-codes", {"json": {"phone": 13800000001}}, 422),
        ("/api/v1/auth/sms-codes", {"json": {"phone": "12345"}}, 422),
    ],
)
def test_bad_bodies_answer_documented_envelopes(client, spec, path, send, status):
    response = client.post(path, **send)
    assert response.status_code == status
    assert conforms(spec, path, "post", response) == []


def test_a_conflict_is_documented(client, container, spec):
    headers = login_staff(client, container, "admin")
    staff = {"username": "clerk-9", "password": "a long enough password", "roles": ["clerk"]}
    assert client.post("/api/v1/admin/staff", json=staff, headers=headers).status_code == 201
    again = client.post("/api/v1/admin/staff", json=staff, headers=headers)
    assert again.status_code == 409
    assert conforms(spec, "/api/v1/admin/staff", "post", again) == []
