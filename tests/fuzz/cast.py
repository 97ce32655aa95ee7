"""Who the fuzzer acts as: the demo data seeded on a fresh database, the demo resident (real-
named, L2, stepped up, face consent given), one login per staff role, and throw-away sessions
for the operations that end the session they are called with."""

from dataclasses import dataclass, field

from accounts.staff import ROLES
from app.seed import DEMO_PHONE, seed_demo
from tests.ecert_api_factories import step_up_by_sms
from tests.factories import bearer, grant_face_consent, resident_tokens, valid_resident_id

# Staff the fuzzer may disable, re-role or give a new password: never one it logs in as.
SPARE_STAFF = ("spare-clerk", "spare-issuer")
# Things for operations on one resource to act on (more are made by the fuzzing itself).
THINGS = (
    (
        "venue_manager",
        "/api/v1/venues",
        {
            "name": "天河城购物中心",
            "region_code": "440106",
            "address": "天河路208号",
            "type": "mall",
        },
    ),
    (
        "health_authority",
        "/api/v1/code-cards",
        {
            "doc_type": "resident_id",
            "doc_number": valid_resident_id("44030419500101500"),
            "name": "黄大伯",
        },
    ),
    (
        "resident",
        "/api/v1/family/dependants",
        {
            "doc_type": "resident_id",
            "doc_number": valid_resident_id("44030420150501001"),
            "name": "陈小华",
            "relation": "child",
        },
    ),
)
# Each session-ending operation gets a resident and a staff session of its own.
SESSION_ENDERS = (
    "DELETE /api/v1/auth/tokens",
    "DELETE /api/v1/auth/tokens/all",
    "POST /api/v1/auth/tokens/refresh",
    "POST /api/v1/me/deletion",
)


@dataclass
class Cast:
    resident: dict
    staff: dict  # role -> Authorization header
    own_sessions: dict = field(default_factory=dict)  # operation label -> [headers]
    protected: frozenset = frozenset()  # usernames the fuzzer logs in as

    def headers_for(self, label: str, definition: dict) -> list[dict]:
        """Return the Authorization headers an operation is fuzzed with (empty: public)."""
        if label in self.own_sessions:
            return self.own_sessions[label]
        roles = definition.get("x-roles")
        kinds = definition.get("x-token-kinds") or []
        if roles:
            return [self.staff[role] for role in roles]
        tokens = [self.resident] if "resident" in kinds else []
        if "staff" in kinds:
            tokens += list(self.staff.values())
        return tokens or [{}]


def staff_login(client, username: str, password: str) -> dict:
    """Log a staff member in; return the token pair answer."""
    body = {"username": username, "password": password}
    response = client.post("/api/v1/auth/staff-tokens", json=body)
    assert response.status_code == 201, response.json
    return response.json


def assemble(app) -> Cast:
    """Seed the demo data on app's database and log the fuzzer's cast in."""
    client = app.test_client()
    container = app.extensions["container"]
    password = app.config["DEMO_PASSWORD"]
    seed_demo(container, password)
    for username in SPARE_STAFF:
        container.staff.create(username, password, ["clerk"])
    resident = bearer(resident_tokens(client, DEMO_PHONE, "fuzz-phone")["access_token"])
    step_up_by_sms(client, resident, DEMO_PHONE)
    grant_face_consent(client, resident)
    staff = {role: bearer(staff_login(client, role, password)["access_token"]) for role in ROLES}
    cast = Cast(resident, staff, protected=frozenset(ROLES))
    for caller, path, body in THINGS:
        headers = resident if caller == "resident" else staff[caller]
        made = client.post(path, json=body, headers=headers)
        assert made.status_code == 201, made.json
    for n, label in enumerate(SESSION_ENDERS):
        cast.own_sessions[label] = _throw_away_sessions(client, container, password, n, label)
    return cast


def _throw_away_sessions(client, container, password, n: int, label: str) -> list[dict]:
    """A fresh resident (and staff member, where staff may call it) for one operation."""
    kind = "refresh_token" if label.endswith("/refresh") else "access_token"
    sessions = [bearer(resident_tokens(client, f"1390000{n:04d}", f"spare-{n}")[kind])]
    if "/auth/" in label:
        username = f"spare-session-{n}"
        container.staff.create(username, password, ["clerk"])
        sessions.append(bearer(staff_login(client, username, password)[kind]))
    return sessions
