"""Health-code signing keys: the private half sealed (AES-GCM), the public half published."""

from pymongo import ASCENDING, IndexModel

from models.base import Repository


class HealthKeyRepository(Repository):
    collection_name = "health_code_keys"
    INDEXES = (IndexModel([("created_at", ASCENDING)], name="created"),)

    def all(self) -> list[dict]:
        return list(self.collection.find().sort("created_at", ASCENDING))

    def insert(self, key: dict) -> None:
        self.collection.insert_one(key)

    def retire(self, kid: str, at) -> bool:
        result = self.collection.update_one(
            {"_id": kid, "retired_at": None}, {"$set": {"retired_at": at}}
        )
        return result.modified_count == 1
