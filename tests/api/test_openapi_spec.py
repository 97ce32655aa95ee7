"""GET /openapi.json: complete, honest about auth, and equal to the committed docs/openapi.json."""

import json
import re
from pathlib import Path

import pytest

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
REGENERATE = ".venv/bin/python -m flask --app wsgi write-openapi docs/openapi.json"
PUBLIC = [
    ("/api/v1/auth/sms-codes", "post"),
    ("/api/v1/auth/tokens", "post"),
    ("/api/v1/auth/wechat", "post"),
    ("/api/v1/auth/staff-tokens", "post"),
]
PLACEHOLDER = "0" * 24  # fits string, int and ObjectId path parameters alike


@pytest.fixture
def spec(client):
    return client.get("/openapi.json").json


def api_operations(app):
    """Yield (OpenAPI path, Flask rule, method) for every route under /api/v1."""
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1"):
            path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                yield path, rule, method.lower()


def demands_a_token(client, rule, method):
    """Ask without a token; say whether the route answered 'log in first'."""
    url = re.sub(r"<[^<>]+>", PLACEHOLDER, rule.rule)
    body = None if method in ("get", "delete") else {}
    response = client.open(url, method=method.upper(), json=body)
    return response.status_code == 401 and response.json["error"] == "auth.missing_token"


def test_the_spec_is_openapi_3_1(spec):
    assert spec["openapi"] == "3.1.0"


def test_every_api_route_is_in_the_spec_with_its_methods(app, spec):
    missing = [
        f"{method.upper()} {path}"
        for path, _rule, method in api_operations(app)
        if method not in spec["paths"].get(path, {})
    ]

    assert missing == []


def test_bearer_auth_is_declared(spec):
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]

    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")


def test_routes_that_demand_a_token_document_bearer_auth_and_401(app, client, spec):
    undocumented = []
    for path, rule, method in api_operations(app):
        if demands_a_token(client, rule, method):
            operation = spec["paths"][path][method]
            if operation.get("security") != [{"bearerAuth": []}] or "401" not in operation.get(
                "responses", {}
            ):
                undocumented.append(f"{method.upper()} {path}")

    assert undocumented == []


def test_routes_open_to_anyone_document_no_auth(app, client, spec):
    wrongly_secured = [
        f"{method.upper()} {path}"
        for path, rule, method in api_operations(app)
        if not demands_a_token(client, rule, method) and "security" in spec["paths"][path][method]
    ]

    assert wrongly_secured == []


@pytest.mark.parametrize(("path", "method"), PUBLIC)
def test_the_login_routes_are_public(spec, path, method):
    assert "security" not in spec["paths"][path][method]


def test_the_spec_equals_the_committed_file(spec):
    assert COMMITTED.exists(), f"docs/openapi.json is missing; run: {REGENERATE}"
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))

    assert spec == committed, f"docs/openapi.json is out of date; run: {REGENERATE}"


def test_every_documented_response_is_an_object_or_a_reference(spec):
    bare = [
        f"{method.upper()} {path} {status}"
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if isinstance(operation, dict)
        for status, response in operation.get("responses", {}).items()
        if not isinstance(response, dict)
    ]

    assert bare == []


def test_paths_naming_a_resource_document_the_404_envelope(spec):
    venue = spec["paths"]["/api/v1/venues/{venue_id}"]["get"]["responses"]

    assert venue["404"] == {"$ref": "#/components/responses/NOT_FOUND"}
