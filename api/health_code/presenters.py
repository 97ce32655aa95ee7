"""Shape a shown code for JSON."""


def present_code(shown) -> dict:
    """Merge the token with the assessment behind it."""
    assessment = shown.assessment
    return {
        "colour": assessment["colour"],
        "token": shown.token,
        "issued_at": shown.issued_at,
        "expires_at": shown.expires_at,
        "refresh_after": shown.refresh_after,
        "masked_name": shown.masked_name,
        "since": assessment["since"],
        "next_change_at": assessment["next_change_at"],
        "ruleset_version": assessment["ruleset_version"],
        "reasons": assessment["reasons"],
    }
