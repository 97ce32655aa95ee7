"""Small factories shared by the tests: document numbers, logins, tokens, CLI calls."""

from datetime import timedelta

import jwt as pyjwt

from identity.documents import mod11_2_check_char

STAFF_PASSWORD = "correct horse battery staple"


def valid_resident_id(first17: str = "44030419900101123") -> str:
    """Return first17 followed by its ISO 7064 MOD 11-2 check character."""
    return first17 + mod11_2_check_char(first17)


def wrong_check_char(first17: str) -> str:
    """Return first17 followed by a check character that is not the right one."""
    right = mod11_2_check_char(first17)
    return first17 + next(char for char in "10X98765432" if char != right)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def claims_of(token: str) -> dict:
    """Read a JWT's claims without checking it (the server does the checking)."""
    return pyjwt.decode(token, options={"verify_signature": False})


def allow_resend(client, phone: str) -> None:
    """Move the last send back past the cool-down so a test can ask again without waiting."""
    app = client.application
    index = app.extensions["container"].sms.phone_index(phone)
    cooldown = timedelta(seconds=app.config["SMS_RESEND_SECONDS"] + 1)
    codes = app.extensions["mongo_db"].sms_codes
    current = codes.find_one({"_id": index})
    if current:
        codes.update_one({"_id": index}, {"$set": {"sent_at": current["sent_at"] - cooldown}})


def request_code(client, phone: str) -> str:
    """Have a code sent to phone and read it back from the development outbox."""
    allow_resend(client, phone)
    sent = client.post("/api/v1/auth/sms-codes", json={"phone": phone})
    assert sent.status_code == 201, sent.json
    return client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone}).json["code"]


def resident_tokens(client, phone: str = "13800000001", device: str = "pytest-phone") -> dict:
    """Log a resident in by SMS code; return the token pair answer."""
    code = request_code(client, phone)
    response = client.post(
        "/api/v1/auth/tokens", json={"phone": phone, "code": code}, headers={"User-Agent": device}
    )
    assert response.status_code == 201, response.json
    return response.json


def login_resident(client, phone: str = "13800000001", device: str = "pytest-phone") -> dict:
    """Log a resident in by SMS code; return the Authorization header."""
    return bearer(resident_tokens(client, phone, device)["access_token"])


def create_staff(container, role: str, username: str | None = None) -> str:
    """Create a staff member with one role; return the username."""
    username = username or f"{role}-1"
    container.staff.create(username, STAFF_PASSWORD, [role])
    return username


def login_staff(client, container, role: str, username: str | None = None) -> dict:
    """Create a staff member with one role and log them in; return the Authorization header."""
    username = create_staff(container, role, username)
    response = client.post(
        "/api/v1/auth/staff-tokens", json={"username": username, "password": STAFF_PASSWORD}
    )
    assert response.status_code == 201, response.json
    return bearer(response.json["access_token"])


def verify_real_name(client, headers, doc_number=None, name="陈小明", doc_type="resident_id"):
    """Submit a real-name verification; return the response."""
    body = {"doc_type": doc_type, "doc_number": doc_number or valid_resident_id(), "name": name}
    return client.post("/api/v1/me/real-name", json=body, headers=headers)


def grant_face_consent(client, headers) -> None:
    """Give the separate consent face verification needs, as the face screen does."""
    version = client.get("/api/v1/privacy-notice").json["version"]
    response = client.put(
        "/api/v1/me/consents/face_verification", json={"version": version}, headers=headers
    )
    assert response.status_code == 200, response.json


def run_cli(app, *args: str):
    """Run a flask CLI command of app in its application context, as `flask` itself does."""
    with app.app_context():
        return app.test_cli_runner().invoke(args=list(args))


def documented_statuses(client, path: str, method: str) -> set[int]:
    """Return the statuses the OpenAPI document lists for one operation."""
    responses = client.get("/openapi.json").json["paths"][path][method.lower()]["responses"]
    return {int(code) for code in responses if code != "default"}
