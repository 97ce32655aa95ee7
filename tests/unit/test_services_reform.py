"""The reform figures the system measures about itself, from case summaries."""

from datetime import UTC, datetime, timedelta

from services.cases import case_summary, new_case
from services.catalogue import all_items
from services.instant_approval import Decision
from services.reform import reform_figures, share
from services.statuses import ACCEPTED, COMPLETED
from services.workflow import apply_step, transition
from services.working_days import WorkingCalendar

CALENDAR = WorkingCalendar()
T0 = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday
ITEMS = {item["name"]["zh-CN"]: item for item in all_items()}


def finished(name: str, decision: Decision, days: float, provenance: dict) -> dict:
    case = new_case(ITEMS[name], f"N-{name}", "p", T0, {}, provenance, decision, CALENDAR)
    for target, outcome in ((ACCEPTED, None), (COMPLETED, "approved")):
        if case["status"] != COMPLETED:
            at = T0 + timedelta(days=days if target == COMPLETED else 0)
            step = transition(
                case, target, actor="clerk", at=at, calendar=CALENDAR, outcome=outcome
            )
            case = apply_step(case, step)
    return case


def record(prefilled: int, typed: int, certified: int, uploaded: int) -> dict:
    return {
        "fields_prefilled": ["f"] * prefilled,
        "fields_typed": ["t"] * typed,
        "materials_from_certificates": ["c"] * certified,
        "materials_uploaded": ["u"] * uploaded,
    }


def test_figures_over_a_small_set_of_cases():
    instant = Decision(True, "all_rules_met")
    cases = [
        finished("居住证签注", instant, 0, record(4, 0, 1, 0)),
        finished("失业保险金申领", Decision(False, "not_offered"), 3, record(3, 3, 1, 2)),
        finished("普通护照首次申领", Decision(False, "not_offered"), 9, record(4, 0, 1, 1)),
    ]
    figures = reform_figures(list(ITEMS.values()), [case_summary(c, CALENDAR) for c in cases])
    assert figures["online_completion"] == share(2, 3)
    assert figures["instant_approvals"] == share(1, 3)
    assert figures["prefilled_fields"] == {"count": 11, "total": 14, "share": 0.7857}
    assert figures["certificate_materials"] == {"count": 3, "total": 6, "share": 0.5}
    # The passport needs one visit; the other two none: 5 of 6 baseline visits avoided.
    assert figures["visits"] == {"required": 1, "avoided": share(5, 6)}
    # Working days taken: 0, 3 (Mon→Thu), 7 (Mon→Wed next week, promised 7): all on time.
    timing = figures["processing_time"]
    assert timing["cases"] == 3 and timing["average_days"] == round(10 / 3, 2)
    assert timing["within_promise"] == share(3, 3)
    zero = sum(1 for item in ITEMS.values() if item["visits"] == 0)
    assert figures["zero_visit_services"] == share(zero, len(ITEMS))


def test_a_late_case_is_counted_late():
    late = finished("失业保险金申领", Decision(False, "not_offered"), 14, record(0, 1, 0, 1))
    summary = case_summary(late, CALENDAR)
    assert summary["working_days_taken"] == 10 and summary["promised_days"] == 5
    assert reform_figures([], [summary])["processing_time"]["within_promise"] == share(0, 1)


def test_no_cases_give_no_shares_rather_than_a_division_by_zero():
    figures = reform_figures([], [])
    assert figures["online_completion"] == {"count": 0, "total": 0, "share": None}
    assert figures["processing_time"]["average_days"] is None
