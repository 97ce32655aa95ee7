"""Online verification (核验) through the API: every refusal reason, replays, tampering, logs."""

import base64
import json
import threading
from datetime import datetime, timedelta

import pytest

from core.clock import CHINA_STANDARD_TIME
from ecert.catalogue import get_type
from ecert.sd_jwt import make_disclosure, split
from tests.ecert_api_factories import (
    VERIFY,
    WALLET,
    issued,
    issuer,
    presented,
    register_verifier,
    resident,
    verify,
)
from tests.factories import login_resident, login_staff

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ROOT = "1.2.156.3005.2"
EVERYTHING = ["holder_name", "holder_code", "age_over_18"]
ALL_LICENCE = {"code": "all", "name": "核验身份", "fields": {"driving_licence": EVERYTHING}}


def check_character(body: str) -> str:
    """ISO 7064 MOD 37,36 (hybrid, M = 36), written here from the standard's definition."""
    for candidate in ALPHABET:
        remainder = 36
        for position, char in enumerate(body + candidate):
            remainder = (remainder + ALPHABET.index(char)) % 36 or 36
            if position < len(body):
                remainder = remainder * 2 % 37
        if remainder == 1:
            return candidate
    raise AssertionError("no check character")


def identifier(type_code: str, issuer_code: str, serial: str, version: int, check=None) -> str:
    body = f"{type_code}{issuer_code}{serial}{version}"
    return f"{ROOT}.{type_code}.{issuer_code}.{serial}.{version}.{check or check_character(body)}"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def with_issuer_part(token: str, part: int, change) -> str:
    """Return the token with its issuer JWT header (0) or payload (1) changed, not re-signed."""
    issuer_jwt, disclosures, kb_jwt = split(token)
    pieces = issuer_jwt.split(".")
    document = json.loads(unb64(pieces[part]))
    change(document)
    pieces[part] = b64(json.dumps(document, separators=(",", ":")).encode())
    return "~".join([".".join(pieces), *disclosures, kb_jwt])


@pytest.fixture
def scene(client, container):
    """A licence holder, a bank counter allowed everything of a licence, and a presentation."""
    staff = issuer(client, container)
    licence = issued(client, staff, "driving_licence")
    desk, bank = register_verifier(client, container, purposes=[ALL_LICENCE])
    holder = resident(client)

    def show(disclose=("holder_name", "age_over_18"), certificate=licence, verifier=bank):
        return presented(
            client, holder, certificate["id"], verifier["id"], purpose="all", disclose=disclose
        )

    return {
        "staff": staff,
        "licence": licence,
        "desk": desk,
        "bank": bank,
        "holder": holder,
        "show": show,
    }


def reason(client, scene, token) -> str:
    return verify(client, scene["desk"], token)["reason"]


def test_a_valid_presentation_shows_the_certificate_and_only_what_was_disclosed(client, scene):
    result = verify(client, scene["desk"], scene["show"]()["token"])
    assert (result["valid"], result["reason"], result["message"]) == (True, "ok", "核验通过")
    assert (result["type"], result["status"], result["offline"]) == (
        "driving_licence",
        "valid",
        False,
    )
    assert result["issuer"]["name"] == "广东省公安厅交通管理局"
    values = {field["name"]: field["value"] for field in result["fields"]}
    assert values["holder_name"] == "陈小明" and values["age_over_18"] is True
    assert "birth_date" not in values and "holder_code" not in values


def test_a_replayed_presentation_is_refused(client, scene):
    token = scene["show"]()["token"]
    assert reason(client, scene, token) == "ok"
    second = verify(client, scene["desk"], token)
    assert (second["valid"], second["reason"], second["fields"]) == (False, "replayed", [])


def test_concurrent_replays_let_exactly_one_through(app, scene):
    token = scene["show"]()["token"]
    barrier, results = threading.Barrier(8), []

    def attempt():
        client = app.test_client()
        barrier.wait()
        response = client.post(VERIFY, json={"token": token}, headers=scene["desk"])
        results.append(response.json["reason"])

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["ok"] + ["replayed"] * 7


def test_an_expired_presentation_is_refused(client, scene, wiring):
    token = scene["show"]()["token"]
    wiring.clock.move(seconds=181)
    assert reason(client, scene, token) == "presentation_expired"


def test_a_presentation_from_the_future_is_refused(client, scene, wiring):
    token = scene["show"]()["token"]
    wiring.clock.move(seconds=-60)
    assert reason(client, scene, token) == "presentation_not_yet_valid"


def test_a_presentation_for_another_verifier_is_refused(client, container, scene):
    other_desk, _other = register_verifier(client, container, "hotel-th", purposes=[ALL_LICENCE])
    token = scene["show"]()["token"]
    result = verify(client, other_desk, token)
    assert result["reason"] == "audience_mismatch"
    assert reason(client, scene, token) == "ok"  # the one it was made for still can


