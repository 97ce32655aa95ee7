"""Instant approval (秒办): rules as data decide at submission and name the rule that decided."""

from datetime import UTC, datetime

import pytest

from services.assurance import step_up_needed
from services.catalogue import all_items
from services.instant_approval import ALL_RULES_MET, NOT_OFFERED, age_on, applicant_facts, decide

NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)  # 2 December 2026 in China
ITEMS = {item["name"]["zh-CN"]: item for item in all_items()}
RENEW_LICENCE = ITEMS["机动车驾驶证有效期满换证"]


def licence(valid_until="2027-01-15", status="valid") -> dict:
    return {
        "type": "driving_licence",
        "identifier": "1.2.156.x",
        "status": status,
        "issued_on": "2021-01-15",
        "valid_until": valid_until,
        "fields": {},
    }


def facts(**changes) -> dict:
    """Facts of a 40-year-old Guangdong driver whose licence runs out in six weeks."""
    base = {
        "birth_date": "1986-05-20",
        "household_region": "440106",
        "level": "L2",
        "certificates": {"driving_licence": [licence()]},
        "open_case": False,
    }
    return {**base, **changes}


def test_all_rules_met_approves_at_once():
    decision = decide(RENEW_LICENCE, facts(), NOW)
    assert decision.instant and decision.decided_by == ALL_RULES_MET
    assert decision.checked == (
        "holds_certificate",
        "certificate_expires_within",
        "age_between",
        "no_open_case",
    )


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"certificates": {}}, "holds_certificate"),
        ({"certificates": {"driving_licence": [licence(status="revoked")]}}, "holds_certificate"),
        ({"certificates": {"driving_licence": [licence("2026-12-01")]}}, "holds_certificate"),
        (
            {"certificates": {"driving_licence": [licence("2027-06-30")]}},
            "certificate_expires_within",
        ),
        ({"birth_date": "1950-01-01"}, "age_between"),
        ({"birth_date": None}, "age_between"),
        ({"open_case": True}, "no_open_case"),
        ({"open_case": None}, "no_open_case"),
    ],
)
def test_the_first_rule_that_fails_is_named_and_a_clerk_decides(changes, rule):
    decision = decide(RENEW_LICENCE, facts(**changes), NOW)
    assert not decision.instant
    assert decision.decided_by == rule


def test_missing_facts_never_approve():
    assert decide(RENEW_LICENCE, {}, NOW).instant is False


def test_a_service_without_rules_is_not_offered():
    passport = ITEMS["普通护照首次申领"]
    assert decide(passport, facts(), NOW).decided_by == NOT_OFFERED


def test_household_region_and_level_rules():
    record = ITEMS["开具无犯罪记录证明"]
    assert decide(record, facts(level="L3"), NOW).instant
    outsider = decide(record, facts(level="L3", household_region="110105"), NOW)
    assert outsider.decided_by == "household_region"
    assert decide(record, facts(level="L2"), NOW).decided_by == "level_at_least"


def test_lacks_certificate_for_a_first_issue():
    voucher = ITEMS["医保电子凭证激活"]
    assert decide(voucher, facts(level="L3", certificates={}), NOW).instant
    held = {"medical_insurance_voucher": [{"status": "valid", "valid_until": None}]}
    refused = decide(voucher, facts(level="L3", certificates=held), NOW)
    assert refused.decided_by == "lacks_certificate"


def test_age_turns_on_the_birthday_in_china():
    # 16:30 UTC on 1 December is 2 December in China: the 80th birthday has come.
    assert age_on("1946-12-02", datetime(2026, 12, 1, 16, 30, tzinfo=UTC).date()) == 79
    allowance = ITEMS["高龄老人津贴申领"]
    just_80 = facts(birth_date="1946-12-02")
    assert decide(allowance, just_80, datetime(2026, 12, 1, 16, 30, tzinfo=UTC)).instant
    assert not decide(allowance, just_80, datetime(2026, 12, 1, 15, 30, tzinfo=UTC)).instant


def test_facts_take_the_household_region_from_the_household_register():
    register = {"status": "valid", "issued_on": "2020-01-01", "fields": {"region": "440304"}}
    held = {"household_register": [register]}
    gathered = applicant_facts({"birth_date": "1990-01-01"}, held, "L2", open_case=False)
    assert gathered["household_region"] == "440304"
    assert decide(ITEMS["开具无犯罪记录证明"], {**gathered, "level": "L3"}, NOW).instant
    profile_only = applicant_facts({"household_region": "110105"}, {}, "L3", open_case=False)
    assert profile_only["household_region"] == "110105"


@pytest.mark.parametrize(
    ("level", "needed"),
    [(None, "L3"), ("L1", "L3"), ("L2", "L3"), ("L3", None)],
)
def test_a_lower_level_gets_a_step_up_rather_than_a_refusal(level, needed):
    answer = step_up_needed(ITEMS["开具无犯罪记录证明"], level)
    if needed is None:
        assert answer is None
    else:
        assert answer == {
            "required_level": needed,
            "methods": ["sms", "face", "real_name"],
            "max_age_seconds": 300,
        }
