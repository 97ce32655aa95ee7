"""Application drafts: one per resident, service and person applied for, resumed later."""

from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument

from models.base import Repository


class DraftRepository(Repository):
    collection_name = "application_drafts"
    INDEXES = (
        IndexModel(
            [("account_id", ASCENDING), ("implementation_code", ASCENDING), ("for", ASCENDING)],
            unique=True,
            name="account_code_for_unique",
        ),
        IndexModel([("account_id", ASCENDING), ("updated_at", DESCENDING)], name="account_updated"),
    )

    def save(self, key: dict, fields: dict) -> dict:
        """Create or replace the draft named by key; return it."""
        return self.collection.find_one_and_update(
            key,
            {"$set": fields, "$setOnInsert": key},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        ) or self.collection.find_one(key)

    def find_of_account(self, draft_id, account_id: str) -> dict | None:
        return self.collection.find_one({"_id": draft_id, "account_id": account_id})

    def page_of_account(self, account_id: str, limit: int, offset: int):
        order = [("updated_at", DESCENDING), ("_id", DESCENDING)]
        return self.page({"account_id": account_id}, order, limit, offset)

    def delete(self, draft_id, account_id: str) -> bool:
        result = self.collection.delete_one({"_id": draft_id, "account_id": account_id})
        return result.deleted_count == 1

    def delete_key(self, key: dict) -> None:
        self.collection.delete_one(key)
