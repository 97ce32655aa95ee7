"""Give every family link a status: links to adults with their own account await consent.

Before consent existed, a guardian could add anyone. A link to a person who has an account
here and is an adult (or whose document carries no birth date) now becomes a request that
person answers in their own app, lapsing after REQUEST_DAYS; every other link (young
children, people without an account) stands on the guardian's declaration.
"""

from datetime import date, timedelta

VERSION = 2
NAME = "guardianship consent"
# The rules as they stood when this step was written (a migration is a snapshot, not a link).
REQUEST_DAYS = 7
ADULT_AGE = 18


def apply(db, now) -> int:
    """Mark each link without a status active (declared) or pending (awaiting its adult)."""
    changed = 0
    for link in db.guardianships.find({"status": {"$exists": False}}):
        account = db.accounts.find_one({"real_name.person_index": link["person_index"]})
        changes = {"status": "active", "consent": "declared"}
        if account is not None and _adult_or_unknown(account, now):
            changes = {
                "status": "pending",
                "consent": None,
                "dependant_account_id": str(account["_id"]),
                "expires_at": now + timedelta(days=REQUEST_DAYS),
            }
        result = db.guardianships.update_one(
            {"_id": link["_id"], "status": {"$exists": False}}, {"$set": changes}
        )
        changed += result.modified_count
    return changed


def _adult_or_unknown(account: dict, now) -> bool:
    known = account["real_name"].get("birth_date")
    if not known:
        return True
    birth, today = date.fromisoformat(known), now.date()
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return age >= ADULT_AGE
