"""Uploaded materials, kept in the database beside the cases that use them."""

from bson import Binary, ObjectId
from pymongo import ASCENDING, IndexModel

from models.base import Repository


class UploadRepository(Repository):
    collection_name = "uploads"
    INDEXES = (IndexModel([("account_id", ASCENDING), ("created_at", ASCENDING)], name="owner"),)

    def insert(self, upload: dict) -> dict:
        stored = {**upload, "content": Binary(upload["content"])}
        self.collection.insert_one(stored)
        return stored

    def find_meta(self, upload_ids: list[str], account_id: str) -> list[dict]:
        """Return the uploads of these ids that belong to the account, without content."""
        query = {"_id": {"$in": object_ids(upload_ids)}, "account_id": account_id}
        return list(self.collection.find(query, {"content": 0}))

    def find(self, upload_id) -> dict | None:
        return self.collection.find_one({"_id": upload_id})

    def attach(self, upload_ids: list[str], case_id) -> None:
        """Mark uploads as material of a case (they stop being the uploader's loose files)."""
        query = {"_id": {"$in": object_ids(upload_ids)}}
        self.collection.update_many(query, {"$set": {"case_id": case_id}})


def object_ids(ids: list[str]) -> list[ObjectId]:
    """Return the well-formed ids among strings as ObjectIds (others name nothing)."""
    return [ObjectId(i) for i in ids if ObjectId.is_valid(i)]
