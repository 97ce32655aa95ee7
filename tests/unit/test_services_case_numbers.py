"""Case numbers: 实施编码 + China day + a daily sequence that widens instead of failing."""

from collections import Counter
from datetime import UTC, datetime

import pytest

from services.case_numbers import CaseNumbers, format_case_number, parse_case_number

CODE = "2002001001440000114400005BXN8TK7B2"


class MemoryCounter:
    """The counter repository's contract, in memory: 1, 2, 3 … per (code, day)."""

    def __init__(self, start: int = 0):
        self.values = Counter()
        self.start = start
        self.calls = []

    def next_sequence(self, implementation_code: str, day: str) -> int:
        self.calls.append((implementation_code, day))
        self.values[(implementation_code, day)] += 1
        return self.start + self.values[(implementation_code, day)]


def test_numbers_run_per_service_and_day():
    numbers = CaseNumbers(MemoryCounter())
    morning = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
    assert numbers.issue(CODE, morning) == f"{CODE}202612020001"
    assert numbers.issue(CODE, morning) == f"{CODE}202612020002"
    assert numbers.issue("OTHER", morning) == "OTHER202612020001"


def test_the_day_is_the_china_day_not_the_utc_day():
    counter = MemoryCounter()
    numbers = CaseNumbers(counter)
    # 16:30 UTC on 2 December is 00:30 on 3 December in China: a new day, a new sequence.
    late = datetime(2026, 12, 2, 16, 30, tzinfo=UTC)
    assert numbers.issue(CODE, late) == f"{CODE}202612030001"
    assert counter.calls == [(CODE, "20261203")]


def test_the_sequence_widens_past_9999():
    numbers = CaseNumbers(MemoryCounter(start=9_998))
    moment = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)
    issued = [numbers.issue(CODE, moment) for _ in range(3)]
    assert issued == [f"{CODE}202612029999", f"{CODE}2026120210000", f"{CODE}2026120210001"]
    assert [parse_case_number(number, CODE) for number in issued] == [
        ("20261202", 9_999),
        ("20261202", 10_000),
        ("20261202", 10_001),
    ]


@pytest.mark.parametrize(
    ("code", "day", "sequence"),
    [
        ("", "20261202", 1),
        ("X" * 37, "20261202", 1),
        (CODE, "2026-12-02", 1),
        (CODE, "20261202", 0),
    ],
)
def test_malformed_parts_are_refused(code, day, sequence):
    with pytest.raises(ValueError):
        format_case_number(code, day, sequence)


def test_a_number_of_another_service_does_not_parse():
    with pytest.raises(ValueError):
        parse_case_number("OTHER202612020001", CODE)
    with pytest.raises(ValueError):
        parse_case_number(f"{CODE}20261202001", CODE)
