"""Unit tests for the health-code colour rules: what colour a holder sees, why, and how long."""

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from health_code.rules.clearance import NegativePairs
from health_code.rules.evaluator import evaluate
from health_code.rules.facts import (
    CloseContact,
    Colour,
    Declaration,
    Facts,
    IsolationOrder,
    ManualOverride,
    PartnerCode,
    RiskArea,
    TestResult,
    Travel,
)
from health_code.rules.ruleset import RULESET, Rule, RuleSet, ruleset_document

GREEN, YELLOW, RED = Colour.GREEN, Colour.YELLOW, Colour.RED

# 02:00 UTC is 10:00 in China, so the dates in the summaries match the UTC dates here.
T0 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)

EVERY_RULE_ID = {
    "manual_override",
    "positive_test",
    "isolation_order",
    "close_contact",
    "high_risk_travel",
    "high_risk_travel_cooldown",
    "medium_risk_travel",
    "symptoms_declared",
    "partner_region_code",
    "cleared_by_negative_tests",
}


def day(days: float = 0, hours: float = 0) -> datetime:
    """Return a moment relative to T0."""
    return T0 + timedelta(days=days, hours=hours)


def negative(when: datetime) -> TestResult:
    return TestResult(sampled_at=when, result="negative")


def positive(when: datetime) -> TestResult:
    return TestResult(sampled_at=when, result="positive")


def declaration(*trips: Travel, at: datetime = T0, symptoms: bool = False) -> Declaration:
    return Declaration(declared_at=at, symptoms=symptoms, travel=trips)


def risk_area(code="440305", level="high", start=None, end=None) -> RiskArea:
    """Return a risk area published a week before T0 unless told otherwise."""
    return RiskArea(region_code=code, level=level, start=start or day(-7), end=end)


def travelled(level="high", code="440305", area_code=None, left=T0, **area) -> Facts:
    """Facts of someone who left `code` at `left`, declared a day later, and a risk area."""
    trip = Travel(region_code=code, left_at=left)
    return Facts(
        declarations=(declaration(trip, at=left + timedelta(days=1)),),
        risk_areas=(risk_area(area_code or code, level, **area),),
    )


def symptomatic(at: datetime = T0) -> Facts:
    return Facts(declarations=(declaration(at=at, symptoms=True),))


def with_tests(facts: Facts, *tests: TestResult) -> Facts:
    return replace(facts, tests=facts.tests + tests)


def override(colour, set_at=T0, until=None, reason="复核") -> ManualOverride:
    return ManualOverride(
        colour=colour, reason=reason, set_at=set_at, set_by="staff-1", until=until
    )


def partner(colour, verified_at=T0, expires_at=None) -> PartnerCode:
    """Return a code converted from Hong Kong, valid for a day unless told otherwise."""
    expires_at = expires_at or verified_at + timedelta(days=1)
    return PartnerCode(region="香港", colour=colour, verified_at=verified_at, expires_at=expires_at)


def colour_at(facts: Facts, when: datetime) -> Colour:
    return evaluate(facts, when).colour


def rule_ids(facts: Facts, when: datetime) -> list[str]:
    return [reason.rule_id for reason in evaluate(facts, when).reasons]


# --- nothing known --------------------------------------------------------------------------


def test_no_facts_is_green_since_forever_with_nothing_due():
    assessment = evaluate(Facts(), T0)
    assert (assessment.colour, assessment.since, assessment.next_change_at) == (GREEN, None, None)
    assert assessment.reasons == ()
    assert assessment.ruleset_version == RULESET.version


def test_negative_tests_alone_leave_green():
    assert rule_ids(Facts(tests=(negative(day(0)), negative(day(1)))), day(2)) == []


# --- red causes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "colour"),
    [(day(-1), GREEN), (day(0), RED), (day(13, 23), RED), (day(14), GREEN)],
)
def test_positive_test_is_red_for_14_days_from_sampling(when, colour):
    assert colour_at(Facts(tests=(positive(T0),)), when) == colour


def test_later_negative_tests_do_not_lift_a_positive():
    facts = Facts(tests=(positive(day(0)), negative(day(1)), negative(day(2))))
    assert colour_at(facts, day(3)) == RED


@pytest.mark.parametrize(
    ("when", "colour"),
    [(day(-1), GREEN), (day(0), RED), (day(4, 23), RED), (day(5), GREEN)],
)
def test_isolation_order_is_red_while_in_force(when, colour):
    facts = Facts(isolation_orders=(IsolationOrder(day(0), day(5), "集中隔离"),))
    assert colour_at(facts, when) == colour


