from datetime import timedelta

import pytest

from core.errors import ServiceError
from ecert.holdings import ServicesWallet
from ecert.usage import presentation_entry
from ecert.verification import Reason, Verification
from tests.ecert_factories import NOW, issue_sample, make_engine

APP = {"kind": "application", "id": "svc-school-enrol", "name": "义务教育入学报名"}
BANK = {"kind": "verifier", "id": "v:bank-7", "name": "某银行天河支行"}
PURPOSE = "入学资格审核"


@pytest.fixture
def engine():
    return make_engine()


def grant(engine, record, grantee=APP, **terms):
    terms = {
        "purpose": PURPOSE,
        "fields": ["holder_name", "address"],
        "expires_at": NOW + timedelta(days=30),
        **terms,
    }
    return engine.grants.grant(record["person_index"], record["identifier"], grantee, **terms)


def use(engine, granted, grantee=APP, purpose=PURPOSE):
    return engine.grants.use(grantee, granted["id"], purpose)


def test_grantee_reads_only_the_granted_fields(engine):
    record = issue_sample(engine, "household_register")
    granted = grant(engine, record)

    answer = use(engine, granted)

    assert answer == {
        "identifier": record["identifier"],
        "type": "household_register",
        "fields": {"holder_name": "王小明", "address": record["fields"]["address"]},
    }


def test_every_use_is_logged_for_the_holder_failures_too(engine):
    record = issue_sample(engine, "household_register")
    granted = grant(engine, record)
    use(engine, granted)
    with pytest.raises(ServiceError) as refused:
        use(engine, granted, purpose="营销")
    assert refused.value.key == "ecert.grant_purpose"

    entries, total = engine.usage_log.for_holder("p-wang", limit=10, offset=0)

    assert total == 2
    failed, ok = entries
    assert ok == {
        "person_index": "p-wang",
        "identifier": record["identifier"],
        "type": "household_register",
        "channel": "grant",
        "actor": APP,
        "at": NOW,
        "fields": ["holder_name", "address"],
        "purpose": PURPOSE,
        "result": "ok",
        "reference": granted["id"],
        "action": "used",
    }
    assert (failed["result"], failed["fields"], failed["purpose"]) == (
        "ecert.grant_purpose",
        [],
        "营销",
    )


def test_withdrawn_and_expired_grants_refuse_use(engine):
    record = issue_sample(engine, "household_register")
    withdrawn, lapsing = (
        grant(engine, record),
        grant(engine, record, expires_at=NOW + timedelta(days=1)),
    )
    engine.grants.withdraw("p-wang", withdrawn["id"])
    engine.clock.move(days=2)

    for granted, key in ((withdrawn, "ecert.grant_withdrawn"), (lapsing, "ecert.grant_expired")):
        with pytest.raises(ServiceError) as refused:
            use(engine, granted)
        assert (refused.value.key, refused.value.kind) == (key, "forbidden")


def test_only_the_holder_withdraws_and_only_once(engine):
    granted = grant(engine, issue_sample(engine, "household_register"))

    with pytest.raises(ServiceError) as refused:
        engine.grants.withdraw("p-someone-else", granted["id"])
    assert refused.value.key == "ecert.grant_not_found"

    engine.grants.withdraw("p-wang", granted["id"])
    with pytest.raises(ServiceError) as again:
        engine.grants.withdraw("p-wang", granted["id"])
    assert again.value.key == "ecert.grant_withdrawn"


def test_another_grantee_cannot_use_a_grant(engine):
    granted = grant(engine, issue_sample(engine, "household_register"))

    with pytest.raises(ServiceError) as refused:
        use(engine, granted, grantee={**APP, "id": "svc-other"})

    assert refused.value.key == "ecert.grant_not_found"


def test_both_sides_list_their_grants_with_state(engine):
    record = issue_sample(engine, "household_register")
    grant(engine, record)
    engine.clock.move(minutes=1)
    to_bank = grant(engine, record, grantee=BANK, fields=["holder_name"])
    engine.grants.withdraw("p-wang", to_bank["id"])

    mine = engine.grants.for_holder("p-wang")
    banks = engine.grants.for_grantee("verifier", "v:bank-7")

    assert mine["total"] == 2
    assert [g["state"] for g in mine["items"]] == ["withdrawn", "active"]
    assert [g["id"] for g in banks["items"]] == [to_bank["id"]] and banks["total"] == 1


