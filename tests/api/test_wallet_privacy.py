"""The wallet in the export and in account deletion: what goes, what the issuers keep."""

import json
from datetime import timedelta

import pytest

from tests.ecert_api_factories import (
    WALLET,
    issued,
    issuer,
    phone_of,
    presented,
    register_verifier,
    resident,
    verify,
    wallet_items,
)
from tests.factories import login_resident, verify_real_name
from tests.health_code_factories import person_number
from tests.privacy_factories import DELETION, delete_account, export


@pytest.fixture
def holder(client, container, wiring):
    """Resident 0 holding a licence, with a presentation verified and a grant to a bank."""
    licence = issued(client, issuer(client, container), "driving_licence")
    desk, bank = register_verifier(client, container)
    headers = resident(client)
    verify(client, desk, presented(client, headers, licence["id"], bank["id"])["token"])
    grant = {
        "certificate_id": licence["id"],
        "grantee": {"kind": "verifier", "id": bank["id"]},
        "purpose": "open_account",
        "fields": ["holder_name"],
        "expires_at": (wiring.clock() + timedelta(days=30)).isoformat(),
    }
    made = client.post(f"{WALLET}/grants", json=grant, headers=headers)
    assert made.status_code == 201, made.json
    return {"headers": headers, "licence": licence, "desk": desk, "grant": made.json}


def test_the_export_carries_the_certificates_in_full_the_log_and_the_grants(client, holder):
    response = export(client, holder["headers"], phone_of(0))
    data = json.loads(response.get_data(as_text=True))
    (certificate,) = data["ecert_certificates"]
    assert (certificate["holder_name"], certificate["holder_code"]) == ("陈小明", person_number(0))
    assert certificate["fields"]["birth_date"] == "1990-01-01"
    assert [entry["action"] for entry in data["ecert_usage"]] == [
        "granted",
        "verified",
        "presented",
    ]
    assert [grant["id"] for grant in data["ecert_grants"]] == [holder["grant"]["id"]]
    assert "person_index" not in json.dumps(data["ecert_usage"] + data["ecert_grants"])


def test_the_deletion_plan_says_certificates_stay_with_their_issuers(client, holder):
    plan = client.get(DELETION, headers={**holder["headers"], "Accept-Language": "en"}).json
    kept = {entry["source"]: entry["text"] for entry in plan["kept"]}
    erased = {entry["source"] for entry in plan["erased"]}
    assert "issuing departments" in kept["ecert_certificates"]
    assert {"ecert_usage", "ecert_grants", "ecert_presentations"} <= erased


def test_deletion_erases_the_log_withdraws_grants_and_keeps_the_register(
    client, container, db, holder
):
    response = delete_account(client, holder["headers"], phone_of(0))
    assert response.status_code == 200, response.json
    assert response.json["erased"]["ecert_grants"] == 1
    assert db.ecert_usage.count_documents({}) == 0
    assert db.ecert_presentations.count_documents({}) == 0
    assert db.certificates.count_documents({}) == 1
    used = client.post(
        f"/api/v1/ecert/grants/{holder['grant']['id']}/uses",
        json={"purpose": "open_account"},
        headers=holder["desk"],
    )
    assert used.json["error"] == "ecert.grant_withdrawn"


def test_the_certificates_are_in_the_wallet_again_after_registering_anew(client, holder):
    delete_account(client, holder["headers"], phone_of(0))
    again = login_resident(client, "13900000123")
    assert verify_real_name(client, again, doc_number=person_number(0)).status_code == 200
    assert [item["id"] for item in wallet_items(client, again)] == [holder["licence"]["id"]]


def test_a_guardians_name_leaves_the_dependants_log_with_the_guardian(client, container, db):
    from tests.api.test_wallet_family import BIRTH_PURPOSE, CHILD_NUMBER, add_child

    certificate = issued(
        client,
        issuer(client, container),
        "birth_medical_certificate",
        holder_name="陈小华",
        holder_code=CHILD_NUMBER,
        birth_date="2010-01-01",
    )
    guardian = resident(client)
    child = add_child(client, guardian)
    _desk, school = register_verifier(client, container, "school-01", purposes=[BIRTH_PURPOSE])
    shown = client.post(
        f"{WALLET}/dependants/{child['id']}/certificates/{certificate['id']}/presentations",
        json={"verifier_id": school["id"], "purpose": "school", "disclose": ["holder_name"]},
        headers=guardian,
    )
    assert shown.status_code == 201, shown.json
    delete_account(client, guardian, phone_of(0))
    (entry,) = db.ecert_usage.find({"action": "presented"})
    assert entry["by"]["name"] is None and entry["by"]["kind"] == "guardian"
