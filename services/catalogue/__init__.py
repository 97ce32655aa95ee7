"""The seeded catalogue of high-frequency services (高频事项), one module per department."""

import copy

from services.catalogue import (
    civil_affairs,
    degree_committee,
    disabled_federation,
    education,
    exit_entry,
    health,
    housing_construction,
    housing_fund,
    human_resources,
    justice,
    market_regulation,
    medical_insurance,
    natural_resources,
    public_security,
    taxation,
    traffic_police,
    transport,
    veterans_affairs,
)

_DEPARTMENT_MODULES = (
    public_security,
    traffic_police,
    exit_entry,
    human_resources,
    housing_fund,
    civil_affairs,
    health,
    education,
    taxation,
    market_regulation,
    natural_resources,
    medical_insurance,
    disabled_federation,
    transport,
    veterans_affairs,
    justice,
    housing_construction,
    degree_committee,
)
_ITEMS = tuple(item for module in _DEPARTMENT_MODULES for item in module.ITEMS)
_BY_CODE = {item["implementation_code"]: item for item in _ITEMS}


def all_items() -> list[dict]:
    """Return a fresh copy of every seeded item, ready to be stored or checked."""
    return copy.deepcopy(list(_ITEMS))


def seeded_item(implementation_code: str) -> dict | None:
    """Return a copy of one seeded item by its 实施编码, or None."""
    item = _BY_CODE.get(implementation_code)
    return copy.deepcopy(item) if item is not None else None
