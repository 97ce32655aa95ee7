"""The trust list of partner regions whose health codes holders may convert (转码)."""

from models.base import Repository


class PartnerRegionRepository(Repository):
    # Looked up by _id (the region code) only: the primary key is the index.
    collection_name = "partner_regions"

    def put(self, region: str, fields: dict) -> dict:
        """Create or replace the region's entry; return it."""
        return self.upsert({"_id": region}, {"$set": fields})

    def find(self, region: str) -> dict | None:
        return self.collection.find_one({"_id": region})

    def list_all(self) -> list[dict]:
        return list(self.collection.find().sort("_id", 1).limit(500))
