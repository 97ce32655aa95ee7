"""Factories for the e-certificate API tests: issued certificates, registered verifiers, step-up."""

from __future__ import annotations

from ecert.catalogue import get_type
from tests.ecert_factories import sample_content
from tests.factories import allow_resend, create_staff, login_staff
from tests.health_code_factories import HOLDER_NAME, person_number, real_named

WALLET = "/api/v1/wallet"
ISSUER = "/api/v1/issuer"
ADMIN_VERIFIERS = "/api/v1/admin/verifiers"
VERIFY = "/api/v1/ecert/verifications"
BANK_PURPOSES = [
    {
        "code": "open_account",
        "name": "开立个人账户",
        "fields": {
            "resident_id_card": ["holder_name", "holder_code", "age_over_18"],
            "driving_licence": ["holder_name", "age_over_18"],
            "household_register": ["holder_name", "household_in_guangdong", "address"],
        },
    },
    {"code": "loan", "name": "个人贷款", "fields": {"degree_certificate": ["holder_name"]}},
]


def resident(client, n: int = 0) -> dict:
    """Log resident n in and verify their real name (L2); return the Authorization header."""
    return real_named(client, n)


def phone_of(n: int = 0) -> str:
    """Return the phone number resident n logs in with (tests.health_code_factories)."""
    return f"138{n:08d}"


def issuer(client, container, username: str = "issuer-1") -> dict:
    """Log an issuer staff member in; return the Authorization header."""
    return login_staff(client, container, "issuer", username)


def content(type_slug: str, n: int = 0, **overrides) -> dict:
    """Return a certificate request of a type for resident n (holder 陈小明, ID number n)."""
    sample = sample_content(get_type(type_slug))
    holder = ("holder_name", "holder_code_type", "holder_code", "valid_from", "valid_until")
    request = {key: sample[key] for key in holder}
    request.update(type=type_slug, holder_name=HOLDER_NAME, holder_code=person_number(n))
    request["fields"] = {key: value for key, value in sample.items() if key not in holder}
    if "birth_date" in request["fields"]:
        request["fields"]["birth_date"] = "1990-01-01"
    for key, value in overrides.items():
        (request if key in request or key in holder else request["fields"])[key] = value
    return request


def issue(client, headers, type_slug: str = "driving_licence", n: int = 0, **overrides):
    """Issue a certificate of a type to resident n; return the response."""
    return client.post(
        f"{ISSUER}/certificates", json=content(type_slug, n, **overrides), headers=headers
    )


def issued(client, headers, type_slug: str = "driving_licence", n: int = 0, **overrides) -> dict:
    """Issue a certificate to resident n; return it (the issuer's masked view)."""
    response = issue(client, headers, type_slug, n, **overrides)
    assert response.status_code == 201, response.json
    return response.json


def register_verifier(client, container, code: str = "icbc-th", username=None, purposes=None):
    """Register a bank counter with one verifier staff member; return (staff header, org)."""
    username = username or f"{code}-desk"
    create_staff(container, "verifier", username)
    admin = login_staff(client, container, "admin", f"admin-for-{code}")
    body = {
        "code": code,
        "name": "中国工商银行广州天河支行",
        "purposes": purposes or BANK_PURPOSES,
        "staff": [username],
    }
    response = client.post(ADMIN_VERIFIERS, json=body, headers=admin)
    assert response.status_code == 201, response.json
    staff = client.post(
        "/api/v1/auth/staff-tokens",
        json={"username": username, "password": "correct horse battery staple"},
    )
    return {"Authorization": f"Bearer {staff.json['access_token']}"}, response.json


def present(client, headers, certificate_id: str, verifier_id: str, **body):
    """Ask for a presentation of a certificate to a verifier; return the response."""
    request = {"verifier_id": verifier_id, "purpose": "open_account", "disclose": ["holder_name"]}
    request.update(body)
    return client.post(
        f"{WALLET}/certificates/{certificate_id}/presentations", json=request, headers=headers
    )


def presented(client, headers, certificate_id: str, verifier_id: str, **body) -> dict:
    """Make a presentation; return it."""
    response = present(client, headers, certificate_id, verifier_id, **body)
    assert response.status_code == 201, response.json
    return response.json


def verify(client, headers, token: str) -> dict:
    """Verify a token as a verifier; return the result."""
    response = client.post(VERIFY, json={"token": token}, headers=headers)
    assert response.status_code == 201, response.json
    return response.json


def wallet_items(client, headers) -> list[dict]:
    """Return the resident's certificates as the wallet lists them."""
    response = client.get(f"{WALLET}/certificates", headers=headers)
    assert response.status_code == 200, response.json
    return response.json["items"]


def step_up_by_sms(client, headers, phone: str) -> dict:
    """Step the session up with an SMS code sent to the account's phone; return the answer."""
    allow_resend(client, phone)
    sent = client.post("/api/v1/auth/step-up/sms-codes", headers=headers)
    assert sent.status_code == 201, sent.json
    code = client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone}).json["code"]
    response = client.post(
        "/api/v1/auth/step-up", json={"method": "sms", "code": code}, headers=headers
    )
    assert response.status_code == 200, response.json
    return response.json
