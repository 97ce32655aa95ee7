"""Check catalogue items against the national item data rules before they are published.

Each check returns readable problems rather than raising, so one run lists everything
wrong with an item (the unit tests hold the seeded catalogue to an empty list).
"""

import re

from core.departments import BY_SLUG as DEPARTMENTS
from identity.credit_code import is_valid_credit_code
from services.catalogue.build import (
    DELIVERY,
    ITEM_TYPES,
    LEVELS,
    ONLINE_DEPTHS,
    REGIONS,
    SERVICE_OBJECTS,
    implementation_code,
)
from services.catalogue.certificates import CERTIFICATE_TYPES
from services.catalogue.form_checks import field_problems, is_text
from services.catalogue.materials import UPLOAD_TYPES
from services.catalogue.result_checks import result_problems
from services.catalogue.themes import BY_SLUG as THEMES
from services.instant_approval import RULE_PARAMS

_BASIC_CODE = re.compile(r"[0-9]{10}")


def catalogue_problems(items: list[dict]) -> list[str]:
    """Return every problem of every item, and 实施编码 used twice."""
    problems = [
        f"{item.get('implementation_code')}: {p}" for item in items for p in item_problems(item)
    ]
    seen = set()
    for item in items:
        code = item.get("implementation_code")
        if code in seen:
            problems.append(f"{code}: 实施编码 used twice")
        seen.add(code)
    return problems


def item_problems(item: dict) -> list[str]:
    """Return what is wrong with one item (an empty list when nothing is)."""
    return [
        *_codes(item),
        *_texts(item),
        *_classification(item),
        *_limits_and_channels(item),
        *_materials(item),
        *_instant(item),
        *_form(item),
        *result_problems(item),
    ]


def _codes(item: dict) -> list[str]:
    department = DEPARTMENTS.get(item.get("department"))
    if department is None:
        return [f"unknown department {item.get('department')!r}"]
    problems = []
    code, basic = item.get("department_code"), item.get("basic_code", "")
    if code != department.credit_code or not is_valid_credit_code(code):
        problems.append("department credit code missing, wrong or failing its check character")
    if not _BASIC_CODE.fullmatch(basic) or basic[:2] not in ITEM_TYPES.values():
        problems.append("基本编码 is not 10 digits opening with an item type code")
    if ITEM_TYPES.get(item.get("item_type")) != basic[:2]:
        problems.append("item type does not match the 基本编码")
    if item.get("region") not in REGIONS:
        problems.append(f"region {item.get('region')!r} is not a Guangdong GB/T 2260 code")
    implementation = item.get("implementation_code") or ""
    if len(implementation) > 36 or implementation != implementation_code(
        basic, item.get("region"), item["department"]
    ):
        problems.append("实施编码 is not 基本编码 + region + credit code within 36 characters")
    return problems


def _texts(item: dict) -> list[str]:
    problems = [] if is_text(item.get("name")) else ["name missing in a language"]
    conditions = item.get("conditions")
    if not conditions or not all(is_text(c) for c in conditions):
        problems.append("conditions missing or not in three languages")
    keywords = item.get("keywords")
    if not keywords or not all(isinstance(k, str) and 0 < len(k) <= 20 for k in keywords):
        problems.append("keywords missing or longer than 20 characters")
    return problems


def _classification(item: dict) -> list[str]:
    problems = []
    objects = item.get("service_object") or []
    if not objects or not set(objects) <= set(SERVICE_OBJECTS):
        problems.append("service object missing or unknown")
    themes = item.get("themes") or []
    if not themes or not set(themes) <= set(THEMES):
        problems.append(f"themes missing or unknown: {themes}")
    result = item.get("result_certificate")
    if result is not None and result not in CERTIFICATE_TYPES:
        problems.append(f"result certificate {result!r} is not a certificate type")
    if item.get("min_level") not in LEVELS:
        problems.append("minimum assurance level is not L1, L2 or L3")
    return problems


