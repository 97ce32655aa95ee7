"""Printed offline code cards: issue, print, revoke, and what a checkpoint scan says of them."""

from datetime import datetime, timedelta

import pytest

from core.clock import utcnow
from health_code.codes.health_token import verify_token
from health_code.printing.card_image import render_card_png
from tests.factories import login_resident, login_staff
from tests.health_code_factories import (
    authority,
    operator,
    person_number,
    published_keys,
    real_named,
    show,
)
from tests.qr_reader import qr_texts as decode

CARDS = "/api/v1/code-cards"


def holder(n: int = 0, **fields) -> dict:
    body = {"doc_type": "resident_id", "doc_number": person_number(500 + n), "name": "黄大伯"}
    return {**body, **fields}


def issue(client, headers, n: int = 0, **fields):
    return client.post(CARDS, json=holder(n, **fields), headers=headers)


def issued(client, headers, n: int = 0, **fields) -> dict:
    response = issue(client, headers, n, **fields)
    assert response.status_code == 201, response.json
    return response.json


def revoke(client, headers, card_id: str, reason: str = "持卡人遗失"):
    return client.post(f"{CARDS}/{card_id}/revoke", json={"reason": reason}, headers=headers)


def scan(client, container, token: str) -> dict:
    response = client.post(
        "/api/v1/checkpoint/scans",
        headers=operator(client, container),
        json={"token": token, "checkpoint": "社区服务中心"},
    )
    assert response.status_code == 201, response.json
    return response.json


def lifetime(card: dict) -> timedelta:
    return datetime.fromisoformat(card["expires_at"]) - datetime.fromisoformat(card["issued_at"])


def test_issued_card_carries_a_signed_card_token(client, container):
    card = issued(client, authority(client, container))
    result = verify_token(card["token"], published_keys(client), utcnow())
    assert result.valid, result.reason
    assert (result.claims.kind, result.claims.subject_id) == ("C", card["id"])
    assert (card["masked_name"], card["colour"]) == ("黄*伯", "green")


@pytest.mark.parametrize(
    "fields, days", [({}, 90), ({"valid_days": 1}, 1), ({"valid_days": 180}, 180)]
)
def test_card_lives_its_valid_days(client, container, fields, days):
    card = issued(client, authority(client, container), **fields)
    assert lifetime(card) == timedelta(days=days)
    claims = verify_token(card["token"], published_keys(client), utcnow()).claims
    assert claims.expires_at - claims.issued_at == timedelta(days=days)


@pytest.mark.parametrize(
    "fields, status, key",
    [
        ({"valid_days": 0}, 422, "request.invalid"),
        ({"valid_days": 181}, 422, "request.invalid"),
        ({"name": "黄不匹配"}, 422, "identity.name_mismatch"),
        ({"name": "黄超时"}, 503, "identity.provider_unavailable"),
        ({"doc_number": "44030419900101123"}, 422, "identity.document_invalid"),
    ],
)
def test_refused_card_requests(client, container, fields, status, key):
    response = issue(client, authority(client, container), **fields)
    assert (response.status_code, response.json["error"]) == (status, key)


def test_other_staff_cannot_issue_cards(client, container):
    response = issue(client, login_staff(client, container, "checkpoint_operator"))
    assert (response.status_code, response.json["error"]) == (403, "auth.forbidden_role")


def test_residents_cannot_issue_cards(client):
    assert issue(client, login_resident(client)).status_code == 403


def test_issuing_needs_a_login(client):
    assert client.post(CARDS, json=holder()).status_code == 401


def test_card_is_stored_without_the_document_number_or_full_name(client, container, db):
    issued(client, authority(client, container))
    stored = str(db.code_cards.find_one())
    assert person_number(500) not in stored and "黄大伯" not in stored


def test_printable_card_decodes_to_the_issued_token(client, container):
    headers = authority(client, container)
    card = issued(client, headers)
    response = client.get(f"{CARDS}/{card['id']}/card.png", headers=headers)
    assert response.mimetype == "image/png"
    assert decode(response.data) == [card["token"]]


