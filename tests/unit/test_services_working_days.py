"""Working days on the statutory holiday calendar, with adjusted working days and unknown years."""

from datetime import UTC, date, datetime, timedelta

import pytest

from services.time_limits import due_day
from services.working_days import WorkingCalendar, package_years

CALENDAR = WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 10, 1), False),  # National Day
        (date(2026, 10, 10), True),  # a Saturday worked in exchange
        (date(2026, 2, 14), True),  # a Saturday worked before the Spring Festival
        (date(2026, 2, 18), False),  # Spring Festival on a Wednesday
        (date(2026, 12, 2), True),  # an ordinary Wednesday
        (date(2026, 12, 5), False),  # an ordinary Saturday
    ],
)
def test_holidays_and_adjusted_working_days(day, working):
    assert CALENDAR.is_working_day(day) is working


def test_a_time_limit_skips_the_golden_week_and_ends_on_a_worked_saturday():
    # Accepted on Wednesday 30 September: 8 and 9 October, then Saturday 10 October.
    assert CALENDAR.add_working_days(date(2026, 9, 30), 3) == (date(2026, 10, 10), False)


def test_the_acceptance_day_is_not_counted_and_zero_days_is_the_same_day():
    assert CALENDAR.add_working_days(date(2026, 12, 2), 1) == (date(2026, 12, 3), False)
    assert CALENDAR.add_working_days(date(2026, 12, 2), 0) == (date(2026, 12, 2), False)


def test_due_day_counts_from_the_china_day_of_acceptance():
    # 16:30 UTC on Friday 13 February is 00:30 on Saturday 14 February (a working day) in
    # China, so one working day later is after the Spring Festival, not that Saturday.
    accepted = datetime(2026, 2, 13, 16, 30, tzinfo=UTC)
    assert due_day(accepted, 1, CALENDAR) == ("2026-02-24", False)
    assert due_day(datetime(2026, 2, 13, 2, 0, tzinfo=UTC), 1, CALENDAR) == ("2026-02-14", False)


def test_a_year_the_package_does_not_know_is_a_weekday_estimate():
    unknown = package_years().stop
    assert not CALENDAR.knows(unknown)
    start = date(unknown - 1, 12, 30)
    due, estimated = CALENDAR.add_working_days(start, 5)
    assert estimated
    assert due.year == unknown and due.weekday() < 5


def test_the_operator_can_supply_a_year_from_the_state_council_notice():
    unknown = package_years().stop
    holiday = next(date(unknown, 1, d) for d in range(1, 8) if date(unknown, 1, d).weekday() < 5)
    informed = WorkingCalendar(holidays=[holiday], years=[unknown])
    assert CALENDAR.is_working_day(holiday)  # a weekday guess
    assert informed.knows(unknown) and not informed.is_working_day(holiday)
    eve = holiday - timedelta(days=1)
    assert CALENDAR.add_working_days(eve, 1) == (holiday, True)
    due, estimated = informed.add_working_days(eve, 1)
    assert due > holiday and not estimated


def test_working_days_between_counts_after_start_up_to_end():
    assert CALENDAR.working_days_between(date(2026, 9, 30), date(2026, 10, 10)) == 3
    assert CALENDAR.working_days_between(date(2026, 10, 10), date(2026, 9, 30)) == 0


def test_negative_or_absurd_limits_are_refused():
    with pytest.raises(ValueError):
        CALENDAR.add_working_days(date(2026, 12, 2), -1)
    with pytest.raises(ValueError):
        CALENDAR.add_working_days(date(2026, 12, 2), 10_000)
