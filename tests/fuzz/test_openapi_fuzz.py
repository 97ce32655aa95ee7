"""Property-based fuzzing of the whole API from its own OpenAPI document (schemathesis).

Every operation is called with generated requests, valid and invalid by the document, as the
callers it names (the demo resident or each staff role it admits), through the Flask test
client on a freshly seeded database. Every answer must be no 5xx, a status the operation
lists, a body and headers matching the document, and the `Error` envelope for errors. At the
end a per-operation table (requests, statuses seen) is printed, and the test fails on any
finding, or on an operation that never got past 401/403 (it was never really exercised).

FUZZ_EXAMPLES=200 ./test.sh tests/fuzz for a longer run than the suite's; FUZZ_ONLY=payments
to fuzz only the operations whose "METHOD /path" contains that text (no minimum count then).
"""

import json
import os
import time
from collections import Counter, defaultdict

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core import NOT_SET
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.openapi import from_wsgi

from providers.payment import SIGNATURE_HEADER, sign
from tests.fuzz.cast import SESSION_ENDERS, assemble
from tests.fuzz.checks import CHECKS
from tests.fuzz.plan import known_ids, ordered

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))
ONLY = os.environ.get("FUZZ_ONLY", "")
MINIMUM_REQUESTS = 2000
# Operations that no caller can take past 401/403 by design, with the reason.
UNREACHABLE = {}
# The payment gateway signs its callbacks with a shared secret; the fuzzer signs what it
# generates as the gateway would, so that the handler behind the signature check is fuzzed.
GATEWAY_CALLBACK = "POST /api/v1/payments/notifications"
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same requests on every run: CI failures reproduce
    database=None,  # nothing remembered between runs, nothing written to .hypothesis/
    deadline=None,  # the time of one request is not what this test measures
    phases=[Phase.explicit, Phase.generate],  # findings are recorded, not raised: no shrinking
    # Bodies drawn from large schemas are slow to generate and often filtered; that is expected.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@pytest.fixture
def fuzzed_app(make_app):
    # A step-up stays fresh for the whole run, so step-up-guarded operations are reachable.
    return make_app(STEP_UP_MAX_AGE_SECONDS=3600)


def test_generated_requests_get_documented_answers(fuzzed_app, capsys):
    cast = assemble(fuzzed_app)
    client = fuzzed_app.test_client()
    schema = from_wsgi("/openapi.json", fuzzed_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    lists = {op.path for op in operations if op.method.upper() == "GET"}
    seen, findings = defaultdict(Counter), {}
    started = time.monotonic()
    for operation in ordered(operations, SESSION_ENDERS):
        if ONLY not in operation.label:
            continue
        headers = cast.headers_for(operation.label, operation.definition.raw)
        ids = known_ids(client, operation, headers[0], lists, cast.protected) + [None]
        signer = gateway_signer(fuzzed_app) if operation.label == GATEWAY_CALLBACK else None
        fuzz(operation, headers, ids, seen[operation.label], findings, signer)
    elapsed = time.monotonic() - started
    with capsys.disabled():
        print(report(seen, elapsed))
    assert not findings, "\n\n".join(findings.values())
    assert ONLY or sum(sum(statuses.values()) for statuses in seen.values()) >= MINIMUM_REQUESTS
    never_past_auth = [
        label
        for label, statuses in seen.items()
        if set(statuses) <= {401, 403} and label not in UNREACHABLE
    ]
    assert not never_past_auth, f"never got past 401/403: {never_past_auth}"


def gateway_signer(app):
    """Return a function giving the request arguments of a body signed as the gateway signs."""
    secret = app.config["PAYMENT_NOTIFY_SECRET"].encode()

    def signed(case) -> dict:
        body = b"" if case.body is NOT_SET else case.body
        if isinstance(body, dict) and "timestamp" not in body:
            body = {**body, "timestamp": int(time.time())}  # the gateway stamps every message
        # Invalid bodies may be raw bytes, sent as they are; anything else goes as JSON.
        raw = body if isinstance(body, bytes) else json.dumps(body, default=str).encode()
        signature = {SIGNATURE_HEADER: sign(secret, raw), "Content-Type": "application/json"}
        return {"data": raw, "headers": signature}

    return signed


def fuzz(operation, headers, ids, statuses: Counter, findings: dict, signer=None) -> None:
    """Send EXAMPLES generated requests to one operation; count statuses, record findings."""
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @SETTINGS
    @given(case=cases, auth=st.sampled_from(headers), path=st.sampled_from(ids))
    def send(case, auth, path):
        case.headers = {**(case.headers or {}), **auth}
        if path:
            case.path_parameters = {**(case.path_parameters or {}), **path}
        response = case.call(**(signer(case) if signer else {}))
        statuses[response.status_code] += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except (Failure, FailureGroup) as found:
            failures = found.exceptions if isinstance(found, FailureGroup) else [found]
            for failure in failures:
                key = (operation.label, type(failure).__name__, failure.title)
                findings.setdefault(key, f"{operation.label}: {failure}\n{case.as_curl_command()}")

    send()


def report(seen, elapsed: float) -> str:
    """The per-operation table: requests and statuses seen."""
    total = sum(sum(statuses.values()) for statuses in seen.values())
    lines = [f"\nOpenAPI fuzzing: {total} requests, {len(seen)} operations, {elapsed:.0f} s"]
    for label, statuses in sorted(seen.items(), key=lambda item: item[0].split(" ", 1)[::-1]):
        counts = " ".join(f"{code}×{n}" for code, n in sorted(statuses.items()))
        lines.append(f"  {sum(statuses.values()):4d}  {label:<75} {counts}")
    return "\n".join(lines)
