"""What each rule finds in the facts: the reasons a colour applies, and for how long."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cached_property
from itertools import pairwise
from operator import attrgetter

from health_code.rules.clearance import NegativePairs
from health_code.rules.facts import Facts, RiskArea, Travel, covering_codes
from health_code.rules.reasons import Reason, make_reason
from health_code.rules.ruleset import Rule, RuleSet

OVERRIDE = "manual_override"
_LEVELS = ("high", "medium", "low")  # most severe first


@dataclass
class FactView:
    """The facts with the lookups several rules share, computed once per evaluation."""

    facts: Facts
    ruleset: RuleSet

    @cached_property
    def risky_travel(self) -> dict[str, list[Travel]]:
        """Group declared trips by the worst risk level their region had when they left it."""
        areas: dict[str, list[RiskArea]] = {}
        for area in self.facts.risk_areas:
            areas.setdefault(area.region_code, []).append(area)
        # The same trip is usually repeated in every later declaration; count it once.
        trips = {trip for declaration in self.facts.declarations for trip in declaration.travel}
        grouped: dict[str, list[Travel]] = {level: [] for level in _LEVELS}
        for trip in sorted(trips, key=attrgetter("left_at")):
            levels = {
                area.level
                for code in covering_codes(trip.region_code)
                for area in areas.get(code, ())
                if area.applied_when(trip.left_at)
            }
            level = next((level for level in _LEVELS if level in levels), None)
            if level:
                grouped[level].append(trip)
        return grouped


def find_reasons(facts: Facts, ruleset: RuleSet) -> list[Reason]:
    """Return every reason any rule finds in the facts, in force now or not."""
    view = FactView(facts, ruleset)
    unknown = [r.id for r in ruleset.rules if r.id not in _FINDERS and r.id not in _LIFTERS]
    if unknown:
        raise ValueError(f"ruleset {ruleset.version} has rules this engine lacks: {unknown}")
    reasons = [
        reason
        for rule in ruleset.rules
        if rule.id in _FINDERS
        for reason in _FINDERS[rule.id](rule, view)
    ]
    # Lifting runs last because it shortens the reasons the other rules found.
    for rule in ruleset.rules:
        if rule.id in _LIFTERS:
            reasons = _LIFTERS[rule.id](rule, reasons, view)
    return reasons


def _earlier(first: datetime | None, second: datetime | None) -> datetime | None:
    """Return the earlier end, where None means never."""
    return second if first is None else first if second is None else min(first, second)


def _superseded(items: Iterable, at: Callable, until: Callable) -> Iterator[tuple]:
    """Pair each item with its end: its own, or the moment a newer item replaced it."""
    ordered = sorted(items, key=at)
    for item, newer in pairwise([*ordered, None]):
        yield item, _earlier(until(item), at(newer) if newer else None)


def _positive_tests(rule: Rule, view: FactView) -> Iterator[Reason]:
    days = timedelta(days=rule.params["days"])
    for test in view.facts.tests:
        if test.result == "positive":
            at = test.sampled_at
            yield make_reason(rule, at, at, at + days, {"sampled": at})


def _isolation_orders(rule: Rule, view: FactView) -> Iterator[Reason]:
    for order in view.facts.isolation_orders:
        fields = {"start": order.start, "reason": order.reason}
        yield make_reason(rule, order.start, order.start, order.end, fields)


def _close_contacts(rule: Rule, view: FactView) -> Iterator[Reason]:
    for contact in view.facts.close_contacts:
        at = contact.listed_at
        yield make_reason(rule, at, at, contact.until, {"listed": at})


def _travel(rule: Rule, view: FactView, level: str, offset: timedelta) -> Iterator[Reason]:
    days = timedelta(days=rule.params["days"])
    for trip in view.risky_travel[level]:
        start = trip.left_at + offset
        fields = {"left": trip.left_at, "region": trip.region_code}
        yield make_reason(rule, trip.left_at, start, start + days, fields)


def _high_risk_travel(rule: Rule, view: FactView) -> Iterator[Reason]:
    return _travel(rule, view, "high", timedelta(0))


def _high_risk_cooldown(rule: Rule, view: FactView) -> Iterator[Reason]:
    # The cooldown starts where the high-risk red ends, so it reads that rule's days.
    red_days = view.ruleset.rule("high_risk_travel").params["days"]
    return _travel(rule, view, "high", timedelta(days=red_days))


def _medium_risk_travel(rule: Rule, view: FactView) -> Iterator[Reason]:
    return _travel(rule, view, "medium", timedelta(0))


def _symptoms(rule: Rule, view: FactView) -> Iterator[Reason]:
    days = timedelta(days=rule.params["days"])
    # Only the latest declaration speaks for the person's health: a newer one ends the last.
    at, until = attrgetter("declared_at"), lambda declaration: declaration.declared_at + days
    for declaration, end in _superseded(view.facts.declarations, at, until):
        if declaration.symptoms:
            moment = declaration.declared_at
            yield make_reason(rule, moment, moment, end, {"declared": moment})


def _partner_codes(rule: Rule, view: FactView) -> Iterator[Reason]:
    for code in view.facts.partner_codes:
        fields = {
            "region": code.region,
            "colour": code.colour,
            "expires": code.expires_at,
        }
        yield make_reason(
            rule, code.verified_at, code.verified_at, code.expires_at, fields, code.colour
        )


def _overrides(rule: Rule, view: FactView) -> Iterator[Reason]:
    # The authority's latest decision replaces its earlier ones rather than stacking on them.
    for override, end in _superseded(
        view.facts.overrides, attrgetter("set_at"), attrgetter("until")
    ):
        fields = {"colour": override.colour, "reason": override.reason}
        yield make_reason(rule, override.set_at, override.set_at, end, fields, override.colour)


def _lift_by_negative_tests(rule: Rule, reasons: list[Reason], view: FactView) -> list[Reason]:
    pairs = NegativePairs(
        view.facts.tests,
        timedelta(hours=rule.params["min_gap_hours"]),
        timedelta(hours=rule.params["within_hours"]),
    )
    lifted = []
    for reason in reasons:
        # Only tests sampled after the yellow began say anything about what caused it.
        pair = pairs.first_after(reason.applies_from) if reason.rule_id in rule.clears else None
        if pair is None or (reason.until is not None and pair[1] >= reason.until):
            lifted.append(reason)
            continue
        first, second = pair
        fields = {"first": first, "second": second, "cleared": reason}
        lifted.append(replace(reason, until=second))
        lifted.append(make_reason(rule, second, second, reason.until, fields))
    return lifted


_FINDERS = {
    "manual_override": _overrides,
    "positive_test": _positive_tests,
    "isolation_order": _isolation_orders,
    "close_contact": _close_contacts,
    "high_risk_travel": _high_risk_travel,
    "high_risk_travel_cooldown": _high_risk_cooldown,
    "medium_risk_travel": _medium_risk_travel,
    "symptoms_declared": _symptoms,
    "partner_region_code": _partner_codes,
}
_LIFTERS = {"cleared_by_negative_tests": _lift_by_negative_tests}
