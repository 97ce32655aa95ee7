"""Due dates of cases: promised working days counted from acceptance, paused by 特别程序."""

from datetime import date, datetime

from core.clock import CHINA_STANDARD_TIME
from services.statuses import ENDED, SPECIAL_STARTED


def china_date(moment: datetime):
    """Return the calendar date of an aware datetime in China Standard Time."""
    return moment.astimezone(CHINA_STANDARD_TIME).date()


def due_day(accepted_at: datetime, promised_days: int, calendar) -> tuple[str, bool]:
    """Return the ISO day a case accepted at a moment is due, and whether it is estimated."""
    day, estimated = calendar.add_working_days(china_date(accepted_at), promised_days)
    return day.isoformat(), estimated


def extend_for_pause(
    due: str, started_at: datetime, ended_at: datetime, calendar
) -> tuple[str, int, bool]:
    """Push a due day back by the working days a special procedure took.

    Return the new due day, the working days paused and whether the new day is estimated.
    """
    paused = calendar.working_days_between(china_date(started_at), china_date(ended_at))
    day, estimated = calendar.add_working_days(date.fromisoformat(due), paused)
    return day.isoformat(), paused, estimated


def is_overdue(case: dict, now: datetime) -> bool:
    """Say whether a case is (or ended) past its due day; a paused case is not running late."""
    due = case.get("due_day")
    if not due:
        return False
    if case["status"] in ENDED:
        return china_date(case["ended_at"]).isoformat() > due
    if case["status"] == SPECIAL_STARTED:
        # The clock stopped when the procedure began: late only if it was late by then.
        return china_date(case["special_started_at"]).isoformat() > due
    return china_date(now).isoformat() > due


def working_days_taken(case: dict, calendar) -> int | None:
    """Return the working days from acceptance to the end, less the paused days."""
    if not case.get("accepted_at") or not case.get("ended_at"):
        return None
    spent = calendar.working_days_between(
        china_date(case["accepted_at"]), china_date(case["ended_at"])
    )
    return max(0, spent - case.get("paused_days", 0))
