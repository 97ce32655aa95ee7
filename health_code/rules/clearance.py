"""Pairs of negative tests that lift a yellow code, indexed by when the pair began."""

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from operator import attrgetter

from health_code.rules.facts import TestResult

Pair = tuple[datetime, datetime]


class NegativePairs:
    """Answer 'which qualifying pair, sampled wholly after t, completed first?' in O(log n)."""

    def __init__(self, tests: Iterable[TestResult], min_gap: timedelta, within: timedelta):
        pairs = sorted(_qualifying_pairs(tests, min_gap, within))
        self._firsts = [first for first, _ in pairs]
        self._earliest_completed = _suffix_earliest(pairs)

    def first_after(self, moment: datetime) -> Pair | None:
        """Return the earliest-completed pair whose first sample is after the moment."""
        index = bisect_right(self._firsts, moment)
        if index == len(self._firsts):
            return None
        return self._earliest_completed[index]


def _qualifying_pairs(
    tests: Iterable[TestResult], min_gap: timedelta, within: timedelta
) -> Iterator[Pair]:
    """Yield, for each negative, the latest earlier negative it qualifies with, if any."""
    negatives: list[datetime] = []
    for test in sorted(tests, key=attrgetter("sampled_at")):
        if test.result == "positive":
            negatives = []  # a positive in between means the two negatives are not a pair
            continue
        # The latest partner at least min_gap earlier is the closest one: if it is more than
        # `within` away, every earlier one is too; and it keeps the pair as late as possible.
        index = bisect_right(negatives, test.sampled_at - min_gap) - 1
        if index >= 0 and test.sampled_at - negatives[index] <= within:
            yield negatives[index], test.sampled_at
        negatives.append(test.sampled_at)


def _suffix_earliest(pairs: list[Pair]) -> list[Pair]:
    """For each position, return the pair completed earliest from there to the end."""
    earliest: list[Pair] = []
    for pair in reversed(pairs):
        earliest.append(pair if not earliest or pair[1] < earliest[-1][1] else earliest[-1])
    return earliest[::-1]
