"""Authorised use (授权用证): the holder grants and withdraws; verifiers list and read under it."""

from datetime import timedelta

import pytest

from core.errors import ServiceError
from tests.ecert_api_factories import WALLET, issued, issuer, register_verifier, resident
from tests.factories import documented_statuses

GRANTS = f"{WALLET}/grants"


@pytest.fixture
def scene(client, container, wiring):
    register = issued(client, issuer(client, container), "household_register")
    desk, bank = register_verifier(client, container)
    return {"register": register, "desk": desk, "bank": bank, "holder": resident(client)}


def grant_body(scene, wiring, **changes) -> dict:
    body = {
        "certificate_id": scene["register"]["id"],
        "grantee": {"kind": "verifier", "id": scene["bank"]["id"]},
        "purpose": "open_account",
        "fields": ["holder_name", "address"],
        "expires_at": (wiring.clock() + timedelta(days=7)).isoformat(),
    }
    return {**body, **changes}


def granted(client, scene, wiring, **changes) -> dict:
    response = client.post(
        GRANTS, json=grant_body(scene, wiring, **changes), headers=scene["holder"]
    )
    assert response.status_code == 201, response.json
    return response.json


def use(client, scene, grant_id, purpose="open_account"):
    return client.post(
        f"/api/v1/ecert/grants/{grant_id}/uses", json={"purpose": purpose}, headers=scene["desk"]
    )


def test_a_grant_to_a_verifier_names_its_registered_purpose(client, scene, wiring):
    grant = granted(client, scene, wiring)
    assert grant["grantee"] == {
        "kind": "verifier",
        "id": scene["bank"]["id"],
        "name": "中国工商银行广州天河支行",
    }
    assert (grant["state"], grant["purpose_name"]) == ("active", "开立个人账户")
    listed = client.get(GRANTS, headers=scene["holder"]).json
    assert [(g["id"], g["purpose_name"]) for g in listed["items"]] == [
        (grant["id"], "开立个人账户")
    ]


def test_the_verifier_lists_its_grants_and_reads_only_the_granted_fields(client, scene, wiring):
    grant = granted(client, scene, wiring)
    received = client.get("/api/v1/ecert/grants", headers=scene["desk"]).json
    assert [g["id"] for g in received["items"]] == [grant["id"]]
    response = use(client, scene, grant["id"])
    assert response.status_code == 201, response.json
    values = {field["name"]: field["value"] for field in response.json["fields"]}
    assert values == {
        "holder_name": "陈小明",
        "address": {"area": "440106", "line": "广州市天河区体育西路100号"},
    }


def test_asking_for_more_than_the_registration_allows_is_refused(client, scene, wiring):
    body = grant_body(scene, wiring, fields=["holder_name", "birth_date"])
    response = client.post(GRANTS, json=body, headers=scene["holder"])
    assert (response.status_code, response.json["error"]) == (403, "ecert.beyond_registration")


def test_a_withdrawn_grant_can_no_longer_be_used_and_both_are_logged(client, scene, wiring):
    grant = granted(client, scene, wiring)
    withdrawn = client.post(f"{GRANTS}/{grant['id']}/withdraw", headers=scene["holder"])
    assert (withdrawn.status_code, withdrawn.json["state"]) == (200, "withdrawn")
    again = client.post(f"{GRANTS}/{grant['id']}/withdraw", headers=scene["holder"])
    assert (again.status_code, again.json["error"]) == (409, "ecert.grant_withdrawn")
    refused = use(client, scene, grant["id"])
    assert (refused.status_code, refused.json["error"]) == (403, "ecert.grant_withdrawn")
    log = client.get(f"{WALLET}/usage", headers=scene["holder"]).json["items"]
    assert [(e["action"], e["result"]) for e in log] == [
        ("used", "ecert.grant_withdrawn"),
        ("withdrawn", "ok"),
        ("granted", "ok"),
    ]


def test_a_use_for_another_purpose_is_refused_and_logged(client, scene, wiring):
    grant = granted(client, scene, wiring)
    refused = use(client, scene, grant["id"], purpose="marketing")
    assert refused.json["error"] == "ecert.grant_purpose"
    latest = client.get(f"{WALLET}/usage", headers=scene["holder"]).json["items"][0]
    assert (latest["action"], latest["purpose"], latest["fields"]) == ("used", "marketing", [])


def test_an_expired_grant_is_refused(client, scene, wiring):
    grant = granted(client, scene, wiring)
    wiring.clock.move(days=8)
    assert use(client, scene, grant["id"]).json["error"] == "ecert.grant_expired"
    listed = client.get(GRANTS, headers=scene["holder"]).json["items"]
    assert listed[0]["state"] == "expired"


def test_another_organisations_grant_is_a_404(client, container, scene, wiring):
    grant = granted(client, scene, wiring)
    other_desk, _other = register_verifier(client, container, "hotel-th")
    response = client.post(
        f"/api/v1/ecert/grants/{grant['id']}/uses",
        json={"purpose": "open_account"},
        headers=other_desk,
    )
    assert (response.status_code, response.json["error"]) == (404, "ecert.grant_not_found")


def test_someone_elses_grant_cannot_be_withdrawn(client, scene, wiring):
    grant = granted(client, scene, wiring)
    response = client.post(f"{GRANTS}/{grant['id']}/withdraw", headers=resident(client, 5))
    assert (response.status_code, response.json["error"]) == (404, "ecert.grant_not_found")


def test_a_service_application_reads_its_grant_through_the_services_interface(
    client, container, db, scene, wiring
):
    application = {"kind": "application", "id": "case-2025-0001", "name": "开具户籍证明"}
    grant = granted(
        client, scene, wiring, grantee=application, purpose="户籍证明", fields=["address"]
    )
    wallet = container.services_wallet
    read = wallet.authorised_use("case-2025-0001", grant["id"], "户籍证明")
    assert read["fields"] == {"address": {"area": "440106", "line": "广州市天河区体育西路100号"}}
    with pytest.raises(ServiceError) as refused:
        wallet.authorised_use("case-2025-0002", grant["id"], "户籍证明")
    assert refused.value.key == "ecert.grant_not_found"
    person_index = db.certificates.find_one()["person_index"]
    (held,) = wallet.valid_certificates(person_index, "household_register")
    assert held["type"] == "household_register" and "fields" not in held


def test_an_application_grant_needs_the_applications_name(client, scene, wiring):
    body = grant_body(scene, wiring, grantee={"kind": "application", "id": "case-1"})
    response = client.post(GRANTS, json=body, headers=scene["holder"])
    assert response.status_code == 422
    assert "name" in response.json["errors"]["grantee"]


def test_an_unknown_certificate_is_a_documented_404(client, scene, wiring):
    unknown = "0" * 24
    body = grant_body(scene, wiring, certificate_id=unknown)

    granting = client.post(GRANTS, json=body, headers=scene["holder"])
    log = client.get(
        f"{WALLET}/usage", query_string={"certificate_id": unknown}, headers=scene["holder"]
    )

    assert (granting.status_code, log.status_code) == (404, 404)
    assert 404 in documented_statuses(client, GRANTS, "post")
    assert 404 in documented_statuses(client, f"{WALLET}/usage", "get")
