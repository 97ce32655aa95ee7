"""Resident accounts: phone (encrypted + blind index), level, profile, real-name binding."""

from bson import ObjectId
from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository

ERASING, DELETED = "erasing", "done"
# What the tombstone of a deleted account keeps: no phone, name, document or setting.
TOMBSTONE_FIELDS = ("_id", "created_at")


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
        # Deletions interrupted midway, found again to be finished.
        IndexModel(
            [("deletion.state", ASCENDING)],
            name="deletion_state",
            partialFilterExpression={"deletion.state": {"$exists": True}},
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

    def forget_face(self, account_id: ObjectId, level: str) -> None:
        """Remove the face check's result and set the level it leaves (L2 once real-named)."""
        self.collection.update_one(
            {"_id": account_id}, {"$set": {"level": level}, "$unset": {"face_verified_at": ""}}
        )

    def mark_for_deletion(self, account_id: ObjectId, at) -> None:
        """Start deleting the account: release its phone number and WeChat identity at once.

        The phone's lookup index becomes a value no phone has (it is unique), so the number
        can open a new account while this one is still being erased.
        """
        self.collection.update_one(
            {"_id": account_id, "deletion": {"$exists": False}},
            {
                "$set": {
                    "deletion": {"state": ERASING, "requested_at": at},
                    "phone_index": f"deleted:{account_id}",
                },
                "$unset": {"wechat_openid": ""},
            },
        )

    def anonymise(self, account_id: ObjectId, at) -> dict | None:
        """Replace an account being deleted by its tombstone; None if it is not being deleted."""
        account = self.collection.find_one({"_id": account_id, "deletion.state": ERASING})
        if account is None:
            return None
        tombstone = {key: account[key] for key in TOMBSTONE_FIELDS if key in account}
        tombstone["phone_index"] = f"deleted:{account_id}"
        tombstone["deletion"] = {**account["deletion"], "state": DELETED, "finished_at": at}
        result = self.collection.replace_one(
            {"_id": account_id, "deletion.state": ERASING}, tombstone
        )
        return tombstone if result.modified_count == 1 else None

    def being_deleted(self) -> list[dict]:
        """Return the accounts whose deletion was started and not finished."""
        return list(self.collection.find({"deletion.state": ERASING}).limit(1000))
