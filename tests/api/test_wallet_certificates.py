"""The holder's wallet: masked lists, full detail after a step-up, 404 for others, images."""

import io
from datetime import timedelta

import pytest
from PIL import Image

from core.clock import CHINA_STANDARD_TIME
from tests.ecert_api_factories import (
    WALLET,
    issued,
    issuer,
    phone_of,
    resident,
    step_up_by_sms,
    wallet_items,
)
from tests.factories import login_resident, valid_resident_id, verify_real_name
from tests.health_code_factories import person_number

FIVE_KINDS = ("resident_id_card", "household_register", "driving_licence", "degree_certificate")


def detail(client, headers, certificate_id, **query):
    return client.get(
        f"{WALLET}/certificates/{certificate_id}", query_string=query, headers=headers
    )


def test_the_list_shows_my_certificates_newest_first_masked(client, container):
    staff = issuer(client, container)
    for kind in FIVE_KINDS:
        issued(client, staff, kind)
    items = wallet_items(client, resident(client))
    assert [item["type"] for item in items] == list(reversed(FIVE_KINDS))
    first = items[0]
    assert first["holder_name"] == "陈*明" and first["status"] == "valid"
    assert first["issuer"]["name"] and first["type_name"] == "学位证书"
    assert set(first) >= {"id", "identifier", "valid_from", "valid_until", "version"}


def test_a_certificate_issued_before_the_account_appears_when_its_holder_reaches_l2(
    client, container
):
    issued(client, issuer(client, container), "household_register", n=7)
    headers = login_resident(client, phone_of(7))
    assert client.get(f"{WALLET}/certificates", headers=headers).status_code == 403
    assert verify_real_name(client, headers, doc_number=person_number(7)).status_code == 200
    assert [item["type"] for item in wallet_items(client, headers)] == ["household_register"]


def test_the_list_filters_by_type_and_pages(client, container):
    staff = issuer(client, container)
    for kind in FIVE_KINDS:
        issued(client, staff, kind)
    headers = resident(client)
    licences = client.get(
        f"{WALLET}/certificates", query_string={"type": "driving_licence"}, headers=headers
    )
    assert [item["type"] for item in licences.json["items"]] == ["driving_licence"]
    second_page = client.get(
        f"{WALLET}/certificates", query_string={"limit": 3, "offset": 3}, headers=headers
    )
    assert (len(second_page.json["items"]), second_page.json["total"]) == (1, 4)


def test_the_detail_is_masked_by_default(client, container):
    certificate = issued(client, issuer(client, container), "resident_id_card")
    response = detail(client, resident(client), certificate["id"])
    fields = {field["name"]: field for field in response.json["fields"]}
    assert response.json["holder_code"] == person_number(0)[:3] + "*" * 11 + person_number(0)[-4:]
    assert fields["birth_date"]["value"] == "****-**-**"
    assert fields["address"]["value"]["line"] != "广州市天河区体育西路100号"
    assert response.json["unmasked"] is False


def test_the_full_detail_needs_a_fresh_step_up_and_is_logged(client, container):
    certificate = issued(client, issuer(client, container), "resident_id_card")
    headers = resident(client)
    refused = detail(client, headers, certificate["id"], unmasked="true")
    assert refused.json["error"] == "auth.step_up_required"
    step_up_by_sms(client, headers, phone_of(0))
    shown = detail(client, headers, certificate["id"], unmasked="true").json
    fields = {field["name"]: field["value"] for field in shown["fields"]}
    assert (shown["holder_name"], shown["holder_code"]) == ("陈小明", person_number(0))
    assert fields["birth_date"] == "1990-01-01"
    log = client.get(f"{WALLET}/usage", headers=headers).json["items"]
    assert [(entry["action"], entry["result"]) for entry in log] == [("viewed", "ok")]


def test_another_persons_certificate_is_a_404(client, container):
    staff = issuer(client, container)
    theirs = issued(client, staff, "driving_licence", n=1)
    issued(client, staff, "driving_licence", n=0)
    mine = resident(client, 0)
    resident(client, 1)
    response = detail(client, mine, theirs["id"])
    assert (response.status_code, response.json["error"]) == (404, "ecert.certificate_not_found")
    step_up_by_sms(client, mine, phone_of(0))
    assert detail(client, mine, theirs["id"], unmasked="true").status_code == 404


def test_an_id_that_is_no_certificate_is_a_404(client, container):
    headers = resident(client)
    assert detail(client, headers, "0" * 24).status_code == 404
    assert detail(client, headers, "not-an-id").status_code == 404


def test_personal_data_is_stored_sealed(client, container, db):
    issued(client, issuer(client, container), "resident_id_card")
    stored = str(db.certificates.find_one())
    for secret in (person_number(0), "陈小明", "1990-01-01", "体育西路"):
        assert secret not in stored


