"""The development seed: the demo resident's wallet and the demo bank counter work end to end."""

from app.seed import DEMO_PHONE, seed_demo
from tests.ecert_api_factories import WALLET, wallet_items
from tests.factories import login_resident

DEMO_PASSWORD = "demo-password-for-tests"


def test_the_demo_resident_holds_five_certificates_from_three_issuers_or_more(client, container):
    created = seed_demo(container, DEMO_PASSWORD)
    assert sum(line.startswith("certificate ") for line in created) == 5
    items = wallet_items(client, login_resident(client, DEMO_PHONE))
    assert len(items) >= 5
    assert len({item["issuer"]["code"] for item in items}) >= 3
    assert {item["status"] for item in items} == {"valid"}


def test_seeding_again_adds_nothing(client, container):
    seed_demo(container, DEMO_PASSWORD)
    again = seed_demo(container, DEMO_PASSWORD)
    assert not [line for line in again if "certificate" in line or "verifier" in line]


def test_the_demo_verifier_checks_a_driving_licence_the_demo_resident_shows(client, container):
    seed_demo(container, DEMO_PASSWORD)
    holder = login_resident(client, DEMO_PHONE)
    licence = next(i for i in wallet_items(client, holder) if i["type"] == "driving_licence")
    (bank,) = client.get(f"{WALLET}/verifiers", headers=holder).json["items"]
    shown = client.post(
        f"{WALLET}/certificates/{licence['id']}/presentations",
        json={"verifier_id": bank["id"], "purpose": "identity_check", "disclose": ["holder_name"]},
        headers=holder,
    ).json
    staff = client.post(
        "/api/v1/auth/staff-tokens", json={"username": "verifier", "password": DEMO_PASSWORD}
    ).json
    result = client.post(
        "/api/v1/ecert/verifications",
        json={"token": shown["token"]},
        headers={"Authorization": f"Bearer {staff['access_token']}"},
    ).json
    values = {field["name"]: field["value"] for field in result["fields"]}
    assert result["valid"] and values["holder_name"] == "陈小明"
    assert values["licence_class"] == "C1" and "birth_date" not in values
