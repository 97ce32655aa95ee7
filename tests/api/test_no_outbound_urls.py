"""No request names a place for the server to fetch: the app makes no request a caller steers
(OWASP API7, server-side request forgery). Partner keys arrive as data, providers are fixed."""

import json
import re
from pathlib import Path

SPEC = json.loads((Path(__file__).resolve().parents[2] / "docs" / "openapi.json").read_text())
URLISH = re.compile(r"(^|_)(url|uri|href|endpoint|callback|webhook)s?$", re.IGNORECASE)


def request_properties(schema: dict, seen=()) -> set[str]:
    """Every property name a request schema accepts, nested schemas included."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return set()
        return request_properties(SPEC["components"]["schemas"][name], (*seen, name))
    names = set(schema.get("properties", {}))
    children = [*schema.get("properties", {}).values(), *filter(None, [schema.get("items")])]
    for child in children:
        names |= request_properties(child, seen)
    return names


def test_no_request_takes_a_url_or_a_host():
    offending = []
    for path, operations in SPEC["paths"].items():
        shared = {parameter["name"] for parameter in operations.get("parameters", [])}
        for method, operation in operations.items():
            if method == "parameters":
                continue
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            names = request_properties(body.get("schema", {}))
            names |= shared | {parameter["name"] for parameter in operation.get("parameters", [])}
            offending += [f"{method} {path}: {name}" for name in names if URLISH.search(name)]
            formats = json.dumps(body.get("schema", {}))
            assert '"format": "uri"' not in formats, f"{method} {path}"
    assert offending == []


def test_the_check_finds_what_it_looks_for():
    assert URLISH.search("callback_url") and URLISH.search("webhook") and URLISH.search("uri")
    assert not URLISH.search("curly") and not URLISH.search("reason")