def test_open_ended_isolation_order_stays_red_with_no_change_due():
    assessment = evaluate(Facts(isolation_orders=(IsolationOrder(T0, None, "隔离"),)), day(100))
    assert (assessment.colour, assessment.next_change_at) == (RED, None)


def test_future_isolation_order_is_the_next_change():
    assessment = evaluate(Facts(isolation_orders=(IsolationOrder(day(3), None, "隔离"),)), T0)
    assert (assessment.colour, assessment.next_change_at) == (GREEN, day(3))


@pytest.mark.parametrize(
    ("until", "when", "colour"),
    [(day(7), day(6), RED), (day(7), day(7), GREEN), (None, day(300), RED)],
)
def test_close_contact_is_red_while_listed(until, when, colour):
    facts = Facts(close_contacts=(CloseContact(listed_at=T0, until=until),))
    assert colour_at(facts, when) == colour


# --- travel from risk areas -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "colour"),
    [
        (day(0), RED),
        (day(13, 23.99), RED),  # day 14 after leaving (the leaving day is day 1)
        (day(14), YELLOW),  # day 15: the cooldown
        (day(20, 23.99), YELLOW),
        (day(21), GREEN),
    ],
)
def test_high_risk_travel_is_red_14_days_then_yellow_7(when, colour):
    assert colour_at(travelled("high"), when) == colour


@pytest.mark.parametrize(
    ("when", "since", "next_change_at"),
    [(day(3), day(0), day(14)), (day(15), day(14), day(21)), (day(22), day(21), None)],
)
def test_high_risk_travel_since_and_next_change(when, since, next_change_at):
    assessment = evaluate(travelled("high"), when)
    assert (assessment.since, assessment.next_change_at) == (since, next_change_at)


@pytest.mark.parametrize(
    ("when", "colour"), [(day(0), YELLOW), (day(13, 23), YELLOW), (day(14), GREEN)]
)
def test_medium_risk_travel_is_yellow_for_14_days(when, colour):
    assert colour_at(travelled("medium"), when) == colour


def test_low_risk_travel_changes_nothing():
    assert rule_ids(travelled("low"), day(1)) == []


@pytest.mark.parametrize(
    ("area_code", "trip_code", "counts"),
    [
        ("440305", "440305", True),  # the district itself
        ("440300", "440305", True),  # a prefecture covers its districts
        ("440000", "441900", True),  # a province covers its prefectures
        ("440000", "440305", True),  # ... and their districts
        ("440305", "440306", False),  # a district covers only itself
        ("440305", "440300", False),  # ... not the prefecture around it
        ("440300", "440400", False),
        ("440000", "450100", False),
    ],
)
def test_risk_area_coverage_by_code_level(area_code, trip_code, counts):
    facts = travelled("high", code=trip_code, area_code=area_code)
    assert colour_at(facts, day(1)) == (RED if counts else GREEN)


@pytest.mark.parametrize(
    ("start", "end", "counts"),
    [
        (day(0, 1), None, False),  # published after the person left
        (day(0), None, True),  # in force the moment they left
        (day(-9), day(-1), False),  # lifted before they were there
        (day(-9), day(0), True),  # the last moment of the period still counts
    ],
)
def test_travel_counts_only_while_the_area_was_at_risk(start, end, counts):
    facts = travelled("high", start=start, end=end)
    assert colour_at(facts, day(1)) == (RED if counts else GREEN)


def test_a_trip_repeated_in_later_declarations_is_one_reason():
    facts = travelled("high")
    again = declaration(*facts.declarations[0].travel, at=day(2))
    facts = replace(facts, declarations=facts.declarations + (again,))
    assert rule_ids(facts, day(3)) == ["high_risk_travel"]


def test_the_worst_level_covering_a_trip_decides_it():
    facts = replace(
        travelled("medium", area_code="440000"),
        risk_areas=(risk_area("440000", "medium"), risk_area("440305", "high")),
    )
    assert rule_ids(facts, day(1)) == ["high_risk_travel"]


# --- symptoms -------------------------------------------------------------------------------


@pytest.mark.parametrize(("when", "colour"), [(day(13, 23), YELLOW), (day(14), GREEN)])
def test_symptoms_declared_are_yellow_for_14_days(when, colour):
    assert colour_at(symptomatic(T0), when) == colour


