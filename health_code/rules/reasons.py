"""What a reason is, and how its summary is worded for the holder in each locale."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from core.clock import CHINA_STANDARD_TIME
from health_code.rules.facts import Colour
from health_code.rules.ruleset import COLOUR_NAMES, Rule


@dataclass(frozen=True)
class Reason:
    """Why a colour applies: the rule, the fact behind it, and the period it covers."""

    rule_id: str
    colour: Colour
    fact_at: datetime
    applies_from: datetime
    until: datetime | None
    templates: Mapping[str, str] = field(repr=False, compare=False)
    fields: Mapping[str, object] = field(repr=False, compare=False)  # the fact's raw values

    def applies_at(self, moment: datetime) -> bool:
        """Tell whether the reason is in force at the moment (until is exclusive)."""
        return self.applies_from <= moment and (self.until is None or moment < self.until)

    @cached_property
    def summary(self) -> dict[str, str]:
        """Word the fact per locale, e.g. {"zh-CN": "2026-11-20 从 440305 (高风险地区) 离开"}."""
        # Worded on first use: most reasons an evaluation finds are not in force, never shown.
        return {
            locale: template.format(
                **{key: _worded(value, locale) for key, value in self.fields.items()}
            )
            for locale, template in self.templates.items()
        }


def make_reason(
    rule: Rule,
    fact_at: datetime,
    start: datetime,
    until: datetime | None,
    fields: Mapping[str, object],
    colour: Colour | None = None,
) -> Reason:
    """Build a reason worded by the rule's summary templates; colour defaults to the rule's."""
    return Reason(rule.id, colour or rule.colour, fact_at, start, until, rule.summary, fields)


def _worded(value: object, locale: str) -> object:
    """Turn a raw fact value into what the locale's template expects."""
    if isinstance(value, Colour):
        return COLOUR_NAMES[locale][value]
    if isinstance(value, Reason):
        return value.summary[locale]
    if isinstance(value, datetime):
        # Holders read China Standard Time; a UTC date is wrong for 8 hours of every day.
        return value.astimezone(CHINA_STANDARD_TIME)
    return value
