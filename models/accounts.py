"""Resident accounts: phone (encrypted + blind index), level, profile, real-name binding."""

from bson import ObjectId
from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository


class AccountRepository(Repository):
    collection_name = "accounts"
    INDEXES = (
        IndexModel([("phone_index", ASCENDING)], unique=True, name="phone_unique"),
        IndexModel(
            [("real_name.person_index", ASCENDING)],
            unique=True,
            name="person_unique",
            partialFilterExpression={"real_name.person_index": {"$exists": True}},
        ),
        IndexModel(
            [("wechat_openid", ASCENDING)],
            unique=True,
            name="wechat_unique",
            partialFilterExpression={"wechat_openid": {"$exists": True}},
        ),
    )

    def find_by_id(self, account_id: str) -> dict | None:
        """Return the account with this id, or None (also for malformed ids)."""
        if not ObjectId.is_valid(account_id):
            return None
        return self.collection.find_one({"_id": ObjectId(account_id)})

    def find_by_phone_index(self, phone_index: str) -> dict | None:
        return self.collection.find_one({"phone_index": phone_index})

    def find_by_wechat(self, openid: str) -> dict | None:
        return self.collection.find_one({"wechat_openid": openid})

    def find_by_person_index(self, person_index: str) -> dict | None:
        return self.collection.find_one({"real_name.person_index": person_index})

    def create_or_get(self, phone_index: str, fields: dict) -> dict:
        """Insert the account for this phone unless it exists; return it either way."""
        return self.upsert({"phone_index": phone_index}, {"$setOnInsert": fields})

    def update(self, account_id: ObjectId, changes: dict) -> dict | None:
        """Set fields and return the account as it is afterwards (Duplicate on a taken openid)."""
        with self.unique():
            return self.collection.find_one_and_update(
                {"_id": account_id}, {"$set": changes}, return_document=ReturnDocument.AFTER
            )

    def bind_real_name(self, account_id: ObjectId, real_name: dict, level: str) -> dict | None:
        """Attach a verified document unless one is bound (Duplicate if another holds it)."""
        with self.unique():
            return self.collection.find_one_and_update(
                {"_id": account_id, "real_name": {"$exists": False}},
                {"$set": {"real_name": real_name, "level": level}},
                return_document=ReturnDocument.AFTER,
            )

    def link_wechat(self, account_id: ObjectId, openid: str) -> dict | None:
        return self.update(account_id, {"wechat_openid": openid})
