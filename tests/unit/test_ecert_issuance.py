import json
from datetime import date, datetime, timedelta

import pytest

from core.errors import ServiceError
from ecert.catalogue import get_type
from ecert.derived import next_age_change, stale_derived_claims
from ecert.identifiers import parse_identifier
from ecert.metadata import metadata, status_at
from ecert.sd_jwt import (
    b64url,
    b64url_decode,
    compact_json,
    read_disclosure,
    read_jwt,
    signature_holds,
    split,
)
from tests.ecert_factories import NOW, issue_sample, make_engine, resident_id, sample_content


def disclosed_claims(record: dict) -> dict:
    _, disclosures, _ = split(record["sd_jwt"])
    return {d.name: d.value for d in map(read_disclosure, disclosures)}


def issuer_payload(record: dict) -> dict:
    return read_jwt(split(record["sd_jwt"])[0])[1]


def test_issue_signs_plain_claims_and_hides_personal_ones():
    engine = make_engine()

    record = issue_sample(engine, "driving_licence")

    payload = issuer_payload(record)
    assert payload["id"] == record["identifier"]
    assert payload["vu"] == "2030-07-01" and "vf" not in payload  # valid since before issue
    assert payload["cls"] == "A1"  # licence class: a plain claim
    assert payload["cnf"] == {"kid": engine.wallet_keys.binding_kid()}
    assert "王小明" not in json.dumps(payload, ensure_ascii=False)
    hidden = disclosed_claims(record)
    assert hidden["n"] == "王小明"
    assert hidden["hc"] == ["resident_id", record["holder_code"]]
    assert hidden["bd"] == "1990-05-17"
    assert len(payload["_sd"]) == len(hidden)  # no decoys


def test_identifier_and_metadata_per_the_standards():
    engine = make_engine()

    record = issue_sample(engine, "passport", "p-1", {"service_item": "11440000X"})

    identifier = parse_identifier(record["identifier"])
    passport = get_type("passport")
    assert (identifier.type_code, identifier.issuer_code) == (
        passport.type_code,
        passport.issuer_code,
    )
    assert (identifier.serial, identifier.version) == ("00000001", 1)
    info = metadata(record, NOW)
    assert info["holder"] == {
        "person_index": "p-1",
        "name": "王小明",
        "code": record["holder_code"],
        "code_type": "resident_id",
    }
    assert info["issuer"] == {"name": "广东省公安厅出入境管理局", "code": passport.issuer_code}
    assert info["area_code"] == "440000"
    assert info["status"] == "valid" and info["revocation"] is None
    assert info["service_item"] == "11440000X"
    assert issue_sample(engine, "passport")["serial"] == "00000002"


def test_issuer_content_is_checked_and_refusals_name_the_fields():
    engine = make_engine()
    content = sample_content(get_type("resident_id_card"), birth_date="1990-02-30")
    content.update(holder_code="440106199005171230", nickname="x")

    with pytest.raises(ServiceError) as refused:
        engine.issuance.issue("resident_id_card", "p-1", content)

    assert refused.value.key == "ecert.content_invalid"
    assert refused.value.errors == {
        "birth_date": ["ecert.field.date_invalid"],
        "holder_code": ["identity.document_invalid.check_digit"],
        "nickname": ["ecert.field.unknown"],
    }


def test_future_start_of_validity_is_signed():
    engine = make_engine()

    record = issue_sample(engine, "passport", valid_from="2025-04-01")

    assert issuer_payload(record)["vf"] == "2025-04-01"


@pytest.mark.parametrize(
    ("birth_date", "over_18", "over_60"),
    [
        ("2007-03-01", True, False),  # 18 today (NOW is 2025-03-01 in China)
        ("2007-03-02", False, False),  # 18 tomorrow
        ("1965-03-01", True, True),
        ("1965-03-02", True, False),
    ],
)
def test_age_claims_from_the_birth_date(birth_date, over_18, over_60):
    engine = make_engine()

    record = issue_sample(engine, "driving_licence", birth_date=birth_date)

    assert disclosed_claims(record)["o18"] is over_18
    assert disclosed_claims(record)["o60"] is over_60


@pytest.mark.parametrize(("area", "in_guangdong"), [("440106", True), ("430102", False)])
def test_household_in_guangdong_from_the_household_address(area, in_guangdong):
    engine = make_engine()
    address = {"area": area, "line": "某区某路1号"}

    record = issue_sample(engine, "resident_id_card", address=address)

    assert disclosed_claims(record)["hgd"] is in_guangdong


def test_no_derived_claims_where_nothing_to_derive_from():
    engine = make_engine()

    claims = disclosed_claims(issue_sample(engine, "lawyer_licence"))

    assert set(claims) == {"n", "hc"}


def test_next_age_change_and_stale_claims_tell_when_to_reissue():
    engine = make_engine()
    record = issue_sample(engine, "resident_id_card", birth_date="2007-03-20")
    licence = get_type("resident_id_card")

    assert record["derived_refresh_on"] == "2025-03-20"
    assert next_age_change(record["fields"], date(2025, 3, 20)) == date(2067, 3, 20)
    assert stale_derived_claims(licence, record, date(2025, 3, 19)) == []
    assert stale_derived_claims(licence, record, date(2025, 3, 20)) == ["age_over_18"]
    moved = stale_derived_claims(licence, record, date(2025, 3, 1), household_area="110105")
    assert moved == ["household_in_guangdong"]