def test_card_without_a_cjk_font_still_prints_a_readable_qr(client, container):
    card = issued(client, authority(client, container))
    expires = datetime.fromisoformat(card["expires_at"])
    with_text = render_card_png(card["token"], card["masked_name"], expires)
    bare = render_card_png(
        card["token"], card["masked_name"], expires, candidates=("/nonexistent/font.ttc",)
    )
    assert decode(bare) == [card["token"]]
    assert bare != with_text


def test_revoked_card_is_not_printed(client, container):
    headers = authority(client, container)
    card_id = issued(client, headers)["id"]
    revoke(client, headers, card_id)
    response = client.get(f"{CARDS}/{card_id}/card.png", headers=headers)
    assert (response.status_code, response.json["error"]) == (409, "code_card.revoked")


def test_revoking_records_who_when_and_why(client, container):
    headers = authority(client, container)
    card_id = issued(client, headers)["id"]
    body = revoke(client, headers, card_id, "换发新卡").json
    assert (body["revoked_by"], body["reason"]) == ("authority-1", "换发新卡")
    shown = client.get(f"{CARDS}/{card_id}", headers=headers).json
    assert shown["revoked_at"] == body["revoked_at"]


def test_a_card_is_revoked_once(client, container):
    headers = authority(client, container)
    card_id = issued(client, headers)["id"]
    revoke(client, headers, card_id)
    response = revoke(client, headers, card_id)
    assert (response.status_code, response.json["error"]) == (409, "code_card.revoked")


@pytest.mark.parametrize("path", ["/card.png", "/revoke", ""])
def test_unknown_cards_are_not_found(client, container, path):
    method = "post" if path == "/revoke" else "get"
    response = getattr(client, method)(
        f"{CARDS}/0123456789abcdef0123{path}",
        headers=authority(client, container),
        json={"reason": "遗失"} if method == "post" else None,
    )
    assert (response.status_code, response.json["error"]) == (404, "code_card.not_found")


def test_card_issue_and_revocation_are_audited(client, container, db):
    headers = authority(client, container)
    card_id = issued(client, headers)["id"]
    revoke(client, headers, card_id)
    for event in ("code_card.issued", "code_card.revoked"):
        [entry] = db.audit_events.find({"event": event})
        assert (entry["subject"], entry["actor"]["id"]) == (f"card:{card_id}", "authority-1")


def test_scanning_a_green_card_lets_the_holder_through(client, container):
    card = issued(client, authority(client, container))
    result = scan(client, container, card["token"])
    assert (result["passed"], result["reason"], result["kind"]) == (True, "ok", "C")
    assert result["masked_name"] == "黄*伯"


def test_scanning_a_revoked_card_says_so(client, container):
    headers = authority(client, container)
    card = issued(client, headers)
    revoke(client, headers, card["id"])
    result = scan(client, container, card["token"])
    assert (result["passed"], result["reason"]) == (False, "card_revoked")
    assert result["message"] == "该离线码卡已作废"


def test_revoking_one_card_leaves_the_persons_other_card_valid(client, container):
    headers = authority(client, container)
    old, new = issued(client, headers), issued(client, headers)
    revoke(client, headers, old["id"])
    assert scan(client, container, new["token"])["reason"] == "ok"


def test_scanning_an_expired_card_says_expired(client, container, wiring):
    card = issued(client, authority(client, container), valid_days=1)
    wiring.clock.move(days=1, minutes=5)
    assert scan(client, container, card["token"])["reason"] == "expired"


def test_scanning_a_card_shows_the_holders_live_colour(client, container):
    card = issued(client, authority(client, container))
    container.authority.set_manual_colour(
        "resident_id", person_number(500), {"colour": "red", "reason": "隔离"}, "hc"
    )
    result = scan(client, container, card["token"])
    assert (result["reason"], result["token_colour"], result["colour"]) == (
        "colour_red",
        "green",
        "red",
    )


class CardsThatMustNotBeRead:
    def find(self, card_id):
        raise AssertionError("a personal code's scan read the code cards")


def test_personal_code_scans_never_read_the_cards(client, container, monkeypatch):
    token = show(client, real_named(client))["token"]
    monkeypatch.setattr(container.scanner, "cards", CardsThatMustNotBeRead())
    assert scan(client, container, token)["reason"] == "ok"
