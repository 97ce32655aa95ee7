"""A service's minimum assurance level (L1 phone, L2 real name, L3 real person)."""

LEVELS = ("L1", "L2", "L3")
STEP_UP_METHODS = ("sms", "face", "real_name")
STEP_UP_MAX_AGE_SECONDS = 300


def step_up_needed(item: dict, current_level: str | None) -> dict | None:
    """Return the step-up details when a session's level is below the service's minimum.

    The caller answers with the one step-up shape (403 `auth.step_up_required` with these
    as `errors`); None means the level is enough.
    """
    required = item["min_level"]
    current = LEVELS.index(current_level) if current_level in LEVELS else -1
    if current >= LEVELS.index(required):
        return None
    return {
        "required_level": required,
        "methods": list(STEP_UP_METHODS),
        "max_age_seconds": STEP_UP_MAX_AGE_SECONDS,
    }
