"""Residents' consents: one document per account and purpose, with its recent history."""

from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository

HISTORY_KEPT = 50
GRANTED, WITHDRAWN = "granted", "withdrawn"


class ConsentRepository(Repository):
    collection_name = "consents"
    INDEXES = (
        IndexModel(
            [("account_id", ASCENDING), ("purpose", ASCENDING)],
            unique=True,
            name="account_purpose_unique",
        ),
    )

    def of_account(self, account_id: str) -> list[dict]:
        """Return the account's consents, one per purpose it ever answered."""
        return list(self.collection.find({"account_id": account_id}).sort("purpose", ASCENDING))

    def grant(self, account_id: str, purpose: str, version: str, at) -> dict:
        """Record agreement to a purpose as worded in a notice version; return the consent."""
        return self.upsert(
            {"account_id": account_id, "purpose": purpose},
            {
                "$set": {"status": GRANTED, "version": version, "changed_at": at},
                "$push": _history(GRANTED, version, at),
            },
        )

    def withdraw(self, account_id: str, purpose: str, at) -> dict | None:
        """Withdraw a granted consent; None when it was not granted."""
        return self.collection.find_one_and_update(
            {"account_id": account_id, "purpose": purpose, "status": GRANTED},
            {
                "$set": {"status": WITHDRAWN, "changed_at": at},
                "$push": _history(WITHDRAWN, None, at),
            },
            return_document=ReturnDocument.AFTER,
        )

    def erase_of_account(self, account_id: str) -> int:
        """Delete every consent of the account (its deletion); return how many there were."""
        return self.collection.delete_many({"account_id": account_id}).deleted_count


def _history(action: str, version: str | None, at) -> dict:
    entry = {"action": action, "version": version, "at": at}
    return {"history": {"$each": [entry], "$slice": -HISTORY_KEPT}}
