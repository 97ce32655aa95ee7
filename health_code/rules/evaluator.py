"""Decide one person's colour at a moment: the colour, why, since when and until when."""

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from operator import itemgetter

from health_code.rules.causes import OVERRIDE, find_reasons
from health_code.rules.facts import Colour, Facts, worst
from health_code.rules.reasons import Reason
from health_code.rules.ruleset import RULESET, RuleSet

__all__ = ["Assessment", "Reason", "evaluate"]

Segment = tuple[datetime | None, Colour]  # a colour and when it started (None: always)


@dataclass(frozen=True)
class Assessment:
    """The colour at a moment; reasons[0] is what decided it (an override, else the worst)."""

    colour: Colour
    since: datetime | None  # None: green for as long as the facts go back
    reasons: tuple[Reason, ...]
    ruleset_version: str
    next_change_at: datetime | None  # None: no change is due unless the facts change


def evaluate(facts: Facts, now: datetime, ruleset: RuleSet = RULESET) -> Assessment:
    """Assess the colour at `now` from the facts under the rule set."""
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    reasons = find_reasons(facts, ruleset)
    timeline = _timeline(reasons)
    index = bisect_right([start for start, _ in timeline[1:]], now)
    since, colour = timeline[index]
    next_change_at = timeline[index + 1][0] if index + 1 < len(timeline) else None
    in_force = sorted((reason for reason in reasons if reason.applies_at(now)), key=_rank)
    return Assessment(colour, since, tuple(in_force), ruleset.version, next_change_at)


def _rank(reason: Reason) -> tuple:
    return reason.rule_id != OVERRIDE, -reason.colour.severity, reason.fact_at


def _timeline(reasons: Iterable[Reason]) -> list[Segment]:
    """Return each change of colour over all time, starting from green since forever."""
    # Ends sort before starts at the same moment, so back-to-back periods hand over cleanly.
    events = sorted(_events(reasons), key=itemgetter(0, 1))
    active = dict.fromkeys(Colour, 0)
    override: Colour | None = None
    timeline: list[Segment] = [(None, Colour.GREEN)]
    for moment, batch in groupby(events, key=itemgetter(0)):
        for _, starting, reason in batch:
            if reason.rule_id == OVERRIDE:
                # Overrides never overlap (a newer one ends the older), so one slot is enough.
                override = reason.colour if starting else None
            else:
                active[reason.colour] += 1 if starting else -1
        colour = override or worst(colour for colour, count in active.items() if count)
        if colour != timeline[-1][1]:
            timeline.append((moment, colour))
    return timeline


def _events(reasons: Iterable[Reason]) -> Iterator[tuple[datetime, int, Reason]]:
    for reason in reasons:
        if reason.until is not None and reason.until <= reason.applies_from:
            continue
        if reason.colour is Colour.GREEN and reason.rule_id != OVERRIDE:
            continue  # a green reason is shown to the holder but never raises the colour
        yield reason.applies_from, 1, reason
        if reason.until is not None:
            yield reason.until, 0, reason
