"""The facts about one person that the colour rules read, as plain immutable values."""

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Literal


class Colour(StrEnum):
    """A health-code colour; the string values are what the API and the QR token carry."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def severity(self) -> int:
        """Return the rank used to let the worst colour win (green 0, yellow 1, red 2)."""
        return _SEVERITY[self]


_SEVERITY = {Colour.GREEN: 0, Colour.YELLOW: 1, Colour.RED: 2}


def worst(colours) -> Colour:
    """Return the most severe of the colours, green when there are none."""
    return max(colours, key=lambda colour: colour.severity, default=Colour.GREEN)


def covering_codes(region_code: str) -> tuple[str, str, str]:
    """Return the district, prefecture and province codes whose risk areas cover a region."""
    return region_code, region_code[:4] + "00", region_code[:2] + "0000"


class _Checked:
    """Reject malformed facts when they are built, not halfway through an evaluation."""

    def __post_init__(self) -> None:
        _require_aware(self)
        code = getattr(self, "region_code", None)
        if code is not None and not (len(code) == 6 and code.isascii() and code.isdigit()):
            raise ValueError(f"region_code must be 6 digits (GB/T 2260), got {code!r}")
        if hasattr(self, "colour"):
            # Facts loaded from MongoDB carry plain strings; Colour("purple") raises here.
            object.__setattr__(self, "colour", Colour(self.colour))


def _require_aware(fact) -> None:
    for field in fields(fact):
        value = getattr(fact, field.name)
        # A naive datetime (a driver without tz_aware=True) would compare wrongly or
        # raise deep inside the evaluator; fail where the fact is made instead.
        if isinstance(value, datetime) and value.utcoffset() is None:
            raise ValueError(f"{type(fact).__name__}.{field.name} must be timezone-aware")


@dataclass(frozen=True)
class Travel(_Checked):
    region_code: str
    left_at: datetime


@dataclass(frozen=True)
class Declaration(_Checked):
    declared_at: datetime
    symptoms: bool
    travel: tuple[Travel, ...] = ()


@dataclass(frozen=True)
class TestResult(_Checked):
    __test__ = False  # not a test class, whatever pytest guesses from the name

    sampled_at: datetime
    result: Literal["negative", "positive"]

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.result not in ("negative", "positive"):
            raise ValueError(f"result must be 'negative' or 'positive', got {self.result!r}")


@dataclass(frozen=True)
class RiskArea(_Checked):
    region_code: str
    level: Literal["high", "medium", "low"]
    start: datetime
    end: datetime | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.level not in ("high", "medium", "low"):
            raise ValueError(f"level must be 'high', 'medium' or 'low', got {self.level!r}")

    def applied_when(self, moment: datetime) -> bool:
        """Tell whether the area was at this level at the moment (both ends inclusive)."""
        return self.start <= moment and (self.end is None or moment <= self.end)


@dataclass(frozen=True)
class IsolationOrder(_Checked):
    start: datetime
    end: datetime | None
    reason: str


@dataclass(frozen=True)
class CloseContact(_Checked):
    listed_at: datetime
    until: datetime | None = None


@dataclass(frozen=True)
class PartnerCode(_Checked):
    region: str
    colour: Colour
    verified_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class ManualOverride(_Checked):
    colour: Colour
    reason: str
    set_at: datetime
    set_by: str
    until: datetime | None = None


@dataclass(frozen=True)
class Facts:
    """Everything known about one person; the API layer loads it, the evaluator reads it."""

    declarations: tuple[Declaration, ...] = ()
    tests: tuple[TestResult, ...] = ()
    risk_areas: tuple[RiskArea, ...] = ()
    isolation_orders: tuple[IsolationOrder, ...] = ()
    close_contacts: tuple[CloseContact, ...] = ()
    partner_codes: tuple[PartnerCode, ...] = ()
    overrides: tuple[ManualOverride, ...] = ()
