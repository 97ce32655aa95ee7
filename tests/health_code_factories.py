"""Small factories for the health-code API tests: real-named holders, authority rows, tokens."""

from dataclasses import replace
from datetime import datetime, timedelta

from core.clock import utcnow
from health_code.codes.base45 import base45_decode, base45_encode
from health_code.codes.health_token import COLOURS, PREFIX, TokenClaims, issue_token
from signing_keys import KeySet, generate_key
from tests.factories import login_resident, login_staff, valid_resident_id, verify_real_name

HOLDER_NAME = "陈小明"
AUTHORITY = "health_authority"
OPERATOR = "checkpoint_operator"


def person_number(n: int = 0) -> str:
    """Return the n-th distinct, check-digit-valid resident ID number (n < 28,000)."""
    # Born on day 1..28 of January 1990, sequence 000..999: all valid, all distinct.
    return valid_resident_id(f"440304199001{1 + n // 1000:02d}{n % 1000:03d}")


def real_named(client, n: int = 0, name: str = HOLDER_NAME) -> dict:
    """Log in resident n by SMS and verify their real name; return the Authorization header."""
    headers = login_resident(client, phone=f"138{n:08d}")
    response = verify_real_name(client, headers, doc_number=person_number(n), name=name)
    assert response.status_code == 200, response.json
    return headers


def authority(client, container, username: str = "authority-1") -> dict:
    """Log a health-authority staff member in; return the Authorization header."""
    return login_staff(client, container, AUTHORITY, username)


def operator(client, container, username: str = "gate-1") -> dict:
    """Log a checkpoint operator in; return the Authorization header."""
    return login_staff(client, container, OPERATOR, username)


def ago(**delta) -> datetime:
    return utcnow() - timedelta(**delta)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def row(n: int = 0, **fields) -> dict:
    """Return an import row naming person n, with datetimes as ISO text."""
    values = {k: iso(v) if isinstance(v, datetime) else v for k, v in fields.items()}
    return {"doc_type": "resident_id", "doc_number": person_number(n), **values}


def post_rows(client, headers, kind: str, rows: list[dict]):
    """Import rows through /api/v1/authority/<kind>; return the response."""
    return client.post(f"/api/v1/authority/{kind}", json={"rows": rows}, headers=headers)


def publish_area(client, headers, region_code: str, level: str = "high", start=None):
    """Publish a risk area (in force since 30 days ago by default); return the response."""
    body = {"region_code": region_code, "level": level, "start": iso(start or ago(days=30))}
    response = client.post("/api/v1/authority/risk-areas", json=body, headers=headers)
    assert response.status_code == 201, response.json
    return response


def declare(client, headers, symptoms: bool = False, travel=()):
    """Declare symptoms and travel [(region_code, left_at)]; return the response."""
    trips = [{"region_code": code, "left_at": iso(left)} for code, left in travel]
    return client.post(
        "/api/v1/health-code/declarations",
        headers=headers,
        json={"symptoms": symptoms, "travel": trips},
    )


def set_colour(client, container, colour: str, n: int = 0, reason: str = "流调核实") -> None:
    """Have the authority set person n's colour by hand."""
    body = {
        "doc_type": "resident_id",
        "doc_number": person_number(n),
        "colour": colour,
        "reason": reason,
    }
    response = client.post(
        "/api/v1/authority/manual-colours",
        json=body,
        headers=authority(client, container, f"authority-{colour}"),
    )
    assert response.status_code == 201, response.json


def show(client, headers) -> dict:
    """Return GET /api/v1/health-code, asserting it answered 200."""
    response = client.get("/api/v1/health-code", headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def published_keys(client) -> KeySet:
    """Load the key set an offline scanner would save."""
    return KeySet.from_dict(client.get("/.well-known/health-code-keys.json").json)


def payload_of(token: str) -> bytes:
    """Return the signed payload of a token (its bytes without the signature)."""
    return base45_decode(token[len(PREFIX) :])[:-64]


def kid_of(token: str) -> str:
    """Return the key id a token names."""
    raw = base45_decode(token[len(PREFIX) :])
    return raw[1 : 1 + (raw[0] & 0x0F)].decode()


def with_colour(token: str, colour: str) -> str:
    """Rewrite the colour bits of a token, keeping its signature."""
    raw = bytearray(base45_decode(token[len(PREFIX) :]))
    raw[0] = raw[0] & 0b11001111 | COLOURS.index(colour) << 4
    return PREFIX + base45_encode(bytes(raw))


def signed_token(
    key, subject_id: str, issued_at: datetime, lifetime=timedelta(minutes=5), colour: str = "green"
) -> str:
    """Sign a token with key, allowed to sign at issued_at whatever its own window says."""
    key = replace(
        key,
        created_at=min(key.created_at, issued_at.replace(microsecond=0)),
        not_after=max(key.not_after, issued_at + timedelta(seconds=1)),
    )
    claims = TokenClaims(colour, subject_id, "陈*明", issued_at, issued_at + lifetime)
    return issue_token(claims, key)


def stranger_key(kid: str | None = None):
    """Return a freshly generated key, optionally claiming someone else's kid."""
    key = generate_key(utcnow())
    return replace(key, kid=kid) if kid else key
