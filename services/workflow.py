"""The case workflow: which status may follow which, who may move it, what the resident sees.

`transition` checks a move and returns the changes and the timeline event; the
repository applies them only if the case is still in the status the move started from
(`apply_transition(number, from_status, changes, event)`), so two clerks cannot both move
one case. `apply_step` does the same to a case dict in memory.
"""

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from core.errors import ServiceError
from services.catalogue.build import t
from services.statuses import (
    ACCEPTED,
    COMPLETED,
    CORRECTION,
    ENDED,
    NOT_ACCEPTED,
    OUTCOMES,
    PROCESSING,
    RECEIVED,
    SPECIAL_ENDED,
    SPECIAL_STARTED,
    WITHDRAWN,
)
from services.time_limits import due_day, extend_for_pause

ACTORS = ("applicant", "clerk", "system")
MAX_NOTE_CHARS = 500


@dataclass(frozen=True)
class Move:
    event: str
    actors: frozenset
    needs_note: bool = False


_CLERK, _APPLICANT = frozenset({"clerk"}), frozenset({"applicant"})
_CLERK_OR_SYSTEM = frozenset({"clerk", "system"})
_WITHDRAW = Move("withdrawn", _APPLICANT)
_COMPLETE = Move("completed", _CLERK_OR_SYSTEM)
_SPECIAL = Move("special_started", _CLERK, needs_note=True)
_NOT_ACCEPTED = Move("not_accepted", _CLERK, needs_note=True)

TRANSITIONS = {
    (RECEIVED, ACCEPTED): Move("accepted", _CLERK_OR_SYSTEM),
    (RECEIVED, NOT_ACCEPTED): _NOT_ACCEPTED,
    (RECEIVED, CORRECTION): Move("correction_requested", _CLERK, needs_note=True),
    (RECEIVED, WITHDRAWN): _WITHDRAW,
    (CORRECTION, RECEIVED): Move("resubmitted", _APPLICANT),
    (CORRECTION, NOT_ACCEPTED): _NOT_ACCEPTED,
    (CORRECTION, WITHDRAWN): _WITHDRAW,
    (ACCEPTED, PROCESSING): Move("processing", _CLERK),
    (ACCEPTED, SPECIAL_STARTED): _SPECIAL,
    (ACCEPTED, COMPLETED): _COMPLETE,
    (ACCEPTED, WITHDRAWN): _WITHDRAW,
    (PROCESSING, SPECIAL_STARTED): _SPECIAL,
    (PROCESSING, COMPLETED): _COMPLETE,
    (PROCESSING, WITHDRAWN): _WITHDRAW,
    (SPECIAL_STARTED, SPECIAL_ENDED): Move("special_ended", _CLERK_OR_SYSTEM),
    (SPECIAL_ENDED, PROCESSING): Move("processing", _CLERK),
    (SPECIAL_ENDED, COMPLETED): _COMPLETE,
}

EVENT_NAMES = {
    "received": t("已提交申请", "已提交申請", "Application received"),
    "accepted": t("部门已受理", "部門已受理", "Accepted by the department"),
    "not_accepted": t("不予受理", "不予受理", "Not accepted"),
    "correction_requested": t("请补正材料", "請補正材料", "Please supply more"),
    "resubmitted": t("已补正并重新提交", "已補正並重新提交", "More information sent"),
    "processing": t("部门办理中", "部門辦理中", "Being processed"),
    "special_started": t("进入特别程序", "進入特別程序", "Special procedure started"),
    "special_ended": t("特别程序结束", "特別程序結束", "Special procedure finished"),
    "completed": t("已办结", "已辦結", "Completed"),
    "withdrawn": t("已撤回申请", "已撤回申請", "Application withdrawn"),
}


@dataclass(frozen=True)
class Step:
    """The changes a move makes to a case and the event added to its timeline."""

    from_status: int
    changes: dict
    event: dict


def transition(case, target, *, actor, at: datetime, calendar, note=None, outcome=None) -> Step:
    """Check a move of a case to a target status and return what it changes."""
    move = TRANSITIONS.get((case["status"], target))
    if move is None:
        raise ServiceError(
            "services.case_transition", "conflict", current=case["status"], target=target
        )
    if actor not in move.actors:
        raise ServiceError("services.case_actor", "forbidden", errors={"actor": [actor]})
    note = clean_note(note)
    if target == COMPLETED and outcome not in OUTCOMES:
        raise ServiceError("services.case_outcome", "invalid", errors={"outcome": ["required"]})
    if (move.needs_note or outcome == "refused") and not note:
        raise ServiceError("services.case_note_required", "invalid", errors={"note": ["required"]})
    changes = {"status": target, "updated_at": at, **_time_changes(case, target, at, calendar)}
    if target == COMPLETED:
        changes["outcome"] = outcome
    event = {"event": move.event, "status": target, "at": at, "by": actor, "note": note}
    return Step(case["status"], changes, event)


def apply_step(case: dict, step: Step) -> dict:
    """Return a copy of the case with a step applied."""
    return {**case, **step.changes, "timeline": [*case.get("timeline", []), step.event]}


def clean_note(note) -> str | None:
    """Return a note to the resident trimmed, without control characters, or refuse it."""
    if note is None:
        return None
    if not isinstance(note, str):
        raise ServiceError("services.case_note_invalid", "invalid", errors={"note": ["type"]})
    note = unicodedata.normalize("NFC", note)
    note = "".join(c for c in note if unicodedata.category(c) != "Cc" or c == "\n").strip()
    if len(note) > MAX_NOTE_CHARS:
        raise ServiceError(
            "services.case_note_too_long",
            "invalid",
            errors={"note": ["too_long"]},
            limit=MAX_NOTE_CHARS,
        )
    return note or None


def _time_changes(case: dict, target: int, at: datetime, calendar) -> dict:
    if target == ACCEPTED:
        due, estimated = due_day(at, case["promised_days"], calendar)
        return {"accepted_at": at, "due_day": due, "due_estimated": estimated}
    if target == SPECIAL_STARTED:
        return {"special_started_at": at}
    if target == SPECIAL_ENDED:
        due, paused, estimated = extend_for_pause(
            case["due_day"], case["special_started_at"], at, calendar
        )
        return {
            "due_day": due,
            "due_estimated": estimated or case.get("due_estimated", False),
            "paused_days": case.get("paused_days", 0) + paused,
            "special_started_at": None,
        }
    if target in ENDED:
        return {"ended_at": at}
    return {}
