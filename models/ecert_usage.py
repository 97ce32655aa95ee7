"""The usage log of e-certificates (用证记录): implements `ecert.usage.UsageLog`.

Entries name the holder by blind index only and carry field names, never field values.
"""

from pymongo import ASCENDING, DESCENDING, IndexModel

from models.base import Repository

NEWEST = [("at", DESCENDING), ("_id", DESCENDING)]


class UsageLogRepository(Repository):
    collection_name = "ecert_usage"
    INDEXES = (
        IndexModel([("person_index", ASCENDING), ("at", DESCENDING)], name="holder_at"),
        IndexModel(
            [("person_index", ASCENDING), ("identifier", ASCENDING), ("at", DESCENDING)],
            name="holder_certificate_at",
        ),
        # A guardian's entries in their dependants' logs, found when the guardian leaves.
        IndexModel([("by.id", ASCENDING)], name="guardian"),
    )

    def record(self, entry: dict) -> None:
        """Append one usage entry."""
        self.collection.insert_one(dict(entry))

    def for_holder(
        self, person_index: str, *, limit: int, offset: int, identifier: str | None = None
    ) -> tuple[list, int]:
        """Return (a holder's entries newest first, of one certificate when given; the total)."""
        query = {"person_index": person_index}
        if identifier is not None:
            query["identifier"] = identifier
        return self.page(query, NEWEST, limit, offset)

    def all_of_holder(self, person_index: str) -> list[dict]:
        """Return every entry of a holder, newest first, without the blind index."""
        found = self.collection.find({"person_index": person_index}, {"person_index": 0})
        return list(found.sort(NEWEST))

    def delete_of_holder(self, person_index: str) -> int:
        """Delete a holder's log; return how many entries went."""
        return self.collection.delete_many({"person_index": person_index}).deleted_count

    def forget_guardian(self, account_id: str) -> int:
        """Drop a guardian's name from the entries of what they did for others."""
        return self.collection.update_many(
            {"by.id": account_id}, {"$set": {"by.name": None, "actor.name": None}}
        ).modified_count
