"""The case workflow: legal moves, who makes them, the timeline and the due day."""

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import ServiceError
from services.cases import new_case
from services.catalogue import all_items
from services.instant_approval import Decision
from services.statuses import (
    ACCEPTED,
    COMPLETED,
    CORRECTION,
    NOT_ACCEPTED,
    PROCESSING,
    RECEIVED,
    SPECIAL_ENDED,
    SPECIAL_STARTED,
    WITHDRAWN,
)
from services.time_limits import is_overdue
from services.workflow import EVENT_NAMES, TRANSITIONS, apply_step, transition
from services.working_days import WorkingCalendar

CALENDAR = WorkingCalendar()
# Monday 7 December 2026, 10:00 in China.
T0 = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
PASSPORT = next(i for i in all_items() if i["name"]["zh-CN"] == "普通护照首次申领")
TO_CLERK = Decision(False, "not_offered")


def a_case(item: dict = PASSPORT, decision: Decision = TO_CLERK, at: datetime = T0) -> dict:
    return new_case(item, "N-1", "person-1", at, {"applicant_name": "张三"}, {}, decision, CALENDAR)


def move(case, target, actor="clerk", at=T0, **extra) -> dict:
    return apply_step(
        case, transition(case, target, actor=actor, at=at, calendar=CALENDAR, **extra)
    )


def test_a_new_case_is_received_with_one_timeline_event():
    case = a_case()
    assert case["status"] == RECEIVED
    assert [e["event"] for e in case["timeline"]] == ["received"]
    assert case["due_day"] is None
    assert case["promised_days"] == PASSPORT["time_limits"]["promised_days"]


def test_accepting_starts_the_clock_on_working_days():
    case = move(a_case(), ACCEPTED)
    assert case["accepted_at"] == T0
    # Promised 7 working days from Monday 7 December: Wednesday 16 December.
    assert case["due_day"] == "2026-12-16" and case["due_estimated"] is False


def test_a_full_happy_path_leaves_a_timeline_the_resident_can_read():
    case = move(a_case(), ACCEPTED)
    case = move(case, PROCESSING, at=T0 + timedelta(hours=1))
    case = move(case, COMPLETED, at=T0 + timedelta(days=2), outcome="approved")
    assert case["status"] == COMPLETED and case["outcome"] == "approved"
    assert case["ended_at"] == T0 + timedelta(days=2)
    events = [e["event"] for e in case["timeline"]]
    assert events == ["received", "accepted", "processing", "completed"]
    assert all(set(EVENT_NAMES[e]) == {"zh-CN", "zh-HK", "en"} for e in events)


def test_correction_goes_back_to_the_applicant_and_returns():
    case = move(a_case(), CORRECTION, note="请上传清晰的证件照回执")
    assert case["timeline"][-1]["note"] == "请上传清晰的证件照回执"
    case = move(case, RECEIVED, actor="applicant")
    case = move(case, ACCEPTED)
    assert [e["event"] for e in case["timeline"]][-2:] == ["resubmitted", "accepted"]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), COMPLETED),  # cannot complete what was never accepted
        ((ACCEPTED,), RECEIVED),
        ((ACCEPTED,), CORRECTION),
        ((ACCEPTED, PROCESSING), ACCEPTED),
        ((ACCEPTED, PROCESSING, SPECIAL_STARTED), COMPLETED),
    ],
)
def test_an_illegal_move_is_a_conflict(path, target):
    case = a_case()
    for status in path:
        case = move(case, status, note="x")
    with pytest.raises(ServiceError) as refusal:
        transition(case, target, actor="clerk", at=T0, calendar=CALENDAR, outcome="approved")
    assert (refusal.value.key, refusal.value.kind) == ("services.case_transition", "conflict")
    assert refusal.value.params == {"current": case["status"], "target": target}


