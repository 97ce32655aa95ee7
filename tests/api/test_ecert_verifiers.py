"""Registered verifier organisations: what an administrator registers, and what it allows."""

import pytest

from tests.ecert_api_factories import (
    ADMIN_VERIFIERS,
    BANK_PURPOSES,
    WALLET,
    issued,
    issuer,
    present,
    presented,
    register_verifier,
    resident,
)
from tests.factories import create_staff, login_staff


def organisation(code="hotel-th", staff=(), **fields) -> dict:
    body = {
        "code": code,
        "name": "天河酒店前台",
        "purposes": [
            {
                "code": "check_in",
                "name": "入住登记",
                "fields": {"resident_id_card": ["holder_name"]},
            }
        ],
        "staff": list(staff),
    }
    return {**body, **fields}


@pytest.fixture
def admin(client, container):
    return login_staff(client, container, "admin")


def test_an_organisation_is_registered_with_its_staff_and_purposes(client, container, admin):
    create_staff(container, "verifier", "front-desk")
    response = client.post(ADMIN_VERIFIERS, json=organisation(staff=["front-desk"]), headers=admin)
    assert response.status_code == 201, response.json
    body = response.json
    assert (body["code"], body["staff"], body["active"]) == ("hotel-th", ["front-desk"], True)
    listed = client.get(ADMIN_VERIFIERS, headers=admin).json
    assert [item["id"] for item in listed["items"]] == [body["id"]]
    assert (
        client.get(f"{ADMIN_VERIFIERS}/{body['id']}", headers=admin).json["name"] == "天河酒店前台"
    )


def test_codes_are_unique(client, admin):
    assert client.post(ADMIN_VERIFIERS, json=organisation(), headers=admin).status_code == 201
    again = client.post(ADMIN_VERIFIERS, json=organisation(), headers=admin)
    assert (again.status_code, again.json["error"]) == (409, "ecert.verifier_code_taken")


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"code": "Hotel TH"}, "code"),
        ({"code": "v" * 13}, "code"),
        ({"credit_code": "91440101MA5ABCDE1X"}, "credit_code"),
        ({"purposes": []}, "purposes"),
    ],
    ids=["code-format", "code-too-long", "credit-code-check", "no-purpose"],
)
def test_malformed_registrations_are_refused(client, admin, change, where):
    response = client.post(ADMIN_VERIFIERS, json=organisation(**change), headers=admin)
    assert response.status_code == 422
    assert where in response.json["errors"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"spaceship_licence": ["holder_name"]}, "没有这种电子证照"),
        ({"resident_id_card": ["favourite_colour"]}, "没有的项目"),
    ],
)
def test_purposes_name_only_real_types_and_fields(client, admin, fields, message):
    purposes = [{"code": "x", "name": "某用途", "fields": fields}]
    response = client.post(ADMIN_VERIFIERS, json=organisation(purposes=purposes), headers=admin)
    assert (response.status_code, response.json["error"]) == (422, "ecert.verifier_invalid")
    (problem,) = response.json["errors"]["purposes"]["0"]["fields"].values()
    assert message in problem[0]


def test_staff_must_be_verifiers_or_clerks_of_no_other_organisation(client, container, admin):
    create_staff(container, "issuer", "not-a-desk")
    refused = client.post(ADMIN_VERIFIERS, json=organisation(staff=["not-a-desk"]), headers=admin)
    assert refused.json["errors"]["staff"] == ["须为具有核验或窗口角色的工作人员账号"]
    create_staff(container, "clerk", "counter-1")
    assert (
        client.post(ADMIN_VERIFIERS, json=organisation(staff=["counter-1"]), headers=admin)
    ).status_code == 201
    taken = client.post(
        ADMIN_VERIFIERS, json=organisation("other-th", staff=["counter-1"]), headers=admin
    )
    assert (taken.status_code, taken.json["error"]) == (409, "ecert.verifier_staff_taken")


def test_an_update_changes_what_a_purpose_may_see(client, container):
    staff = issuer(client, container)
    card = issued(client, staff, "resident_id_card")
    _desk, bank = register_verifier(client, container)
    holder = resident(client)
    asked = {"disclose": ["holder_name", "holder_code"]}
    assert present(client, holder, card["id"], bank["id"], **asked).status_code == 201
    admin = login_staff(client, container, "admin", "admin-2")
    narrower = [{**BANK_PURPOSES[0], "fields": {"resident_id_card": ["holder_name"]}}]
    updated = client.patch(
        f"{ADMIN_VERIFIERS}/{bank['id']}", json={"purposes": narrower}, headers=admin
    )
    assert updated.status_code == 200, updated.json
    assert updated.json["code"] == bank["code"] and updated.json["staff"] == bank["staff"]
    refused = present(client, holder, card["id"], bank["id"], **asked)
    assert refused.json["error"] == "ecert.beyond_registration"


def test_a_deactivated_organisation_is_no_longer_offered_nor_verifies(client, container):
    card = issued(client, issuer(client, container), "resident_id_card")
    desk, bank = register_verifier(client, container)
    holder = resident(client)
    token = presented(client, holder, card["id"], bank["id"])["token"]
    admin = login_staff(client, container, "admin", "admin-2")
    client.patch(f"{ADMIN_VERIFIERS}/{bank['id']}", json={"active": False}, headers=admin)
    assert client.get(f"{WALLET}/verifiers", headers=holder).json["total"] == 0
    assert present(client, holder, card["id"], bank["id"]).status_code == 404
    response = client.post("/api/v1/ecert/verifications", json={"token": token}, headers=desk)
    assert response.json["error"] == "ecert.verifier_not_registered"


def test_the_code_cannot_change(client, admin):
    created = client.post(ADMIN_VERIFIERS, json=organisation(), headers=admin).json
    response = client.patch(
        f"{ADMIN_VERIFIERS}/{created['id']}", json={"code": "renamed"}, headers=admin
    )
    assert response.status_code == 422


def test_only_administrators_register(client, container):
    desk = login_staff(client, container, "verifier")
    assert client.post(ADMIN_VERIFIERS, json=organisation(), headers=desk).status_code == 403
    assert client.get(ADMIN_VERIFIERS, headers=desk).status_code == 403
