"""Mainland China mobile numbers."""

import re

from core.errors import ServiceError

_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")  # [0-9]: \d also matches full-width digits
_SEPARATORS = re.compile(r"[\s\-()]")


def normalise_phone(raw: str) -> str:
    """Return the 11-digit number, accepting +86/0086/86 and spaces; refuse anything else."""
    phone = _SEPARATORS.sub("", raw or "")
    for prefix in ("+86", "0086", "86"):
        if phone.startswith(prefix) and len(phone) == len(prefix) + 11:
            phone = phone[len(prefix) :]
            break
    if not _MOBILE.match(phone):
        raise ServiceError(
            "auth.phone_invalid", "invalid", errors={"phone": ["auth.phone_invalid"]}
        )
    return phone
