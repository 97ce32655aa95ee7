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