def test_a_later_declaration_without_symptoms_ends_the_yellow():
    facts = Facts(declarations=(declaration(symptoms=True), declaration(at=day(3))))
    assessment = evaluate(facts, day(4))
    assert (assessment.colour, assessment.since) == (GREEN, day(3))


# --- yellow lifted by two negative tests ----------------------------------------------------


@pytest.mark.parametrize(
    ("gap_hours", "colour"),
    [(23, YELLOW), (24, GREEN), (72, GREEN), (73, YELLOW), (96, YELLOW)],
)
def test_two_negatives_24h_to_3_days_apart_lift_a_yellow(gap_hours, colour):
    first = day(1)
    facts = with_tests(
        travelled("medium"), negative(first), negative(first + timedelta(hours=gap_hours))
    )
    assert colour_at(facts, day(5)) == colour


@pytest.mark.parametrize("samples", [(day(-2), day(-1)), (day(-1), day(1)), (day(0), day(1))])
def test_negatives_not_both_sampled_after_the_cause_do_not_lift(samples):
    facts = with_tests(symptomatic(T0), *(negative(when) for when in samples))
    assert colour_at(facts, day(2)) == YELLOW


def test_lifting_turns_green_when_the_second_negative_was_sampled():
    facts = with_tests(symptomatic(T0), negative(day(1)), negative(day(2)))
    assessment = evaluate(facts, day(3))
    assert (assessment.colour, assessment.since) == (GREEN, day(2))


def test_a_lifted_yellow_is_explained_by_the_negative_tests():
    facts = with_tests(symptomatic(T0), negative(day(1)), negative(day(2)))
    [reason] = evaluate(facts, day(3)).reasons
    assert (reason.rule_id, reason.colour) == ("cleared_by_negative_tests", GREEN)
    assert reason.until == day(14)  # when the lifted yellow would have ended anyway
    assert reason.summary["zh-CN"] == (
        "2026-11-02 10:00、2026-11-03 10:00 两次核酸阴性，解除：2026-11-01 申报有症状"
    )


def test_negatives_do_not_lift_red():
    facts = with_tests(travelled("high"), negative(day(1)), negative(day(2)))
    assert colour_at(facts, day(3)) == RED


def test_negatives_during_the_cooldown_lift_it():
    facts = with_tests(travelled("high"), negative(day(14, 1)), negative(day(15, 1)))
    assessment = evaluate(facts, day(16))
    assert (assessment.colour, assessment.since) == (GREEN, day(15, 1))


def test_negatives_during_the_red_period_do_not_lift_the_cooldown():
    facts = with_tests(travelled("high"), negative(day(12)), negative(day(13)))
    assert colour_at(facts, day(15)) == YELLOW


def test_a_positive_between_two_negatives_breaks_the_pair():
    hours = timedelta(hours=1)
    pairs = NegativePairs(
        [negative(day(1)), positive(day(1, 12)), negative(day(2))], 24 * hours, 72 * hours
    )
    assert pairs.first_after(T0) is None


# --- partner-region codes -------------------------------------------------------------------


@pytest.mark.parametrize("colour", [GREEN, YELLOW, RED])
def test_valid_partner_code_counts_its_colour_and_is_shown(colour):
    assessment = evaluate(Facts(partner_codes=(partner(colour),)), day(0, 12))
    assert assessment.colour == colour
    assert [reason.rule_id for reason in assessment.reasons] == ["partner_region_code"]


def test_expired_partner_code_is_ignored():
    facts = Facts(partner_codes=(partner(RED, expires_at=day(1)),))
    assert rule_ids(facts, day(1)) == []


def test_partner_red_expiry_is_the_next_change():
    assert evaluate(Facts(partner_codes=(partner(RED),)), T0).next_change_at == day(1)


# --- manual override ------------------------------------------------------------------------


def test_override_wins_over_every_rule_and_is_listed_first():
    facts = Facts(
        isolation_orders=(IsolationOrder(T0, None, "隔离"),), overrides=(override(GREEN),)
    )
    assessment = evaluate(facts, day(1))
    assert assessment.colour == GREEN
    assert [reason.rule_id for reason in assessment.reasons] == [
        "manual_override",
        "isolation_order",
    ]


@pytest.mark.parametrize(("when", "colour"), [(day(2, 23), RED), (day(3), GREEN)])
def test_override_lapses_back_to_the_rules(when, colour):
    assert colour_at(Facts(overrides=(override(RED, until=day(3)),)), when) == colour


def test_override_lapse_is_the_next_change():
    assert evaluate(Facts(overrides=(override(RED, until=day(3)),)), T0).next_change_at == day(3)


