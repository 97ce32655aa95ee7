"""Case numbers (办件编号): 实施编码 + yyyymmdd (China Standard Time) + a daily sequence.

The sequence is four digits and widens rather than fails past 9,999, so a busy day gives
`…202612020010000` instead of refusing applications; numbers stay unique because the
counter is per (实施编码, day) and the day is fixed-width.
"""

import re
from datetime import datetime

from core.clock import china_day

SEQUENCE_WIDTH = 4
_DAY = re.compile(r"[0-9]{8}")


def format_case_number(implementation_code: str, day: str, sequence: int) -> str:
    """Return the case number of the nth case (from 1) of a service on a day."""
    if not implementation_code or len(implementation_code) > 36:
        raise ValueError("an implementation code is 1 to 36 characters")
    if not _DAY.fullmatch(day):
        raise ValueError("a day is yyyymmdd")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise ValueError("a daily sequence starts at 1")
    return f"{implementation_code}{day}{sequence:0{SEQUENCE_WIDTH}d}"


def parse_case_number(number: str, implementation_code: str) -> tuple[str, int]:
    """Return the (day, sequence) of a case number of a known service, or raise ValueError."""
    if not number.startswith(implementation_code):
        raise ValueError("the case number is not of this service")
    rest = number[len(implementation_code) :]
    day, sequence = rest[:8], rest[8:]
    if not _DAY.fullmatch(day) or len(sequence) < SEQUENCE_WIDTH or not sequence.isdigit():
        raise ValueError("a case number ends in yyyymmdd and a sequence of 4 or more digits")
    return day, int(sequence)


class CaseNumbers:
    """Issue case numbers from an injected counter repository.

    `counters.next_sequence(implementation_code, day)` atomically returns 1, 2, 3 … for
    each (实施编码, day); see services.repositories.CaseNumberCounter.
    """

    def __init__(self, counters):
        self.counters = counters

    def issue(self, implementation_code: str, received_at: datetime) -> str:
        """Return the next case number of a service for the China day of received_at."""
        day = china_day(received_at)
        sequence = self.counters.next_sequence(implementation_code, day)
        return format_case_number(implementation_code, day, sequence)