@pytest.mark.parametrize(
    ("terms", "errors"),
    [
        ({"fields": ["birth_date", "nickname"]}, {"fields": ["ecert.field.not_readable"]}),
        ({"fields": []}, {"fields": ["ecert.field.not_readable"]}),
        ({"purpose": ""}, {"purpose": ["ecert.field.purpose"]}),
        ({"expires_at": NOW - timedelta(seconds=1)}, {"expires_at": ["ecert.field.grant_expiry"]}),
        ({"expires_at": NOW + timedelta(days=400)}, {"expires_at": ["ecert.field.grant_expiry"]}),
    ],
)
def test_grant_terms_are_checked(engine, terms, errors):
    record = issue_sample(engine, "household_register")
    terms = {"fields": ["holder_name", "birth_date"], **terms}

    with pytest.raises(ServiceError) as refused:
        grant(engine, record, **terms)

    assert refused.value.key == "ecert.grant_invalid"
    assert {k: v for k, v in refused.value.errors.items() if k in errors} == errors


def test_only_the_holder_grants_a_valid_certificate(engine):
    record = issue_sample(engine, "household_register")

    with pytest.raises(ServiceError) as refused:
        engine.grants.grant("p-other", record["identifier"], APP, purpose=PURPOSE)
    assert refused.value.key == "ecert.certificate_not_found"

    engine.issuance.revoke(record["identifier"], "withdrawn")
    with pytest.raises(ServiceError) as revoked:
        grant(engine, record)
    assert revoked.value.key == "ecert.certificate_revoked"


def test_grant_follows_the_certificate_across_a_reissue_and_stops_at_revocation(engine):
    record = issue_sample(engine, "household_register")
    granted = grant(engine, record)
    moved = {"area": "440303", "line": "深圳市罗湖区某路1号"}
    newer = engine.issuance.reissue(record["identifier"], {"address": moved})

    assert use(engine, granted)["fields"]["address"] == moved

    engine.issuance.revoke(newer["identifier"], "withdrawn")
    with pytest.raises(ServiceError) as refused:
        use(engine, granted)
    assert refused.value.key == "ecert.certificate_revoked"


def test_services_engine_sees_only_valid_certificates_of_the_type_without_values(engine):
    kept = issue_sample(engine, "resident_id_card")
    revoked = issue_sample(engine, "resident_id_card")
    engine.issuance.revoke(revoked["identifier"], "replaced")
    issue_sample(engine, "resident_id_card", valid_until="2025-02-28")
    issue_sample(engine, "passport")
    issue_sample(engine, "resident_id_card", person_index="p-other")
    wallet = ServicesWallet(engine.certificates, engine.grants, engine.clock)

    (summary,) = wallet.valid_certificates("p-wang", "resident_id_card")

    assert summary["identifier"] == kept["identifier"]
    assert summary["status"] == "valid" and summary["valid_until"] == "2030-07-01"
    assert not {"fields", "holder_code", "holder_name", "sd_jwt"} & set(summary)


def test_services_engine_uses_a_grant_made_to_its_application(engine):
    record = issue_sample(engine, "household_register")
    granted = grant(engine, record, fields=["holder_name"])
    wallet = ServicesWallet(engine.certificates, engine.grants, engine.clock)

    answer = wallet.authorised_use(APP["id"], granted["id"], PURPOSE)

    assert answer["fields"] == {"holder_name": "王小明"}
    with pytest.raises(ServiceError):
        wallet.authorised_use("svc-other", granted["id"], PURPOSE)


def test_presentation_log_entry_names_the_shared_fields_and_the_result():
    checked = Verification(
        True,
        Reason.OK,
        offline=False,
        identifier="1.2.156.3005.2.x",
        type="passport",
        presentation_id="nonce-1",
        fields={"holder_name": "王小明", "age_over_18": True},
    )

    entry = presentation_entry(checked, "p-wang", {"id": "v:1", "name": "地铁"}, NOW, "乘车")

    assert entry["channel"] == "presentation"
    assert entry["actor"] == {"kind": "verifier", "id": "v:1", "name": "地铁"}
    assert (entry["fields"], entry["result"], entry["reference"]) == (
        ["age_over_18", "holder_name"],
        "ok",
        "nonce-1",
    )
