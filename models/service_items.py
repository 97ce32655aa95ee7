"""Catalogue items (办事指南) with their search terms, and the guide versions kept for cases.

Search is one indexed `$in` over the multikey `search_terms` array; browsing filters by
department, theme, region or zero-visit through compound indexes that start with `status`,
so no request reads the collection end to end (SecantusDB scans in Python).
"""

from bson import ObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument, UpdateOne
from pymongo.errors import BulkWriteError, DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository

# What a list or a search answers: the guide without its form and conditions.
SUMMARY_FIELDS = {
    "form": 0,
    "conditions": 0,
    "search_terms": 0,
    "seed_hash": 0,
}
_BY_NAME = [("sort_name", ASCENDING), ("_id", ASCENDING)]


class ServiceItemRepository(Repository):
    collection_name = "service_items"
    INDEXES = (
        IndexModel([("implementation_code", ASCENDING)], unique=True, name="code_unique"),
        IndexModel([("search_terms", ASCENDING)], name="search_terms"),
        IndexModel([("status", ASCENDING), ("sort_name", ASCENDING)], name="status_name"),
        IndexModel([("status", ASCENDING), ("department", ASCENDING)], name="status_department"),
        IndexModel([("status", ASCENDING), ("themes", ASCENDING)], name="status_themes"),
        IndexModel([("status", ASCENDING), ("region", ASCENDING)], name="status_region"),
        IndexModel([("status", ASCENDING), ("visits", ASCENDING)], name="status_visits"),
        IndexModel([("status", ASCENDING), ("uses", DESCENDING)], name="status_uses"),
    )

    def seed_state(self) -> dict[str, dict]:
        """Return code → {seed_hash, edited} of every stored item (start-up only)."""
        cursor = self.collection.find({}, {"implementation_code": 1, "seed_hash": 1, "edited": 1})
        return {doc["implementation_code"]: doc for doc in cursor}

    def upsert_seeded(self, documents: list[dict]) -> int:
        """Store seed items by (code, seed hash): new ones inserted, changed ones replaced."""
        operations = [
            UpdateOne(
                {"implementation_code": doc["implementation_code"], "edited": {"$ne": True}},
                {"$set": doc, "$setOnInsert": {"uses": 0}},
                upsert=True,
            )
            for doc in documents
        ]
        if not operations:
            return 0
        try:
            result = self.collection.bulk_write(operations, ordered=False)
        except DuplicateKeyError:  # another worker seeded the same item first
            return 0
        return result.upserted_count + result.modified_count

    def find_by_id(self, item_id: ObjectId) -> dict | None:
        return self.collection.find_one({"_id": item_id}, {"search_terms": 0})

    def find_by_code(self, code: str) -> dict | None:
        return self.collection.find_one({"implementation_code": code}, {"search_terms": 0})

    def find_by_terms(self, terms: list[str], limit: int) -> list[dict]:
        """Return at most limit candidates holding any of the terms (one multikey IXSCAN).

        Nothing else goes in the filter: SecantusDB's planner falls back to a collection
        scan when `$in` on the array is combined with another field, so the caller drops
        withdrawn items and applies browse filters to the bounded candidate set.
        """
        query = {"search_terms": {"$in": terms}}
        return list(self.collection.find(query, SUMMARY_FIELDS).limit(limit))

    def browse(self, filters: dict, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of published items matching the filters, by name."""
        query = _published(filters)
        cursor = self.collection.find(query, SUMMARY_FIELDS).sort(_BY_NAME)
        return list(cursor.skip(offset).limit(limit)), self.collection.count_documents(query)

    def admin_page(self, status: str | None, limit: int, offset: int) -> tuple[list, int]:
        query = {"status": status} if status else {"status": {"$in": ["published", "withdrawn"]}}
        cursor = self.collection.find(query, SUMMARY_FIELDS).sort(_BY_NAME)
        return list(cursor.skip(offset).limit(limit)), self.collection.count_documents(query)

    def hot(self, limit: int) -> list[dict]:
        """Return the most used published items."""
        query = {"status": "published", "uses": {"$gt": 0}}
        cursor = self.collection.find(query, SUMMARY_FIELDS).sort([("status", 1), ("uses", -1)])
        return list(cursor.limit(limit))

    def by_codes(self, codes: list[str]) -> list[dict]:
        return list(self.collection.find({"implementation_code": {"$in": codes}}, SUMMARY_FIELDS))

    def count_use(self, code: str) -> None:
        self.collection.update_one({"implementation_code": code}, {"$inc": {"uses": 1}})

    def replace_guide(self, item_id: ObjectId, version: int, changes: dict) -> dict | None:
        """Write a new guide version if the stored one is still `version` (else None)."""
        return self.collection.find_one_and_update(
            {"_id": item_id, "guide_version": version},
            {"$set": {**changes, "guide_version": version + 1, "edited": True}},
            projection={"search_terms": 0},
            return_document=ReturnDocument.AFTER,
        )

    def set_status(self, item_id: ObjectId, status: str, at) -> dict | None:
        return self.collection.find_one_and_update(
            {"_id": item_id},
            {"$set": {"status": status, "status_changed_at": at, "edited": True}},
            projection={"search_terms": 0},
            return_document=ReturnDocument.AFTER,
        )

    def published(self, projection: dict) -> list[dict]:
        """Return every published item, projected (the reform figures read the whole catalogue)."""
        return list(self.collection.find({"status": "published"}, projection))


def _published(filters: dict) -> dict:
    return {"status": "published", **filters}


class GuideVersionRepository(Repository):
    """Every version of every guide, so a case shows the guide it was made under."""

    collection_name = "service_item_versions"
    INDEXES = (
        IndexModel(
            [("implementation_code", ASCENDING), ("guide_version", ASCENDING)],
            unique=True,
            name="code_version_unique",
        ),
    )

    def keep(self, item: dict, at) -> None:
        """Store a guide version once (a repeat of the same version is ignored)."""
        snapshot = {k: v for k, v in item.items() if k not in ("_id", "search_terms", "uses")}
        try:
            self.collection.insert_one({**snapshot, "kept_at": at})
        except DuplicateKeyError:
            pass

    def keep_many(self, items: list[dict], at) -> None:
        """Store many guide versions in one round trip (repeats ignored)."""
        drop = ("_id", "search_terms", "uses")
        snapshots = [
            {**{k: v for k, v in i.items() if k not in drop}, "kept_at": at} for i in items
        ]
        if snapshots:
            try:
                self.collection.insert_many(snapshots, ordered=False)
            except BulkWriteError:  # some were kept by another process already
                pass

    def find(self, code: str, version: int) -> dict | None:
        return self.collection.find_one(
            {"implementation_code": code, "guide_version": version}, {"_id": 0}
        )

    def page_of(self, code: str, limit: int, offset: int) -> tuple[list, int]:
        return self.page(
            {"implementation_code": code}, [("guide_version", DESCENDING)], limit, offset
        )


__all__ = ["Duplicate", "GuideVersionRepository", "ServiceItemRepository"]