def test_a_newer_override_replaces_an_older_one():
    facts = Facts(overrides=(override(RED), override(GREEN, set_at=day(2), until=day(4))))
    assert [colour_at(facts, day(n)) for n in (1, 3, 5)] == [RED, GREEN, GREEN]


# --- combining ------------------------------------------------------------------------------


def test_worst_colour_wins_and_every_reason_is_listed_worst_first():
    facts = replace(
        travelled("medium"),
        isolation_orders=(IsolationOrder(day(2), None, "隔离"),),
        partner_codes=(partner(GREEN, verified_at=day(2), expires_at=day(9)),),
    )
    assessment = evaluate(facts, day(3))
    assert assessment.colour == RED
    assert [r.rule_id for r in assessment.reasons] == [
        "isolation_order",
        "medium_risk_travel",
        "partner_region_code",
    ]


def test_since_is_when_the_colour_began_not_when_its_cause_did():
    # Symptoms (yellow) began on day 0, under a red isolation that ended on day 5.
    isolation = IsolationOrder(day(-1), day(5), "隔离")
    assessment = evaluate(replace(symptomatic(T0), isolation_orders=(isolation,)), day(6))
    assert (assessment.colour, assessment.since) == (YELLOW, day(5))
    assert assessment.next_change_at == day(14)


def test_next_change_skips_moments_the_colour_stays_the_same():
    facts = Facts(isolation_orders=(IsolationOrder(T0, day(5), "隔离"),), tests=(positive(day(3)),))
    assessment = evaluate(facts, day(4))
    assert (assessment.since, assessment.next_change_at) == (T0, day(17))


# --- wording --------------------------------------------------------------------------------


def test_reason_summary_names_the_region_and_level_in_each_locale():
    [reason] = evaluate(travelled("high"), day(1)).reasons
    assert reason.summary == {
        "zh-CN": "2026-11-01 从 440305 (高风险地区) 离开",
        "zh-HK": "2026-11-01 從 440305 (高風險地區) 離開",
        "en": "Left 440305 (high-risk area) on 2026-11-01",
    }
    assert (reason.fact_at, reason.until) == (T0, day(14))


def test_summary_dates_are_china_standard_time():
    late_evening_utc = datetime(2026, 11, 1, 20, 0, tzinfo=UTC)  # 04:00 on 2 Nov in China
    [reason] = evaluate(travelled("high", left=late_evening_utc), day(1)).reasons
    assert reason.summary["zh-CN"].startswith("2026-11-02 ")


# --- the rule set as data -------------------------------------------------------------------


def test_ruleset_document_is_json_and_lists_every_rule():
    document = json.loads(json.dumps(ruleset_document(RULESET), ensure_ascii=False))
    assert document["version"] == RULESET.version
    assert {rule["id"] for rule in document["rules"]} == EVERY_RULE_ID


def test_ruleset_document_fills_parameters_into_descriptions():
    rules = {rule["id"]: rule for rule in ruleset_document(RULESET)["rules"]}
    assert rules["high_risk_travel"]["params"] == {"days": 14}
    assert rules["high_risk_travel"]["description"]["en"].startswith("Red for 14 days")
    assert all("{" not in text for rule in rules.values() for text in rule["description"].values())


def test_a_parameter_change_in_the_data_changes_the_colour():
    shorter = RuleSet(
        version="test",
        rules=tuple(
            replace(rule, params={"days": 7}) if rule.id == "positive_test" else rule
            for rule in RULESET.rules
        ),
    )
    assert evaluate(Facts(tests=(positive(T0),)), day(7), shorter).colour == GREEN


def test_a_ruleset_with_a_rule_the_engine_lacks_is_refused():
    unknown = Rule(id="moon_phase", colour=RED, description={}, summary={})
    with pytest.raises(ValueError, match="moon_phase"):
        evaluate(Facts(), T0, RuleSet(version="test", rules=RULESET.rules + (unknown,)))


# --- inputs ---------------------------------------------------------------------------------


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        TestResult(sampled_at=datetime(2026, 11, 1), result="negative")
    with pytest.raises(ValueError, match="timezone-aware"):
        evaluate(Facts(), datetime(2026, 11, 1))


@pytest.mark.parametrize("code", ["4403", "44030A", "4403050"])
def test_region_codes_must_be_six_digits(code):
    with pytest.raises(ValueError, match="6 digits"):
        Travel(region_code=code, left_at=T0)


def test_colours_stored_as_strings_become_colours():
    assert partner("red").colour is RED
