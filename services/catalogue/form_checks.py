"""Check form schemas: fields the front end can render, pre-filled from sources that exist."""

import re

from services.catalogue.certificates import CERTIFICATE_TYPES, certificate_fields
from services.catalogue.fields import FIELD_TYPES
from services.prefill import PROFILE_FIELDS

LANGUAGES = ("zh-CN", "zh-HK", "en")
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


def is_text(value) -> bool:
    """Say whether a value is a text with every language filled in."""
    return isinstance(value, dict) and all(
        isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGUAGES
    )


def field_problems(field: dict) -> list[str]:
    """Return what keeps the front end from rendering a form field."""
    name, kind = field.get("name"), field.get("type")
    label = f"field {name!r}"
    if not isinstance(name, str) or not _FIELD_NAME.fullmatch(name):
        return [f"{label} name is not snake_case"]
    if kind not in FIELD_TYPES:
        return [f"{label} has unknown type {kind!r}"]
    problems = [] if is_text(field.get("label")) else [f"{label} label missing in a language"]
    if not isinstance(field.get("required"), bool):
        problems.append(f"{label} must say whether it is required")
    if not prefill_source_exists(field.get("prefill")):
        problems.append(f"{label} pre-fills from unknown source {field.get('prefill')!r}")
    validation = field.get("validation") or {}
    if not set(validation) <= set(FIELD_TYPES[kind]):
        problems.append(f"{label} has validation {sorted(validation)} a {kind} cannot take")
    if "pattern" in validation and not _compiles(validation["pattern"]):
        problems.append(f"{label} pattern does not compile")
    if kind == "select":
        problems += _options(label, field.get("options"))
    return problems


def prefill_source_exists(source) -> bool:
    """Say whether a pre-fill source names a profile field or a field of a certificate type."""
    if source is None:
        return True
    kind, _, rest = str(source).partition(".")
    if kind == "profile":
        return rest in PROFILE_FIELDS
    slug, _, name = rest.partition(".")
    return kind == "cert" and slug in CERTIFICATE_TYPES and name in certificate_fields(slug)


def _options(label: str, options) -> list[str]:
    if not options:
        return [f"{label} is a select without options"]
    values = [option.get("value") for option in options]
    problems = [] if len(set(values)) == len(values) else [f"{label} option values repeat"]
    if not all(isinstance(v, str) and v for v in values):
        problems.append(f"{label} option values must be text")
    if not all(is_text(option.get("label")) for option in options):
        problems.append(f"{label} option label missing in a language")
    return problems


def _compiles(pattern) -> bool:
    try:
        re.compile(pattern)
    except (re.error, TypeError):
        return False
    return True