def test_leap_day_birthday_turns_on_the_first_of_march():
    record = {"fields": {"birth_date": "2008-02-29"}}

    assert next_age_change(record["fields"], date(2025, 1, 1)) == date(2026, 3, 1)


def test_refresh_on_the_18th_birthday_reissues_with_the_new_claim():
    engine = make_engine()
    record = issue_sample(engine, "resident_id_card", birth_date="2007-03-02")
    assert engine.issuance.refresh_derived(record["identifier"]) is None

    engine.clock.move(days=1)
    refreshed = engine.issuance.refresh_derived(record["identifier"])

    assert refreshed["version"] == 2 and refreshed["serial"] == record["serial"]
    assert disclosed_claims(refreshed)["o18"] is True
    old = engine.certificates.find(record["identifier"])
    assert (old["status"], old["revocation_reason"]) == ("revoked", "superseded")


def test_household_move_reissues_with_the_new_area():
    engine = make_engine()
    record = issue_sample(engine, "household_register")

    moved = engine.issuance.refresh_derived(record["identifier"], household_area="110105")

    assert moved["fields"]["address"]["area"] == "110105"
    assert disclosed_claims(moved)["hgd"] is False


def test_reissue_is_a_new_version_and_supersedes_the_old():
    engine = make_engine()
    record = issue_sample(engine, "vehicle_licence")

    newer = engine.issuance.reissue(record["identifier"], {"plate": "粤B54321"})

    assert parse_identifier(newer["identifier"]).version == 2
    assert newer["identifier"] != record["identifier"]
    assert disclosed_claims(newer)["pl"] == "粤B54321"
    assert engine.certificates.find(record["identifier"])["status"] == "revoked"
    with pytest.raises(ServiceError) as refused:
        engine.issuance.reissue(record["identifier"], {})
    assert refused.value.key == "ecert.certificate_revoked"


def test_revoke_needs_a_known_reason_and_records_it():
    engine = make_engine()
    record = issue_sample(engine, "passport")

    with pytest.raises(ServiceError) as refused:
        engine.issuance.revoke(record["identifier"], "because")
    assert refused.value.key == "ecert.revocation_reason"

    revoked = engine.issuance.revoke(record["identifier"], "replaced")

    assert (revoked["status"], revoked["revocation_reason"]) == ("revoked", "replaced")
    assert revoked["revoked_at"] == NOW
    assert status_at(revoked, NOW) == "revoked"


def test_revoking_an_identifier_with_a_wrong_check_character_is_refused_as_such():
    engine = make_engine()
    identifier = issue_sample(engine, "passport")["identifier"]
    altered = identifier[:-1] + ("A" if identifier[-1] != "A" else "B")

    with pytest.raises(ServiceError) as refused:
        engine.issuance.revoke(altered, "withdrawn")

    assert refused.value.key == "ecert.identifier_check"


def test_expiry_follows_valid_until_in_china_time():
    record = issue_sample(make_engine(), "passport", valid_until="2025-03-01")

    assert status_at(record, datetime.fromisoformat("2025-03-01T23:59:59+08:00")) == "valid"
    assert status_at(record, datetime.fromisoformat("2025-03-02T00:00:00+08:00")) == "expired"


def test_any_change_to_the_signed_content_breaks_the_signature():
    engine = make_engine()
    record = issue_sample(engine, "driving_licence")
    header, payload_part, signature = split(record["sd_jwt"])[0].split(".")
    payload = json.loads(b64url_decode(payload_part))
    key = engine.seals.signing_key(get_type("driving_licence").issuer_code)

    for claim, value in (("cls", "A2"), ("vu", "2035-07-01"), ("_sd", payload["_sd"][1:])):
        altered = {**payload, claim: value}
        token = f"{header}.{b64url(compact_json(altered))}.{signature}"
        assert not signature_holds(token, key.private_key.public_key()), claim
    intact = f"{header}.{payload_part}.{signature}"
    assert signature_holds(intact, key.private_key.public_key())


def test_holder_codes_are_canonical_and_restricted_by_type():
    engine = make_engine()
    content = sample_content(get_type("resident_id_card"), holder_code=resident_id().lower())

    record = engine.issuance.issue("resident_id_card", "p-1", content)

    assert record["holder_code"] == resident_id()
    wrong = sample_content(
        get_type("resident_id_card"), holder_code_type="taiwan_permit", holder_code="01234567"
    )
    with pytest.raises(ServiceError) as refused:
        engine.issuance.issue("resident_id_card", "p-1", wrong)
    assert refused.value.errors == {"holder_code_type": ["ecert.field.code_type_not_allowed"]}


def test_records_bind_to_the_wallet_key_current_at_issue():
    engine = make_engine()
    first = issue_sample(engine, "passport")
    engine.clock.move(timedelta(days=31))
    engine.wallet_keys.rotate()

    second = issue_sample(engine, "passport")

    assert first["wallet_kid"] != second["wallet_kid"]
    assert issuer_payload(second)["cnf"]["kid"] == second["wallet_kid"]
