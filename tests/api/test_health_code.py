"""The resident's own health code: colour, a token that verifies offline, no PII, the rules."""

from datetime import datetime, timedelta

from core.clock import utcnow
from health_code.codes.health_token import verify_token
from health_code.rules.ruleset import RULESET
from tests.factories import login_resident
from tests.health_code_factories import (
    HOLDER_NAME,
    authority,
    payload_of,
    person_number,
    published_keys,
    real_named,
    show,
)


def test_resident_without_real_name_is_asked_to_verify_it(client):
    response = client.get("/api/v1/health-code", headers=login_resident(client))
    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"


def test_health_code_needs_a_login(client):
    response = client.get("/api/v1/health-code")
    assert response.status_code == 401


def test_staff_have_no_health_code_of_their_own(client, container):
    response = client.get("/api/v1/health-code", headers=authority(client, container))
    assert response.status_code == 403


def test_the_shown_code_reveals_no_document_number_phone_or_full_name(client):
    body = client.get("/api/v1/health-code", headers=real_named(client, n=7)).get_data(as_text=True)
    for secret in (person_number(7), "13800000007", HOLDER_NAME):
        assert secret not in body


def test_real_named_resident_is_green_with_no_reasons(client):
    code = show(client, real_named(client))
    assert code["colour"] == "green"
    assert code["reasons"] == []
    assert code["ruleset_version"] == RULESET.version


def test_token_verifies_offline_with_the_published_keys(client):
    code = show(client, real_named(client))
    result = verify_token(code["token"], published_keys(client), utcnow())
    assert result.valid, result.reason
    assert (result.claims.colour, result.claims.masked_name) == ("green", "陈*明")


def test_token_carries_no_document_number_phone_or_full_name(client):
    token = show(client, real_named(client, n=7))["token"]
    payload = payload_of(token)
    for secret in (person_number(7), person_number(7)[-6:], "13800000007", "00000007"):
        assert secret.encode() not in payload
        assert secret not in token
    assert HOLDER_NAME.encode() not in payload
    assert "陈*明".encode() in payload


def test_masked_name_hides_the_middle_of_the_name(client):
    assert show(client, real_named(client))["masked_name"] == "陈*明"


def test_token_lives_the_configured_seconds_and_says_when_to_refresh(make_app):
    app = make_app(HEALTH_CODE_TOKEN_SECONDS=120, HEALTH_CODE_REFRESH_SECONDS=45)
    client = app.test_client()
    code = show(client, real_named(client))
    lifetime = datetime.fromisoformat(code["expires_at"]) - datetime.fromisoformat(
        code["issued_at"]
    )
    assert lifetime == timedelta(seconds=120)
    assert code["refresh_after"] == 45
    claims = verify_token(code["token"], published_keys(client), utcnow()).claims
    assert claims.expires_at - claims.issued_at == timedelta(seconds=120)


def test_each_showing_signs_a_fresh_token_for_the_same_subject(client):
    headers = real_named(client)
    keys = published_keys(client)
    first, second = show(client, headers), show(client, headers)
    subjects = {verify_token(c["token"], keys, utcnow()).claims.subject_id for c in (first, second)}
    assert len(subjects) == 1


def test_rules_endpoint_lists_every_rule_of_the_ruleset(client):
    document = client.get("/api/v1/health-code/rules").json
    assert document["version"] == RULESET.version
    assert [rule["id"] for rule in document["rules"]] == [rule.id for rule in RULESET.rules]
    assert all(set(rule["description"]) == {"zh-CN", "zh-HK", "en"} for rule in document["rules"])


def test_a_display_signs_one_token(client, monkeypatch):
    import health_code.usecases.display as display

    signed = []
    original = display.issue_token
    monkeypatch.setattr(display, "issue_token", lambda *a: signed.append(1) or original(*a))
    headers = real_named(client)
    client.get("/api/v1/health-code", headers=headers)  # the first display creates the record
    signed.clear()
    answer = client.get("/api/v1/health-code", headers=headers)
    assert answer.status_code == 200 and answer.json["token"].startswith("HC1:")
    assert len(signed) == 1
