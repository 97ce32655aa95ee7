"""Who may be added as whose dependant: relations that fit the ages, and whose consent it takes.

Family codes are for people who cannot show their own: a young child, an elderly relative
without a phone. An adult who has an account here decides for themselves, so adding them
takes their acceptance in their own app; people without an account are added on the
guardian's declaration, and see and can remove their guardians once they open one.
"""

from datetime import date, timedelta

RELATIONS = ("child", "parent", "grandparent", "spouse", "other")
ADULT_AGE = 18
REQUEST_DAYS = 7  # a request the dependant has not answered lapses after this

ACTIVE, PENDING = "active", "pending"
DECLARED, ACCEPTED = "declared", "accepted"  # how an active link was consented to
REQUEST_LIFETIME = timedelta(days=REQUEST_DAYS)


def age_on(birth: date, day: date) -> int:
    """Return the age in whole years on a day."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def relation_fits(relation: str, guardian_birth: date | None, dependant_birth: date | None):
    """Say whether the ages allow the relation (unknown when a document carries no birth date)."""
    if guardian_birth is None or dependant_birth is None:
        return True
    if relation == "child":
        return dependant_birth > guardian_birth
    if relation in ("parent", "grandparent"):
        return dependant_birth < guardian_birth
    return True


def needs_consent(has_account: bool, birth: date | None, today: date) -> bool:
    """Say whether adding this person waits for their own acceptance.

    A person with an account consents themselves unless they are known to be a minor;
    without an account (no phone, a young child) the guardian's declaration stands.
    """
    return has_account and (birth is None or age_on(birth, today) >= ADULT_AGE)


def is_live(link: dict, now) -> bool:
    """Say whether a link counts: active, or a request still waiting for its answer."""
    return link.get("status") == ACTIVE or (
        link.get("status") == PENDING and now < link["expires_at"]
    )
