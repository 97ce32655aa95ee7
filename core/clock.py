"""One source of the current time, so tests and engines agree on UTC."""

from datetime import UTC, date, datetime, timedelta, timezone

CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime, truncated to milliseconds like BSON."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class Clock:
    """The app's clock: call it for the current time; tests move it instead of sleeping.

    One instance is made per app and handed to every engine, so moving it moves all of them.
    """

    def __init__(self, source=utcnow):
        self._source = source
        self._offset = timedelta(0)

    def __call__(self) -> datetime:
        return self._source() + self._offset

    def move(self, delta: timedelta | None = None, **units: float) -> datetime:
        """Move the time forward (or back, with a negative delta); return the new now."""
        self._offset += (delta or timedelta(0)) + timedelta(**units)
        return self()

    def reset(self) -> None:
        """Follow the real time again."""
        self._offset = timedelta(0)


def china_day(moment: datetime) -> str:
    """Return the calendar day (yyyymmdd) in China Standard Time of an aware datetime."""
    return moment.astimezone(CHINA_STANDARD_TIME).strftime("%Y%m%d")


def china_date(moment: datetime) -> date:
    """Return the calendar date in China Standard Time of an aware datetime."""
    return moment.astimezone(CHINA_STANDARD_TIME).date()
