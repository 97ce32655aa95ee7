"""Cross-region recognition (转码): a holder converts a partner region's signed green code."""

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.cli import CLI_ACTOR
from core.clock import utcnow
from health_code.codes.base45 import base45_decode, base45_encode
from health_code.codes.partner_token import PartnerClaims, issue_partner_code
from partner_sim import keyfile
from tests.factories import login_resident, login_staff, run_cli
from tests.health_code_factories import declare, real_named, show

CONVERSIONS = "/api/v1/health-code/conversions"
REGIONS = "/api/v1/admin/partner-regions"
REPO_ROOT = Path(__file__).resolve().parents[2]


def partner(region: str = "MO") -> dict:
    """Return a partner region's key file with one signing key."""
    document = keyfile.new_key_file(region, "澳门")
    keyfile.add_key(document, utcnow() - timedelta(days=1))
    return document


def code(
    document: dict,
    colour: str = "green",
    minutes: int = 10,
    name: str = "陈*明",
    issued_ago: timedelta = timedelta(0),
    subject: bytes = b"mo-0001",
) -> str:
    """Issue a partner code as the partner region would."""
    issued_at = utcnow() - issued_ago
    claims = PartnerClaims(colour, issued_at, issued_at + timedelta(minutes=minutes), subject, name)
    return issue_partner_code(document["region"], claims, keyfile.signing_key(document, issued_at))


def trust(container, document: dict, **entry) -> None:
    """Put the partner on the trust list as an administrator would."""
    fields = {
        "name": "澳门",
        "keys": keyfile.public_key_set(document).to_dict(),
        "freshness_minutes": 60,
        "enabled": True,
        **entry,
    }
    container.partners.trust_region(document["region"], fields, "admin-1", CLI_ACTOR)


def convert(client, headers, token: str):
    return client.post(CONVERSIONS, json={"token": token}, headers=headers)


@pytest.fixture
def macau(container) -> dict:
    document = partner()
    trust(container, document)
    return document


def test_a_valid_green_code_becomes_a_local_conversion_record(client, macau):
    headers = real_named(client)
    token = code(macau, minutes=10)

    response = convert(client, headers, token)

    assert response.status_code == 201, response.json
    body = response.json
    assert (body["region"], body["colour"], body["masked_name"]) == ("MO", "green", "陈*明")
    lasted = _at(body["expires_at"]) - _at(body["verified_at"])
    assert timedelta(minutes=9) < lasted <= timedelta(minutes=10)
    assert body["code"]["colour"] == "green"
    assert body["code"]["token"].startswith("HC1:")


def test_the_conversion_is_shown_among_the_reasons_of_my_code(client, macau):
    headers = real_named(client)
    convert(client, headers, code(macau))

    reasons = show(client, headers)["reasons"]

    assert [(r["rule_id"], r["colour"]) for r in reasons] == [("partner_region_code", "green")]
    assert "MO" in reasons[0]["summary"]["en"]


def test_a_long_lived_partner_code_counts_locally_for_at_most_a_day(client, macau):
    body = convert(client, real_named(client), code(macau, minutes=3 * 24 * 60)).json

    assert _at(body["expires_at"]) - _at(body["verified_at"]) == timedelta(hours=24)


def test_a_partner_green_does_not_lower_a_local_yellow(client, macau):
    headers = real_named(client)
    declare(client, headers, symptoms=True)

    body = convert(client, headers, code(macau)).json

    assert body["code"]["colour"] == "yellow"
    assert {r["rule_id"] for r in body["code"]["reasons"]} == {
        "symptoms_declared",
        "partner_region_code",
    }


@pytest.mark.parametrize("token", ["not a code", "HC1:6BF", "MOHC1:", "MOHC1:%%%", "mohc1:ABC"])
def test_text_that_is_no_partner_code_is_malformed(client, macau, token):
    response = convert(client, real_named(client), token)

    assert (response.status_code, response.json["error"]) == (422, "partner.malformed")


def test_a_local_health_code_is_not_a_partner_code(client, macau):
    headers = real_named(client)

    response = convert(client, headers, show(client, headers)["token"])

    assert response.json["error"] == "partner.malformed"


def test_a_region_not_on_the_trust_list_is_refused(client, macau):
    response = convert(client, real_named(client), code(partner("HK")))

    assert (response.status_code, response.json["error"]) == (422, "partner.unknown_region")