def test_a_revoked_certificate_is_refused(client, scene):
    token = scene["show"]()["token"]
    client.post(
        f"/api/v1/issuer/certificates/{scene['licence']['id']}/revoke",
        json={"reason": "holder_deceased"},
        headers=scene["staff"],
    )
    result = verify(client, scene["desk"], token)
    assert (result["reason"], result["status"]) == ("revoked", "revoked")
    assert result["revocation"]["reason"] == "holder_deceased"


def test_a_certificate_the_register_does_not_hold_is_refused(client, scene, db):
    token = scene["show"]()["token"]
    db.certificates.delete_many({})
    assert reason(client, scene, token) == "unknown_certificate"


def test_a_certificate_not_yet_valid_is_refused(client, container, scene, wiring):
    tomorrow = wiring.clock().astimezone(CHINA_STANDARD_TIME).date() + timedelta(days=1)
    later = issued(client, scene["staff"], "driving_licence", valid_from=tomorrow.isoformat())
    token = scene["show"](certificate=later)["token"]
    assert reason(client, scene, token) == "certificate_not_yet_valid"


def test_a_certificate_that_expired_since_it_was_shown_is_refused(client, scene, wiring):
    now = wiring.clock().astimezone(CHINA_STANDARD_TIME)
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    wiring.clock.move(midnight.replace(tzinfo=CHINA_STANDARD_TIME) - now - timedelta(seconds=30))
    last_day = wiring.clock().astimezone(CHINA_STANDARD_TIME).date().isoformat()
    short = issued(client, scene["staff"], "driving_licence", valid_until=last_day)
    token = scene["show"](certificate=short)["token"]
    wiring.clock.move(seconds=60)
    assert reason(client, scene, token) == "certificate_expired"


def test_a_retired_issuer_key_is_refused(client, scene, wiring):
    token = scene["show"]()["token"]
    kid = json.loads(unb64(token.split(".")[0]))["kid"]
    wiring.ecert_seals.retire(get_type("driving_licence").issuer_code, kid)
    wiring.clock.move(seconds=1)
    assert reason(client, scene, token) == "key_retired"


def test_an_unknown_issuer_key_is_refused(client, scene):
    token = with_issuer_part(scene["show"]()["token"], 0, lambda header: header.update(kid="zzzz"))
    assert reason(client, scene, token) == "unknown_key"


def test_a_wrong_check_character_is_refused_as_such(client, scene):
    token = scene["show"]()["token"]
    licence = get_type("driving_licence")
    right = check_character(f"{licence.type_code}{licence.issuer_code}000000011")
    wrong = next(char for char in ALPHABET if char != right)
    forged = identifier(licence.type_code, licence.issuer_code, "00000001", 1, wrong)
    tampered = with_issuer_part(token, 1, lambda payload: payload.update(id=forged))
    assert reason(client, scene, tampered) == "identifier_check"


def test_an_identifier_naming_another_issuer_is_refused(client, scene):
    token = scene["show"]()["token"]
    police = get_type("resident_id_card").issuer_code
    forged = identifier(get_type("driving_licence").type_code, police, "00000001", 1)
    tampered = with_issuer_part(token, 1, lambda payload: payload.update(id=forged))
    assert reason(client, scene, tampered) == "wrong_issuer"


def test_a_changed_plain_claim_breaks_the_issuer_seal(client, scene):
    token = scene["show"]()["token"]
    tampered = with_issuer_part(token, 1, lambda payload: payload.update(cls="C1"))
    result = verify(client, scene["desk"], tampered)
    assert (result["reason"], result["fields"]) == ("bad_signature", [])


def test_a_swapped_disclosure_is_refused(client, scene):
    issuer_jwt, disclosures, kb_jwt = split(scene["show"]()["token"])
    forged = make_disclosure("n", "李四").encoded
    token = "~".join([issuer_jwt, forged, *disclosures[1:], kb_jwt])
    assert reason(client, scene, token) == "tampered_disclosure"


def test_a_dropped_disclosure_breaks_the_key_binding(client, scene):
    issuer_jwt, disclosures, kb_jwt = split(scene["show"]()["token"])
    token = "~".join([issuer_jwt, disclosures[0], kb_jwt])
    assert reason(client, scene, token) == "bad_key_binding"


@pytest.mark.parametrize("text", ["not a presentation", "a~b~c", "HC1:NCFOXN%TS3DH"])
def test_a_malformed_code_is_refused(client, scene, text):
    assert reason(client, scene, text) == "malformed"


def stored_sd_jwt(db, wiring) -> tuple[dict, str]:
    document = db.certificates.find_one({"type": "driving_licence"})
    return document, wiring.pii.decrypt(document["sd_jwt_enc"], "ecert.sd_jwt")


