"""One source of the current time, so tests and engines agree on UTC."""

from datetime import UTC, datetime, timedelta, timezone

CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime, truncated to milliseconds like BSON."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def china_day(moment: datetime) -> str:
    """Return the calendar day (yyyymmdd) in China Standard Time of an aware datetime."""
    return moment.astimezone(CHINA_STANDARD_TIME).strftime("%Y%m%d")
