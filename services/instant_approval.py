"""Instant approval (秒办): a service's rules as data, decided when the application arrives.

Every rule of the service must hold for the system to approve at once; the first rule that
does not hold is named in the decision and the case goes to a clerk as usual.

Facts the evaluator reads (the use-case gathers them; none is looked up here):
  birth_date        ISO day or date of the applicant, or None
  household_region  GB/T 2260 code of the household registration, or None
  level             assurance level of the session (L1, L2, L3)
  certificates      {type slug: [valid certificates the applicant holds]} (plain dicts
                    with `valid_until` as an ISO day or None for long-term)
  open_case         whether the applicant already has an open case of this service
"""

from dataclasses import dataclass
from datetime import date, datetime

from core.clock import CHINA_STANDARD_TIME
from services.prefill import newest_certificate

LEVELS = ("L1", "L2", "L3")
NOT_OFFERED = "not_offered"
ALL_RULES_MET = "all_rules_met"

# Rule kind → the parameters it takes (required, optional).
RULE_PARAMS = {
    "age_between": ((), ("min", "max")),
    "household_region": (("prefixes",), ()),
    "holds_certificate": (("certificate",), ()),
    "lacks_certificate": (("certificate",), ()),
    "certificate_expires_within": (("certificate", "days"), ()),
    "level_at_least": (("level",), ()),
    "no_open_case": ((), ()),
}


@dataclass(frozen=True)
class Decision:
    """Whether the system approves at once, and the rule that decided (or why none did)."""

    instant: bool
    decided_by: str
    checked: tuple[str, ...] = ()


def decide(item: dict, facts: dict, now: datetime) -> Decision:
    """Decide at submission whether the service is approved at once or goes to a clerk."""
    rules = (item.get("instant") or {}).get("rules") or []
    if not rules:
        return Decision(False, NOT_OFFERED)
    today = now.astimezone(CHINA_STANDARD_TIME).date()
    checked = []
    for rule in rules:
        checked.append(rule["rule"])
        if not _HOLDS[rule["rule"]](rule, facts, today):
            return Decision(False, rule["rule"], tuple(checked))
    return Decision(True, ALL_RULES_MET, tuple(checked))


def applicant_facts(profile: dict, certificates: dict, level: str, open_case: bool) -> dict:
    """Return the facts the rules read, the household region from the household register."""
    register = newest_certificate(certificates.get("household_register") or [])
    region = ((register or {}).get("fields") or {}).get("region") or profile.get("household_region")
    return {
        "birth_date": profile.get("birth_date"),
        "household_region": region,
        "level": level,
        "certificates": certificates,
        "open_case": open_case,
    }


def age_on(birth_date, today: date) -> int | None:
    """Return the age in whole years on a day, or None when the birth date is unknown."""
    born = _as_date(birth_date)
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _age_between(rule, facts, today) -> bool:
    age = age_on(facts.get("birth_date"), today)
    if age is None:
        return False
    return rule.get("min", 0) <= age <= rule.get("max", 200)


def _household_region(rule, facts, today) -> bool:
    region = facts.get("household_region") or ""
    return any(region.startswith(prefix) for prefix in rule["prefixes"])


def _valid_certificates(facts, slug, today) -> list[dict]:
    held = (facts.get("certificates") or {}).get(slug) or []
    return [cert for cert in held if _valid_on(cert, today)]


def _holds_certificate(rule, facts, today) -> bool:
    return bool(_valid_certificates(facts, rule["certificate"], today))


def _lacks_certificate(rule, facts, today) -> bool:
    return not _valid_certificates(facts, rule["certificate"], today)


def _expires_within(rule, facts, today) -> bool:
    # A renewal window: a certificate still valid that runs out within the given days.
    for cert in _valid_certificates(facts, rule["certificate"], today):
        until = _as_date(cert.get("valid_until"))
        if until is not None and (until - today).days <= rule["days"]:
            return True
    return False


def _level_at_least(rule, facts, today) -> bool:
    level = facts.get("level")
    return level in LEVELS and LEVELS.index(level) >= LEVELS.index(rule["level"])


def _no_open_case(rule, facts, today) -> bool:
    # Only a definite "no" passes: an unknown answer must not approve anything.
    return facts.get("open_case") is False


def _valid_on(cert: dict, today: date) -> bool:
    if cert.get("status", "valid") != "valid":
        return False
    until = _as_date(cert.get("valid_until"))
    return until is None or until >= today


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(CHINA_STANDARD_TIME).date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_HOLDS = {
    "age_between": _age_between,
    "household_region": _household_region,
    "holds_certificate": _holds_certificate,
    "lacks_certificate": _lacks_certificate,
    "certificate_expires_within": _expires_within,
    "level_at_least": _level_at_least,
    "no_open_case": _no_open_case,
}