def store_sd_jwt(db, wiring, document: dict, sd_jwt: str) -> None:
    sealed = wiring.pii.encrypt(sd_jwt, "ecert.sd_jwt")
    db.certificates.update_one({"_id": document["_id"]}, {"$set": {"sd_jwt_enc": sealed}})


def next_char(text: str, position: int) -> str:
    """Return text with the character at position replaced by another of its kind."""
    char = text[position]
    other = "0123456789"[(int(char) + 1) % 10] if char.isdigit() else chr(ord(char) ^ 1)
    return text[:position] + other + text[position + 1 :]


SIGNED_CLAIMS = {
    "id": (lambda payload: payload.update(id=next_char(payload["id"], -5)), "identifier_check"),
    "vu": (lambda payload: payload.update(vu=next_char(payload["vu"], -1)), "bad_signature"),
    "cls": (lambda payload: payload.update(cls=next_char(payload["cls"], -1)), "bad_signature"),
    "fi": (lambda payload: payload.update(fi=next_char(payload["fi"], -1)), "bad_signature"),
    "cnf": (
        lambda payload: payload.update(cnf={"kid": next_char(payload["cnf"]["kid"], -1)}),
        "bad_signature",
    ),
}


@pytest.mark.parametrize("claim", sorted(SIGNED_CLAIMS))
def test_a_changed_byte_in_a_stored_signed_claim_is_refused(client, scene, db, wiring, claim):
    document, sd_jwt = stored_sd_jwt(db, wiring)
    change, expected = SIGNED_CLAIMS[claim]
    # The stored SD-JWT ends with "~" (no key binding yet): change its issuer JWT only.
    changed = with_issuer_part(sd_jwt + "x", 1, change)[:-1]
    assert changed != sd_jwt
    store_sd_jwt(db, wiring, document, changed)
    result = verify(client, scene["desk"], scene["show"](disclose=EVERYTHING)["token"])
    assert (result["valid"], result["reason"]) == (False, expected)


@pytest.mark.parametrize("claim", ["n", "hc", "o18"])
def test_a_changed_byte_in_a_stored_disclosure_is_refused(client, scene, db, wiring, claim):
    document, sd_jwt = stored_sd_jwt(db, wiring)
    issuer_jwt, disclosures, _ = split(sd_jwt + "x")
    names = [json.loads(unb64(encoded))[1] for encoded in disclosures]
    target = disclosures[names.index(claim)]
    salt, name, value = json.loads(unb64(target))
    altered = json.dumps([next_char(salt, 5), name, value], separators=(",", ":"))
    changed = sd_jwt.replace(target, b64(altered.encode()))
    store_sd_jwt(db, wiring, document, changed)
    result = verify(client, scene["desk"], scene["show"](disclose=EVERYTHING)["token"])
    assert (result["valid"], result["reason"]) == (False, "tampered_disclosure")


def test_every_attempt_on_a_held_certificate_is_in_the_holders_log(client, container, scene):
    token = scene["show"]()["token"]
    verify(client, scene["desk"], token)
    verify(client, scene["desk"], token)
    tampered = with_issuer_part(token, 1, lambda payload: payload.update(cls="C1"))
    verify(client, scene["desk"], tampered)
    log = client.get(f"{WALLET}/usage", headers=scene["holder"]).json["items"]
    assert [(e["action"], e["result"]) for e in log] == [
        ("verified", "bad_signature"),
        ("verified", "replayed"),
        ("verified", "ok"),
        ("presented", "ok"),
    ]
    assert log[0]["message"] == "发证机关签章无效（证照可能被伪造或篡改）"


def test_staff_of_no_registered_organisation_cannot_verify(client, container, scene):
    token = scene["show"]()["token"]
    loose = login_staff(client, container, "verifier", "loose-desk")
    response = client.post(VERIFY, json={"token": token}, headers=loose)
    assert (response.status_code, response.json["error"]) == (403, "ecert.verifier_not_registered")
    assert reason(client, scene, token) == "ok"  # the refusal used nothing up


@pytest.mark.parametrize("who", ["resident", "issuer"])
def test_only_verifiers_and_clerks_verify(client, container, scene, who):
    headers = (
        login_resident(client, "13900000088")
        if who == "resident"
        else login_staff(client, container, "issuer", "issuer-9")
    )
    response = client.post(VERIFY, json={"token": "x"}, headers=headers)
    assert response.status_code == 403


def test_a_verifier_sees_its_own_registration(client, scene):
    response = client.get("/api/v1/ecert/organisation", headers=scene["desk"])
    assert response.json["audience"] == "v:icbc-th"
    assert [purpose["code"] for purpose in response.json["purposes"]] == ["all"]
