"""Working days (工作日) on China's statutory holiday calendar with adjusted working days (调休).

The holiday data comes from the `chinese-calendar` package, which knows the years whose
State Council notice it was released after (2004-2026 in 1.11.0). For a year it does not
know, the operator can pass that year's holidays and adjusted working days from the
notice (and name the year as known); otherwise Monday to Friday count as working days and
every result touching such a year says it is an estimate, so a due date can be recomputed
once the calendar is known.
"""

from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

import chinese_calendar
from chinese_calendar import constants

_LONGEST_SPAN = 3660  # days: ten years of counting is a bug, not a time limit


@cache
def package_years() -> range:
    """Return the years the installed holiday package knows."""
    years = sorted({day.year for day in constants.holidays} | {d.year for d in constants.workdays})
    return range(years[0], years[-1] + 1)


class WorkingCalendar:
    """Say which days are working days, and count them, for time limits."""

    def __init__(
        self,
        holidays: Iterable[date] = (),
        workdays: Iterable[date] = (),
        years: Iterable[int] = (),
    ):
        self._holidays = frozenset(holidays)
        self._workdays = frozenset(workdays)
        self._operator_years = frozenset(years)

    def knows(self, year: int) -> bool:
        """Say whether the calendar of a year is known (not a Monday-to-Friday estimate)."""
        return year in self._operator_years or year in package_years()

    def is_working_day(self, day: date) -> bool:
        """Say whether a day is a working day."""
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        if day.year in package_years():
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5

    def add_working_days(self, start: date, days: int) -> tuple[date, bool]:
        """Return the day the nth working day after start falls on, and whether it is estimated.

        The start day itself is not counted (期间开始之日不计算在内); zero days is the
        start day, as for a service done on the spot (即办).
        """
        if days < 0:
            raise ValueError("a time limit is a number of working days from 0")
        day, counted, estimated = start, 0, not self.knows(start.year)
        while counted < days:
            day += timedelta(days=1)
            if (day - start).days > _LONGEST_SPAN:
                raise ValueError("time limit too long to count")
            counted += self.is_working_day(day)
            estimated = estimated or not self.knows(day.year)
        return day, estimated

    def working_days_between(self, start: date, end: date) -> int:
        """Return the working days after start up to and including end (0 if end <= start)."""
        if (end - start).days > _LONGEST_SPAN:
            raise ValueError("span too long to count")
        span = range(1, (end - start).days + 1)
        return sum(self.is_working_day(start + timedelta(days=offset)) for offset in span)