def _is_count(value, top: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= top


def _limits_and_channels(item: dict) -> list[str]:
    problems = []
    limits = item.get("time_limits") or {}
    legal, promised = limits.get("legal_days"), limits.get("promised_days")
    if not (_is_count(legal, 365) and _is_count(promised, 365) and promised <= legal):
        problems.append("time limits must be working days with promised <= legal")
    if not _is_count(item.get("fee_fen"), 10_000_000):
        problems.append("fee must be a whole number of fen")
    visits, depth = item.get("visits"), item.get("online_depth")
    if not _is_count(visits, 5) or depth not in ONLINE_DEPTHS:
        problems.append("visits or online depth out of range")
    elif (visits == 0) != (depth == 4):
        problems.append("zero visits goes with online depth 4 (全程网办) and only with it")
    if not isinstance(item.get("appointment"), bool) or (item.get("appointment") and visits == 0):
        problems.append("an appointment is for a counter visit")
    delivery = item.get("delivery") or []
    if not delivery or not set(delivery) <= set(DELIVERY):
        problems.append("delivery missing or unknown")
    return problems


def _materials(item: dict) -> list[str]:
    problems = []
    materials = item.get("materials")
    if not isinstance(materials, list):
        return ["materials missing"]
    ids = [material.get("id") for material in materials]
    if len(set(ids)) != len(ids):
        problems.append("material ids repeat")
    for material in materials:
        problems += _material(material)
    return problems


def _material(material: dict) -> list[str]:
    label = f"material {material.get('id')!r}"
    problems = [] if is_text(material.get("name")) else [f"{label} name missing in a language"]
    if not isinstance(material.get("required"), bool):
        problems.append(f"{label} must say whether it is required")
    slug, upload = material.get("certificate"), material.get("upload")
    if slug is not None and slug not in CERTIFICATE_TYPES:
        problems.append(f"{label} names unknown certificate type {slug!r}")
    accepted = (upload or {}).get("types") or []
    if upload is not None and (not accepted or not set(accepted) <= set(UPLOAD_TYPES)):
        problems.append(f"{label} upload types missing or unknown")
    if slug is None and upload is None:
        problems.append(f"{label} is neither uploadable nor a certificate")
    return problems


def _instant(item: dict) -> list[str]:
    instant = item.get("instant")
    if instant is None:
        return []
    rules = instant.get("rules") or []
    problems = [] if rules else ["instant approval without rules"]
    if item.get("visits") != 0:
        problems.append("instant approval needs a zero-visit service")
    # Two certificate rules may name two certificates (holds a birth certificate and a
    # household register); the same rule twice is a mistake.
    kinds = [(rule.get("rule"), rule.get("certificate")) for rule in rules]
    if len(set(kinds)) != len(kinds):
        problems.append("an instant-approval rule kind repeats")
    for rule in rules:
        problems += _rule(rule)
    return problems


def _rule(rule: dict) -> list[str]:
    kind = rule.get("rule")
    if kind not in RULE_PARAMS:
        return [f"unknown instant-approval rule {kind!r}"]
    required, optional = RULE_PARAMS[kind]
    given = set(rule) - {"rule"}
    problems = []
    if not set(required) <= given or not given <= set(required) | set(optional):
        problems.append(f"rule {kind} takes {required} and optionally {optional}")
    if "certificate" in rule and rule["certificate"] not in CERTIFICATE_TYPES:
        problems.append(f"rule {kind} names unknown certificate type {rule['certificate']!r}")
    if "level" in rule and rule["level"] not in LEVELS:
        problems.append(f"rule {kind} names unknown level {rule['level']!r}")
    return problems


def _form(item: dict) -> list[str]:
    form = item.get("form")
    if not isinstance(form, list) or not form:
        return ["form missing"]
    names = [field.get("name") for field in form]
    problems = [] if len(set(names)) == len(names) else ["form field names repeat"]
    for field in form:
        problems += field_problems(field)
    return problems