def test_a_disabled_region_is_refused(client, container, macau):
    trust(container, macau, enabled=False)

    response = convert(client, real_named(client), code(macau))

    assert response.json["error"] == "partner.unknown_region"


def test_a_key_the_trust_list_does_not_hold_is_refused(client, macau):
    impostor = partner("MO")

    response = convert(client, real_named(client), code(impostor))

    assert response.json["error"] == "partner.unknown_key"


def test_a_retired_partner_key_is_refused(client, container, macau):
    keys = keyfile.public_key_set(macau)
    kid = next(iter(keys)).kid
    trust(container, macau, keys=keys.retire(kid, utcnow() - timedelta(minutes=1)).to_dict())

    response = convert(client, real_named(client), code(macau))

    assert response.json["error"] == "partner.key_retired"


def test_a_code_signed_with_another_key_under_a_trusted_kid_is_refused(client, macau):
    impostor = partner("MO")
    impostor["keys"][0]["kid"] = macau["keys"][0]["kid"]

    response = convert(client, real_named(client), code(impostor))

    assert response.json["error"] == "partner.bad_signature"


def test_an_altered_code_is_refused(client, macau):
    yellow = code(macau, colour="yellow")
    prefix, body = yellow.split(":", 1)
    raw = bytearray(base45_decode(body))
    raw[0] &= 0b11001111  # yellow -> green, signature unchanged

    response = convert(client, real_named(client), f"{prefix}:{base45_encode(bytes(raw))}")

    assert response.json["error"] == "partner.bad_signature"


@pytest.mark.parametrize(
    ("minutes", "issued_ago", "error"),
    [
        (10, timedelta(minutes=-10), "partner.not_yet_valid"),
        (10, timedelta(minutes=20), "partner.expired"),
        (180, timedelta(minutes=90), "partner.too_old"),
    ],
    ids=["issued-in-future", "expired", "older-than-freshness-window"],
)
def test_codes_outside_their_time_window_are_refused(client, macau, minutes, issued_ago, error):
    response = convert(
        client, real_named(client), code(macau, minutes=minutes, issued_ago=issued_ago)
    )

    assert (response.status_code, response.json["error"]) == (422, error)


def test_the_freshness_window_is_the_regions_own(client, container, macau):
    trust(container, macau, freshness_minutes=120)

    response = convert(
        client, real_named(client), code(macau, minutes=180, issued_ago=timedelta(minutes=90))
    )

    assert response.status_code == 201


@pytest.mark.parametrize("colour", ["yellow", "red"])
def test_only_a_green_code_is_converted(client, macau, colour):
    headers = real_named(client)

    response = convert(client, headers, code(macau, colour=colour))

    assert (response.status_code, response.json["error"]) == (422, "partner.not_green")
    assert show(client, headers)["colour"] == "green"


def test_someone_elses_code_is_refused_by_its_masked_name(client, macau):
    response = convert(client, real_named(client), code(macau, name="李*华"))

    assert response.json["error"] == "partner.name_mismatch"


def test_the_same_code_is_converted_once(client, macau):
    headers = real_named(client)
    token = code(macau)
    convert(client, headers, token)

    response = convert(client, headers, token)

    assert (response.status_code, response.json["error"]) == (409, "partner.already_converted")


def test_converting_needs_a_real_name(client, macau):
    response = convert(client, login_resident(client), code(macau))

    assert (response.status_code, response.json["error"]) == (403, "identity.needs_real_name")


def test_my_conversions_are_listed_newest_first_and_only_mine(client, macau):
    mine, theirs = real_named(client, 0), real_named(client, 1)
    convert(client, mine, code(macau, subject=b"first"))
    convert(client, mine, code(macau, subject=b"second", minutes=20))
    convert(client, theirs, code(macau, subject=b"theirs"))

    listed = client.get(CONVERSIONS, headers=mine).json["items"]

    lasted = [_at(c["expires_at"]) - _at(c["verified_at"]) for c in listed]
    assert [round(span / timedelta(minutes=1)) for span in lasted] == [20, 10]


def test_refusals_and_conversions_are_audited(client, db, macau):
    headers = real_named(client)
    convert(client, headers, code(macau, colour="red"))
    convert(client, headers, code(macau))

    events = list(db.audit_events.find({"event": "health_code.partner_conversion"}).sort("at", 1))

    assert [(e["outcome"], e["details"].get("reason")) for e in events] == [
        ("refused", "partner.not_green"),
        ("ok", None),
    ]


