"""Venues registered by venue managers for venue codes (场所码)."""

from bson import ObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument

from models.base import Repository


def _object_id(venue_id: str) -> ObjectId | None:
    return ObjectId(venue_id) if ObjectId.is_valid(venue_id) else None


class VenueRepository(Repository):
    collection_name = "venues"
    INDEXES = (
        IndexModel([("manager", ASCENDING), ("created_at", DESCENDING)], name="manager_created"),
    )

    def insert(self, venue: dict) -> dict:
        self.collection.insert_one(venue)
        return venue

    def find(self, venue_id: str) -> dict | None:
        """Return the venue with this id, or None (also for malformed ids)."""
        oid = _object_id(venue_id)
        return self.collection.find_one({"_id": oid}) if oid else None

    def find_managed(self, venue_id: str, manager: str) -> dict | None:
        """Return the venue only if this manager registered it."""
        oid = _object_id(venue_id)
        return self.collection.find_one({"_id": oid, "manager": manager}) if oid else None

    def page_managed(self, manager: str, limit: int, offset: int):
        """Return one page of the manager's venues, newest first, and their number."""
        order = [("created_at", DESCENDING), ("_id", DESCENDING)]
        return self.page({"manager": manager}, order, limit, offset)

    def deactivate(self, venue_id: str, manager: str, at) -> dict | None:
        """Mark the manager's venue inactive (kept for the record); None if not theirs."""
        oid = _object_id(venue_id)
        if oid is None:
            return None
        changed = self.collection.find_one_and_update(
            {"_id": oid, "manager": manager, "active": True},
            {"$set": {"active": False, "deactivated_at": at}},
            return_document=ReturnDocument.AFTER,
        )
        # Already inactive: answer with it unchanged, keeping the first deactivation time.
        return changed or self.collection.find_one({"_id": oid, "manager": manager})
