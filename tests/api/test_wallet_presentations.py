"""Showing a certificate (亮证): one-time, short-lived, only registered fields, its QR image."""

import pytest

from tests.ecert_api_factories import (
    WALLET,
    issued,
    issuer,
    present,
    presented,
    register_verifier,
    resident,
    verify,
    wallet_items,
)
from tests.qr_reader import qr_texts as decode


@pytest.fixture
def shown_to(client, container):
    """A resident holding a driving licence and an ID card, and a registered bank counter."""
    staff = issuer(client, container)
    licence = issued(client, staff, "driving_licence")
    card = issued(client, staff, "resident_id_card")
    desk, bank = register_verifier(client, container)
    return {
        "holder": resident(client),
        "licence": licence,
        "card": card,
        "desk": desk,
        "bank": bank,
    }


def test_a_presentation_discloses_only_the_chosen_fields(client, shown_to):
    shown = presented(
        client,
        shown_to["holder"],
        shown_to["licence"]["id"],
        shown_to["bank"]["id"],
        disclose=["holder_name", "age_over_18"],
    )
    assert [item["name"] for item in shown["disclosed"]] == ["holder_name", "age_over_18"]
    assert shown["verifier"]["name"] == "中国工商银行广州天河支行"
    assert shown["purpose"] == {"code": "open_account", "name": "开立个人账户"}
    result = verify(client, shown_to["desk"], shown["token"])
    names = {field["name"] for field in result["fields"]}
    assert names == {"holder_name", "age_over_18", "licence_class", "first_issued_on"}


@pytest.mark.parametrize("kind", ["licence", "card"])
def test_the_typical_presentation_fits_a_phone_screen_qr_code(client, container, shown_to, kind):
    certificate = shown_to[kind]
    typical = client.get(
        f"{WALLET}/certificates/{certificate['id']}", headers=shown_to["holder"]
    ).json["typical"]
    # The longest verifier code there can be: the audience is in every token.
    purposes = [{"code": "id", "name": "核验身份", "fields": {certificate["type"]: typical}}]
    _desk, longest = register_verifier(client, container, "a" * 12, purposes=purposes)
    shown = presented(
        client, shown_to["holder"], certificate["id"], longest["id"], purpose="id", disclose=typical
    )
    assert shown["length"] == len(shown["token"]) <= 1200


def test_the_qr_image_decodes_to_the_token(client, shown_to):
    shown = presented(client, shown_to["holder"], shown_to["licence"]["id"], shown_to["bank"]["id"])
    response = client.get(shown["qr_png"], headers=shown_to["holder"])
    assert (response.status_code, response.mimetype) == (200, "image/png")
    assert decode(response.data) == [shown["token"]]


def test_the_qr_image_is_gone_once_the_presentation_expired(client, shown_to, wiring):
    shown = presented(client, shown_to["holder"], shown_to["licence"]["id"], shown_to["bank"]["id"])
    wiring.clock.move(seconds=181)
    response = client.get(shown["qr_png"], headers=shown_to["holder"])
    assert (response.status_code, response.json["error"]) == (409, "ecert.presentation_expired")
    assert verify(client, shown_to["desk"], shown["token"])["reason"] == "presentation_expired"


def test_someone_elses_presentation_image_is_a_404(client, container, shown_to):
    shown = presented(client, shown_to["holder"], shown_to["licence"]["id"], shown_to["bank"]["id"])
    response = client.get(shown["qr_png"], headers=resident(client, 3))
    assert (response.status_code, response.json["error"]) == (404, "ecert.presentation_not_found")


def test_asking_for_more_than_the_registration_allows_is_refused_and_logged(client, shown_to):
    response = present(
        client,
        shown_to["holder"],
        shown_to["licence"]["id"],
        shown_to["bank"]["id"],
        disclose=["holder_name", "birth_date"],
    )
    assert (response.status_code, response.json["error"]) == (403, "ecert.beyond_registration")
    assert "birth_date" in response.json["message"]
    log = client.get(f"{WALLET}/usage", headers=shown_to["holder"]).json["items"]
    assert [(e["action"], e["result"]) for e in log] == [("presented", "ecert.beyond_registration")]
    assert log[0]["actor"]["name"] == "中国工商银行广州天河支行"