def test_a_reissued_certificate_replaces_the_old_one_in_the_list(client, container):
    staff = issuer(client, container)
    first = issued(client, staff, "driving_licence")
    reissued = client.post(
        f"/api/v1/issuer/certificates/{first['id']}/reissue",
        json={"changes": {"licence_class": "C1"}},
        headers=staff,
    ).json
    headers = resident(client)
    assert [item["id"] for item in wallet_items(client, headers)] == [reissued["id"]]
    followed = detail(client, headers, first["id"]).json
    assert (followed["id"], followed["version"]) == (reissued["id"], 2)


def test_revoked_and_expired_certificates_say_so(client, container, wiring):
    staff = issuer(client, container)
    revoked = issued(client, staff, "driving_licence")
    client.post(
        f"/api/v1/issuer/certificates/{revoked['id']}/revoke",
        json={"reason": "withdrawn"},
        headers=staff,
    )
    today = wiring.clock().astimezone(CHINA_STANDARD_TIME).date()
    issued(client, staff, "degree_certificate", valid_until=(today + timedelta(days=1)).isoformat())
    headers = resident(client)
    wiring.clock.move(days=2)
    statuses = {item["type"]: item["status"] for item in wallet_items(client, headers)}
    assert statuses == {"driving_licence": "revoked", "degree_certificate": "expired"}


def test_an_age_claim_is_refreshed_when_read_after_the_birthday(client, container, wiring):
    today = wiring.clock().astimezone(CHINA_STANDARD_TIME).date()
    eighteenth = today + timedelta(days=1)
    born = eighteenth.replace(year=eighteenth.year - 18)
    number = valid_resident_id(f"440304{born:%Y%m%d}555")
    staff = issuer(client, container)
    issued(client, staff, "resident_id_card", holder_code=number, birth_date=born.isoformat())
    headers = login_resident(client, phone_of(9))
    assert verify_real_name(client, headers, doc_number=number).status_code == 200
    before = wallet_items(client, headers)[0]
    assert detail(client, headers, before["id"]).json["derived"]["age_over_18"] is False
    wiring.clock.move(days=1)
    after = wallet_items(client, headers)[0]
    assert (after["version"], after["id"] != before["id"]) == (2, True)
    assert detail(client, headers, after["id"]).json["derived"]["age_over_18"] is True


def test_the_image_needs_a_step_up(client, container):
    certificate = issued(client, issuer(client, container), "driving_licence")
    response = client.get(
        f"{WALLET}/certificates/{certificate['id']}/image.png",
        query_string={"purpose": "办理银行开户"},
        headers=resident(client),
    )
    assert response.json["error"] == "auth.step_up_required"


def watermark_share(png: bytes) -> float:
    """Share of pixels tinted by the red watermark (more red than green and blue)."""
    pixels = list(Image.open(io.BytesIO(png)).convert("RGB").get_flattened_data())
    tinted = [p for p in pixels if p[0] > p[1] + 20 and p[0] > p[2] + 20]
    return len(tinted) / len(pixels)


def test_the_image_carries_the_purpose_watermark_the_holder_typed(client, container):
    certificate = issued(client, issuer(client, container), "driving_licence")
    headers = resident(client)
    step_up_by_sms(client, headers, phone_of(0))

    def image(purpose):
        response = client.get(
            f"{WALLET}/certificates/{certificate['id']}/image.png",
            query_string={"purpose": purpose},
            headers=headers,
        )
        assert (response.status_code, response.mimetype) == (200, "image/png"), response.data
        return response.data

    bank, hotel = image("办理银行开户"), image("酒店入住登记")
    assert bank != hotel
    assert watermark_share(bank) > 0.03
    log = client.get(f"{WALLET}/usage", headers=headers).json["items"]
    assert [entry["purpose"] for entry in log] == ["酒店入住登记", "办理银行开户"]


@pytest.mark.parametrize(
    "purpose",
    ["", "   ", "很" * 31, "银行\u2028开户", "银行\x00开户", "\u202e户开行银", "a" + "\u0301" * 9],
)
def test_the_image_needs_a_purpose(client, container, purpose):
    certificate = issued(client, issuer(client, container), "driving_licence")
    response = client.get(
        f"{WALLET}/certificates/{certificate['id']}/image.png",
        query_string={"purpose": purpose},
        headers=resident(client),
    )
    assert response.status_code == 422


def test_staff_have_no_wallet(client, container):
    response = client.get(f"{WALLET}/certificates", headers=issuer(client, container))
    assert (response.status_code, response.json["error"]) == (403, "auth.resident_only")
