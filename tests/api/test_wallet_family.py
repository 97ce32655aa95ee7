"""A guardian sees and shows a dependant's certificates, each action logged for the dependant."""

import pytest

from tests.ecert_api_factories import (
    WALLET,
    issued,
    issuer,
    phone_of,
    register_verifier,
    resident,
    step_up_by_sms,
    verify,
    wallet_items,
)
from tests.factories import valid_resident_id

CHILD_NUMBER = valid_resident_id("44030420100101321")
BIRTH_PURPOSE = {
    "code": "school",
    "name": "入学登记",
    "fields": {"birth_medical_certificate": ["holder_name", "birth_date"]},
}


def add_child(client, guardian) -> dict:
    body = {
        "doc_type": "resident_id",
        "doc_number": CHILD_NUMBER,
        "name": "陈小华",
        "relation": "child",
    }
    response = client.post("/api/v1/family/dependants", json=body, headers=guardian)
    assert response.status_code == 201, response.json
    return response.json


@pytest.fixture
def family(client, container):
    staff = issuer(client, container)
    certificate = issued(
        client,
        staff,
        "birth_medical_certificate",
        holder_name="陈小华",
        holder_code=CHILD_NUMBER,
        birth_date="2010-01-01",
    )
    guardian = resident(client)
    child = add_child(client, guardian)
    base = f"{WALLET}/dependants/{child['id']}"
    return {"guardian": guardian, "child": child, "certificate": certificate, "base": base}


def test_a_guardian_lists_a_dependants_certificates_masked(client, family):
    response = client.get(f"{family['base']}/certificates", headers=family["guardian"])
    (item,) = response.json["items"]
    assert (item["id"], item["holder_name"]) == (family["certificate"]["id"], "陈*华")
    assert wallet_items(client, family["guardian"]) == []


def test_a_guardian_sees_the_full_detail_after_their_own_step_up(client, family):
    url = f"{family['base']}/certificates/{family['certificate']['id']}"
    refused = client.get(url, query_string={"unmasked": "true"}, headers=family["guardian"])
    assert refused.json["error"] == "auth.step_up_required"
    step_up_by_sms(client, family["guardian"], phone_of(0))
    shown = client.get(url, query_string={"unmasked": "true"}, headers=family["guardian"]).json
    assert (shown["holder_name"], shown["holder_code"]) == ("陈小华", CHILD_NUMBER)


def test_a_guardian_shows_a_dependants_certificate_and_it_is_logged_for_the_dependant(
    client, container, family
):
    desk, school = register_verifier(client, container, "school-01", purposes=[BIRTH_PURPOSE])
    shown = client.post(
        f"{family['base']}/certificates/{family['certificate']['id']}/presentations",
        json={
            "verifier_id": school["id"],
            "purpose": "school",
            "disclose": ["holder_name", "birth_date"],
        },
        headers=family["guardian"],
    )
    assert shown.status_code == 201, shown.json
    result = verify(client, desk, shown.json["token"])
    assert result["valid"] and {f["name"] for f in result["fields"]} >= {"birth_date"}
    log = client.get(f"{family['base']}/usage", headers=family["guardian"]).json["items"]
    assert [(e["action"], e["result"]) for e in log] == [("verified", "ok"), ("presented", "ok")]
    assert log[1]["by"]["kind"] == "guardian" and log[1]["by"]["name"] == "陈*明"
    mine = client.get(f"{WALLET}/usage", headers=family["guardian"]).json
    assert mine["total"] == 0


def test_full_views_by_a_guardian_are_logged_naming_them(client, family):
    step_up_by_sms(client, family["guardian"], phone_of(0))
    client.get(
        f"{family['base']}/certificates/{family['certificate']['id']}",
        query_string={"unmasked": "true"},
        headers=family["guardian"],
    )
    (entry,) = client.get(f"{family['base']}/usage", headers=family["guardian"]).json["items"]
    assert (entry["action"], entry["actor"]["kind"]) == ("viewed", "guardian")


def test_someone_elses_dependant_is_a_404(client, family):
    stranger = resident(client, 4)
    response = client.get(f"{family['base']}/certificates", headers=stranger)
    assert (response.status_code, response.json["error"]) == (404, "family.dependant_not_found")


def test_a_dependants_certificate_is_not_reachable_as_my_own(client, family):
    response = client.get(
        f"{WALLET}/certificates/{family['certificate']['id']}", headers=family["guardian"]
    )
    assert response.status_code == 404


def test_a_removed_dependant_is_no_longer_reachable(client, family):
    client.delete(f"/api/v1/family/dependants/{family['child']['id']}", headers=family["guardian"])
    response = client.get(f"{family['base']}/certificates", headers=family["guardian"])
    assert response.status_code == 404


def test_presentations_made_for_a_dependant_are_the_guardians_to_display(client, container, family):
    _desk, school = register_verifier(client, container, "school-02", purposes=[BIRTH_PURPOSE])
    shown = client.post(
        f"{family['base']}/certificates/{family['certificate']['id']}/presentations",
        json={"verifier_id": school["id"], "purpose": "school", "disclose": ["holder_name"]},
        headers=family["guardian"],
    ).json
    assert client.get(shown["qr_png"], headers=family["guardian"]).status_code == 200
    assert client.get(shown["qr_png"], headers=resident(client, 6)).status_code == 404