def test_a_type_the_purpose_does_not_cover_is_refused(client, shown_to):
    response = present(
        client,
        shown_to["holder"],
        shown_to["licence"]["id"],
        shown_to["bank"]["id"],
        purpose="loan",
    )
    assert response.json["error"] == "ecert.beyond_registration"


def test_an_unregistered_purpose_is_refused(client, shown_to):
    response = present(
        client,
        shown_to["holder"],
        shown_to["licence"]["id"],
        shown_to["bank"]["id"],
        purpose="marketing",
    )
    assert (response.status_code, response.json["error"]) == (422, "ecert.purpose_not_registered")


def test_an_unknown_verifier_is_a_404(client, shown_to):
    response = present(client, shown_to["holder"], shown_to["licence"]["id"], "0" * 24)
    assert (response.status_code, response.json["error"]) == (404, "ecert.verifier_not_found")


def test_a_name_the_certificate_cannot_disclose_is_refused(client, container, shown_to):
    purposes = [{"code": "all", "name": "全部", "fields": {"driving_licence": ["licence_class"]}}]
    _desk, other = register_verifier(client, container, "metro-gz", purposes=purposes)
    response = present(
        client,
        shown_to["holder"],
        shown_to["licence"]["id"],
        other["id"],
        purpose="all",
        disclose=["licence_class"],
    )
    assert (response.status_code, response.json["error"]) == (422, "ecert.not_disclosable")


def test_a_revoked_certificate_cannot_be_shown(client, container, shown_to):
    client.post(
        f"/api/v1/issuer/certificates/{shown_to['licence']['id']}/revoke",
        json={"reason": "withdrawn"},
        headers=issuer(client, container, "issuer-2"),
    )
    response = present(
        client, shown_to["holder"], shown_to["licence"]["id"], shown_to["bank"]["id"]
    )
    assert (response.status_code, response.json["error"]) == (409, "ecert.certificate_revoked")


def test_the_consent_screen_lists_registered_verifiers_and_purposes(client, shown_to):
    response = client.get(
        f"{WALLET}/verifiers",
        query_string={"type": "degree_certificate"},
        headers=shown_to["holder"],
    )
    (bank,) = response.json["items"]
    assert (bank["id"], bank["name"]) == (shown_to["bank"]["id"], "中国工商银行广州天河支行")
    loan = next(purpose for purpose in bank["purposes"] if purpose["code"] == "loan")
    assert loan["name"] == "个人贷款"
    assert loan["fields"]["degree_certificate"] == [{"name": "holder_name", "label": "持证人姓名"}]
    none = client.get(
        f"{WALLET}/verifiers", query_string={"type": "passport"}, headers=shown_to["holder"]
    )
    assert none.json == {"items": [], "total": 0}


def test_every_presentation_is_in_the_holders_log(client, shown_to):
    certificate_id = shown_to["licence"]["id"]
    shown = presented(client, shown_to["holder"], certificate_id, shown_to["bank"]["id"])
    verify(client, shown_to["desk"], shown["token"])
    log = client.get(
        f"{WALLET}/usage",
        query_string={"certificate_id": certificate_id},
        headers=shown_to["holder"],
    ).json["items"]
    assert [(e["action"], e["result"], e["reference"]) for e in log] == [
        ("verified", "ok", shown["presentation_id"]),
        ("presented", "ok", shown["presentation_id"]),
    ]
    assert log[0]["purpose"] == "开立个人账户"
    assert [f["name"] for f in log[1]["fields"]] == ["holder_name"]
    assert wallet_items(client, shown_to["holder"])
