"""Risk areas published by the health authority (GB/T 2260 codes, level, period)."""

from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument

from models.base import Repository


class RiskAreaRepository(Repository):
    collection_name = "risk_areas"
    INDEXES = (
        IndexModel([("region_code", ASCENDING), ("start", ASCENDING)], name="region_start"),
        IndexModel([("published_at", DESCENDING)], name="published"),
    )

    def insert(self, area: dict) -> dict:
        self.collection.insert_one(area)
        return area

    def covering(self, region_codes, session=None) -> list[dict]:
        """Return the areas published for any of these codes (districts, prefectures, provinces)."""
        query = {"region_code": {"$in": sorted(set(region_codes))}}
        return list(self.collection.find(query, session=session))

    def list_recent(self, limit: int, offset: int = 0) -> list[dict]:
        """Return published areas, newest first."""
        cursor = self.collection.find().sort("published_at", DESCENDING).skip(offset)
        return list(cursor.limit(limit))

    def count(self) -> int:
        return self.collection.count_documents({})

    def find(self, area_id) -> dict | None:
        return self.collection.find_one({"_id": area_id})

    def end(self, area_id, end, ended_by: str, now) -> dict | None:
        """Set the end of an area still in force (or scheduled); None if it has ended."""
        still_on = {"$or": [{"end": None}, {"end": {"$gt": now}}]}
        return self.collection.find_one_and_update(
            {"_id": area_id, **still_on},
            {"$set": {"end": end, "ended_by": ended_by, "ended_at": now}},
            return_document=ReturnDocument.AFTER,
        )
