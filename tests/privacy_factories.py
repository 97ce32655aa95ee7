"""Factories for the personal-information tests: consents, confirmation codes, and a resident
with something in every personal-data source."""

from datetime import timedelta

from app.cli import CLI_ACTOR
from core.clock import utcnow
from health_code.codes.partner_token import PartnerClaims, issue_partner_code
from partner_sim import keyfile
from tests.factories import allow_resend, grant_face_consent, login_staff
from tests.health_code_factories import (
    authority,
    declare,
    operator,
    person_number,
    post_rows,
    real_named,
    row,
    show,
)

NOTICE = "/api/v1/privacy-notice"
CONSENTS = "/api/v1/me/consents"
EXPORT = "/api/v1/me/export"
DELETION = "/api/v1/me/deletion"
CHILD = "44030420150501001"  # first 17 characters of a child born in 2015, no account


def phone_of(n: int) -> str:
    """The phone number tests.health_code_factories.real_named logs resident n in with."""
    return f"138{n:08d}"


def notice_version(client) -> str:
    return client.get(NOTICE).json["version"]


def agree_to_notice(client, headers, version: str | None = None):
    """Agree to the privacy notice as the login screen does; return the response."""
    body = {"version": version or notice_version(client)}
    return client.put(f"{CONSENTS}/privacy_notice", json=body, headers=headers)


def confirmation_code(client, headers, phone: str) -> str:
    """Have a confirmation code sent to the account's phone; read it from the outbox."""
    allow_resend(client, phone)
    sent = client.post("/api/v1/me/confirmation-codes", headers=headers)
    assert sent.status_code == 201, sent.json
    return client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone}).json["code"]


def export(client, headers, phone: str):
    """Download the export with a fresh confirmation code; return the response."""
    code = confirmation_code(client, headers, phone)
    return client.get(EXPORT, query_string={"code": code}, headers=headers)


def delete_account(client, headers, phone: str):
    """Delete the account with a fresh confirmation code; return the response."""
    code = confirmation_code(client, headers, phone)
    return client.post(DELETION, json={"code": code}, headers=headers)


def full_resident(client, container, n: int = 0) -> dict:
    """Make resident n (real-named, L3) with data in every source; return their headers."""
    headers = real_named(client, n)
    assert agree_to_notice(client, headers).status_code == 200
    grant_face_consent(client, headers)
    face = {"liveness_token": "live-ok"}
    assert (
        client.post("/api/v1/me/face-verification", json=face, headers=headers).status_code == 200
    )
    assert declare(client, headers, symptoms=True).status_code == 201  # yellow
    _appeal_rejected(client, container, headers, n)
    _convert_a_partner_code(client, container, headers)
    assert (
        post_rows(
            client,
            authority(client, container, f"lab-{n}"),
            "test-results",
            [row(n, result="negative", sampled_at=utcnow() - timedelta(hours=30))],
        ).status_code
        == 201
    )
    _scanned_at_a_checkpoint(client, container, headers, n)
    _checked_in_at_a_venue(client, container, headers, n)
    _family_both_ways(client, headers, n)
    _given_a_code_card(client, container, n)
    return headers


def _appeal_rejected(client, container, headers, n):
    filed = client.post(
        "/api/v1/health-code/appeals", json={"reason": "我没有症状"}, headers=headers
    )
    assert filed.status_code == 201, filed.json
    decision = {"outcome": "rejected", "reason": "申报的症状尚未消除"}
    staff = authority(client, container, f"appeals-{n}")
    url = f"/api/v1/authority/appeals/{filed.json['id']}/decision"
    assert client.post(url, json=decision, headers=staff).status_code == 200


def _convert_a_partner_code(client, container, headers):
    document = keyfile.new_key_file("MO", "澳门")
    keyfile.add_key(document, utcnow() - timedelta(days=1))
    entry = {"name": "澳门", "keys": keyfile.public_key_set(document).to_dict()}
    entry |= {"freshness_minutes": 60, "enabled": True}
    container.partners.trust_region("MO", entry, "admin-1", CLI_ACTOR)
    now = utcnow()
    claims = PartnerClaims("green", now, now + timedelta(minutes=10), b"mo-0001", "陈*明")
    token = issue_partner_code("MO", claims, keyfile.signing_key(document, now))
    converted = client.post(
        "/api/v1/health-code/conversions", json={"token": token}, headers=headers
    )
    assert converted.status_code == 201, converted.json


def _scanned_at_a_checkpoint(client, container, headers, n):
    body = {"token": show(client, headers)["token"], "checkpoint": "罗湖口岸"}
    scanned = client.post(
        "/api/v1/checkpoint/scans", json=body, headers=operator(client, container, f"gate-{n}")
    )
    assert scanned.status_code == 201, scanned.json


def _checked_in_at_a_venue(client, container, headers, n):
    venue = {"name": "天河城", "region_code": "440106", "address": "天河路208号", "type": "mall"}
    manager = login_staff(client, container, "venue_manager", f"venue-{n}")
    registered = client.post("/api/v1/venues", json=venue, headers=manager)
    token = {"venue_token": registered.json["token"]}
    assert client.post("/api/v1/venue-checkins", json=token, headers=headers).status_code == 201


def _family_both_ways(client, headers, n):
    from tests.factories import valid_resident_id

    child = {"doc_type": "resident_id", "doc_number": valid_resident_id(CHILD), "name": "陈小宝"}
    added = client.post(
        "/api/v1/family/dependants", json={**child, "relation": "child"}, headers=headers
    )
    assert added.status_code == 201, added.json
    relative = real_named(client, n + 1, name="陈大明")
    me = {"doc_type": "resident_id", "doc_number": person_number(n), "name": "陈小明"}
    asked = client.post(
        "/api/v1/family/dependants", json={**me, "relation": "other"}, headers=relative
    )
    assert asked.status_code == 201, asked.json


def _given_a_code_card(client, container, n):
    body = {"doc_type": "resident_id", "doc_number": person_number(n), "name": "陈小明"}
    staff = authority(client, container, f"cards-{n}")
    assert client.post("/api/v1/code-cards", json=body, headers=staff).status_code == 201