def admin(client, container) -> dict:
    return login_staff(client, container, "admin")


def put_region(client, headers, document: dict, region: str = "MO", **fields):
    body = {"name": "澳门", "keys": keyfile.public_key_set(document).to_dict(), **fields}
    return client.put(f"{REGIONS}/{region}", json=body, headers=headers)


def test_an_admin_puts_a_region_on_the_trust_list(client, container):
    headers = admin(client, container)
    document = partner()

    response = put_region(client, headers, document, freshness_minutes=30)

    assert response.status_code == 200, response.json
    entry = response.json
    assert (entry["region"], entry["freshness_minutes"], entry["enabled"]) == ("MO", 30, True)
    assert [key["kid"] for key in entry["keys"]["keys"]] == [document["keys"][0]["kid"]]
    assert client.get(REGIONS, headers=headers).json["items"] == [entry]


def test_the_trust_list_takes_the_partners_published_keys_as_given(client, container):
    headers = admin(client, container)
    document = partner()
    put_region(client, headers, document)

    response = convert(client, real_named(client, 0), code(document))

    assert response.status_code == 201


KEY_SETS = {
    "public": lambda doc: keyfile.public_key_set(doc).to_dict(),
    "empty": lambda doc: {"keys": []},
    "not-a-key": lambda doc: {"keys": [{"kid": "k1"}]},
    "private": lambda doc: doc,
}


@pytest.mark.parametrize(
    ("region", "keys", "error"),
    [
        ("mo", "public", "partner.region_invalid"),
        ("MAC", "public", "partner.region_invalid"),
        ("MO", "empty", "partner.keys_invalid"),
        ("MO", "not-a-key", "partner.keys_invalid"),
        ("MO", "private", "partner.keys_invalid"),
    ],
)
def test_a_bad_region_or_key_set_is_refused(client, container, region, keys, error):
    body = {"name": "澳门", "keys": KEY_SETS[keys](partner())}

    response = client.put(f"{REGIONS}/{region}", json=body, headers=admin(client, container))

    assert (response.status_code, response.json["error"]) == (422, error)


@pytest.mark.parametrize("freshness", [0, 1441])
def test_the_freshness_window_has_bounds(client, container, freshness):
    response = put_region(client, admin(client, container), partner(), freshness_minutes=freshness)

    assert response.status_code == 422


@pytest.mark.parametrize("who", ["resident", "health_authority"])
def test_only_an_admin_keeps_the_trust_list(client, container, who):
    headers = login_resident(client) if who == "resident" else login_staff(client, container, who)

    assert put_region(client, headers, partner()).status_code == 403
    assert client.get(REGIONS, headers=headers).status_code == 403


def test_the_flask_command_trusts_a_region_from_its_public_key_file(app, client, tmp_path):
    document = partner()
    path = tmp_path / "mo-public.json"
    path.write_text(json.dumps(keyfile.public_key_set(document).to_dict()))

    result = run_cli(app, "add-partner-region", "MO", "--keys", str(path), "--name", "澳门")

    assert result.exit_code == 0, result.output
    assert convert(client, real_named(client), code(document)).status_code == 201


def test_the_flask_command_refuses_a_private_key_file(app, tmp_path):
    path = tmp_path / "partner-keys.json"
    keyfile.save(str(path), partner())

    result = run_cli(app, "add-partner-region", "MO", "--keys", str(path), "--name", "澳门")

    assert result.exit_code != 0
    assert "partner_regions" not in app.extensions["mongo_db"].list_collection_names()


def _sim(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "partner_sim", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_a_code_the_simulator_issues_is_accepted_once_its_region_is_trusted(app, client, tmp_path):
    keys, public = tmp_path / "partner-keys.json", tmp_path / "mo-public.json"
    _sim("keygen", "--keys", str(keys))
    public.write_text(_sim("keys", "--keys", str(keys), "--public"))
    token = _sim(
        "issue", "--keys", str(keys), "--colour", "green", "--minutes", "10", "--name", "陈*明"
    ).strip()
    headers = real_named(client)
    assert convert(client, headers, token).json["error"] == "partner.unknown_region"

    run_cli(app, "add-partner-region", "MO", "--keys", str(public), "--name", "澳门")

    assert convert(client, headers, token).status_code == 201


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)
