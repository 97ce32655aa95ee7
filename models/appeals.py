"""Appeals against a yellow or red colour, and the authority's decisions on them."""

from bson import ObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument

from models.base import Repository

OPEN = "open"
WITHDRAWN = "withdrawn"  # by its holder's account deletion


def _object_id(appeal_id: str) -> ObjectId | None:
    return ObjectId(appeal_id) if ObjectId.is_valid(appeal_id) else None


class AppealRepository(Repository):
    collection_name = "appeals"
    INDEXES = (
        IndexModel([("status", ASCENDING), ("created_at", ASCENDING)], name="status_created"),
        IndexModel([("account_id", ASCENDING), ("created_at", DESCENDING)], name="account_created"),
        # One open appeal per holder, enforced by the database so two taps cannot race.
        IndexModel(
            [("account_id", ASCENDING)],
            unique=True,
            name="one_open_per_account",
            partialFilterExpression={"status": OPEN},
        ),
    )

    def insert(self, appeal: dict) -> dict:
        """Store a new appeal; raises Duplicate while the holder has one open."""
        with self.unique():
            self.collection.insert_one(appeal)
        return appeal

    def find(self, appeal_id: str) -> dict | None:
        """Return the appeal with this id, or None (also for malformed ids)."""
        oid = _object_id(appeal_id)
        return self.collection.find_one({"_id": oid}) if oid else None

    def find_of_account(self, appeal_id: str, account_id: str) -> dict | None:
        """Return the appeal only if this account filed it."""
        oid = _object_id(appeal_id)
        return self.collection.find_one({"_id": oid, "account_id": account_id}) if oid else None

    def page_of_account(self, account_id: str, limit: int, offset: int):
        """Return one page of the account's appeals, newest first, and their number."""
        order = [("created_at", DESCENDING), ("_id", DESCENDING)]
        return self.page({"account_id": account_id}, order, limit, offset)

    def page_by_status(self, status: str, limit: int, offset: int):
        """Return one page of appeals of a status (open: oldest first) and their number."""
        order = ASCENDING if status == OPEN else DESCENDING
        query = {"status": status}
        cursor = self.collection.find(query).sort("created_at", order).skip(offset).limit(limit)
        # The partial unique index also matches {status: open}; the queue wants the sorted one.
        items = list(cursor.hint("status_created"))
        return items, self.collection.count_documents(query)

    def decide(self, appeal_id, decision: dict, session=None) -> dict | None:
        """Record the decision if the appeal is still open; None when it is not."""
        return self.collection.find_one_and_update(
            {"_id": appeal_id, "status": OPEN},
            {"$set": decision},
            return_document=ReturnDocument.AFTER,
            session=session,
        )

    def all_of_account(self, account_id: str) -> list[dict]:
        """Return every appeal the account filed, newest first."""
        cursor = self.collection.find({"account_id": account_id})
        return list(cursor.sort([("created_at", DESCENDING), ("_id", DESCENDING)]))

    def anonymise_of_account(self, account_id: str, at) -> int:
        """Withdraw the account's open appeal, and drop the holder's words and name from all.

        The decisions stay (the authority's record); what the holder wrote does not.
        """
        self.collection.update_many(
            {"account_id": account_id, "status": OPEN},
            {"$set": {"status": WITHDRAWN, "decided_at": at, "decided_by": "account_deleted"}},
        )
        result = self.collection.update_many(
            {"account_id": account_id, "reason_erased_at": {"$exists": False}},
            {"$set": {"reason": "", "reason_erased_at": at}, "$unset": {"masked_name": ""}},
        )
        return result.modified_count
