"""What every fuzzed response must satisfy: schemathesis' own checks, plus two of ours."""

import jsonschema
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)


class UndocumentedStatus(Failure):
    """A status the operation does not list by itself."""


class MalformedEnvelope(Failure):
    """An error answer that is not the `Error` envelope."""


def status_listed(ctx, response, case):
    """Fail on a status the operation does not list explicitly.

    Every operation also documents a `default` response (the generic error envelope), which
    makes schemathesis' status_code_conformance accept any status at all; this check does not.
    """
    listed = {code for code in case.operation.responses.status_codes if code != "default"}
    if str(response.status_code) not in listed:
        raise UndocumentedStatus(
            operation=case.operation.label,
            title="Undocumented status code",
            message=f"Received {response.status_code}; listed: {', '.join(sorted(listed))}",
        )


def error_envelope(ctx, response, case):
    """Fail when a 4xx/5xx answer is not the documented `Error` envelope."""
    if response.status_code < 400:
        return
    shape = case.operation.schema.raw_schema["components"]["schemas"]["Error"]
    try:
        jsonschema.validate(response.json(), shape)
        assert response.json()["code"] == response.status_code, "code differs from the status"
    except (ValueError, AssertionError, jsonschema.ValidationError) as problem:
        raise MalformedEnvelope(
            operation=case.operation.label,
            title="Error answer is not the envelope",
            message=f"{response.status_code}: {str(problem).splitlines()[0]}",
        ) from None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_listed,
    error_envelope,
]