@pytest.mark.parametrize("ended", [NOT_ACCEPTED, WITHDRAWN, COMPLETED])
def test_an_ended_case_cannot_move_at_all(ended):
    case = a_case()
    if ended == COMPLETED:
        case = move(move(case, ACCEPTED), COMPLETED, outcome="approved")
    else:
        actor = "applicant" if ended == WITHDRAWN else "clerk"
        case = move(case, ended, actor=actor, note="材料不符合要求")
    assert not [pair for pair in TRANSITIONS if pair[0] == ended]
    with pytest.raises(ServiceError):
        transition(case, PROCESSING, actor="clerk", at=T0, calendar=CALENDAR)


def test_only_the_applicant_withdraws_and_only_a_clerk_accepts():
    with pytest.raises(ServiceError) as refusal:
        transition(a_case(), WITHDRAWN, actor="clerk", at=T0, calendar=CALENDAR)
    assert (refusal.value.key, refusal.value.kind) == ("services.case_actor", "forbidden")
    with pytest.raises(ServiceError):
        transition(a_case(), ACCEPTED, actor="applicant", at=T0, calendar=CALENDAR)
    assert move(a_case(), WITHDRAWN, actor="applicant")["ended_at"] == T0


@pytest.mark.parametrize(
    ("target", "extra", "key"),
    [
        (NOT_ACCEPTED, {}, "services.case_note_required"),
        (CORRECTION, {"note": "  \x00 "}, "services.case_note_required"),
        (CORRECTION, {"note": "补" * 501}, "services.case_note_too_long"),
        (CORRECTION, {"note": 12}, "services.case_note_invalid"),
    ],
)
def test_the_resident_is_always_told_why(target, extra, key):
    with pytest.raises(ServiceError) as refusal:
        transition(a_case(), target, actor="clerk", at=T0, calendar=CALENDAR, **extra)
    assert refusal.value.key == key


def test_completion_needs_an_outcome_and_a_refusal_needs_a_reason():
    accepted = move(a_case(), ACCEPTED)
    with pytest.raises(ServiceError) as refusal:
        transition(accepted, COMPLETED, actor="clerk", at=T0, calendar=CALENDAR)
    assert refusal.value.key == "services.case_outcome"
    with pytest.raises(ServiceError) as refusal:
        transition(accepted, COMPLETED, actor="clerk", at=T0, calendar=CALENDAR, outcome="refused")
    assert refusal.value.key == "services.case_note_required"


def test_a_special_procedure_stops_the_clock():
    case = move(a_case(), ACCEPTED)  # due Wednesday 16 December
    case = move(case, SPECIAL_STARTED, at=T0 + timedelta(days=1), note="需要现场核查")
    assert not is_overdue(case, T0 + timedelta(days=30))
    # Tuesday 8 to Monday 14 December: 4 working days paused.
    case = move(case, SPECIAL_ENDED, at=T0 + timedelta(days=7))
    assert case["paused_days"] == 4
    assert case["due_day"] == "2026-12-22"
    assert [e["event"] for e in case["timeline"]][-2:] == ["special_started", "special_ended"]


def test_overdue_when_the_china_day_passes_the_due_day():
    case = move(a_case(), ACCEPTED)  # due 2026-12-16
    end_of_due_day = datetime(2026, 12, 16, 15, 59, tzinfo=UTC)  # 23:59 in China
    assert not is_overdue(case, end_of_due_day)
    assert is_overdue(case, end_of_due_day + timedelta(minutes=1))
    late = move(case, COMPLETED, at=end_of_due_day + timedelta(minutes=1), outcome="approved")
    assert is_overdue(late, T0) and not is_overdue(a_case(), T0 + timedelta(days=90))


def test_an_instant_approval_is_accepted_and_completed_by_the_system():
    item = next(i for i in all_items() if i["name"]["zh-CN"] == "居住证签注")
    decision = Decision(True, "all_rules_met", ("holds_certificate", "no_open_case"))
    case = a_case(item, decision)
    assert case["status"] == COMPLETED and case["outcome"] == "approved"
    assert [(e["event"], e["by"]) for e in case["timeline"]] == [
        ("received", "applicant"),
        ("accepted", "system"),
        ("completed", "system"),
    ]
    assert case["instant"] == {
        "instant": True,
        "decided_by": "all_rules_met",
        "checked": ["holds_certificate", "no_open_case"],
    }
    assert not is_overdue(case, T0 + timedelta(days=365))
