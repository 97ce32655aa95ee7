"""The seeded catalogue of high-frequency services (高频事项), one module per department."""

import copy

from services.catalogue import public_security

_DEPARTMENT_MODULES = (public_security,)
_ITEMS = tuple(item for module in _DEPARTMENT_MODULES for item in module.ITEMS)


def all_items() -> list[dict]:
    """Return a fresh copy of every seeded item, ready to be stored or checked."""
    return copy.deepcopy(list(_ITEMS))
