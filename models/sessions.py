"""Login sessions (one per device): the refresh-token family and its revocation."""

from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository


class SessionRepository(Repository):
    collection_name = "sessions"
    INDEXES = (
        IndexModel([("account_id", ASCENDING)], name="account"),
        IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0, name="expiry_ttl"),
        # The revocation feed every process reads once a second.
        IndexModel(
            [("revoked_at", ASCENDING)],
            name="revoked_at",
            partialFilterExpression={"revoked_at": {"$type": "date"}},
        ),
    )

    def insert(self, session: dict) -> None:
        self.collection.insert_one(session)

    def find(self, session_id: str) -> dict | None:
        return self.collection.find_one({"_id": session_id})

    def revoked_since(self, moment) -> list[tuple[str, object]]:
        """Return (session id, revoked at) of the sessions revoked at or after moment."""
        query = {"revoked_at": {"$type": "date", "$gte": moment}}
        cursor = self.collection.find(query, {"revoked_at": 1})
        return [(session["_id"], session["revoked_at"]) for session in cursor]

    def rotate(self, session_id: str, account_id: str, presented_jti: str, new_jti: str, changes):
        """Swap the refresh jti only if the presented one is current and the session is live."""
        return self.collection.find_one_and_update(
            {
                "_id": session_id,
                "account_id": account_id,
                "refresh_jti": presented_jti,
                "revoked_at": None,
            },
            {"$set": {"refresh_jti": new_jti, **changes}},
            return_document=ReturnDocument.AFTER,
        )

    def revoke(self, session_id: str, account_id: str, at, reason: str) -> bool:
        """Revoke the account's live session; False if it is not theirs or already revoked."""
        result = self.collection.update_one(
            {"_id": session_id, "account_id": account_id, "revoked_at": None},
            {"$set": {"revoked_at": at, "revoked_reason": reason}},
        )
        return result.modified_count == 1

    def revoke_all(self, account_id: str, at, reason: str) -> int:
        result = self.collection.update_many(
            {"account_id": account_id, "revoked_at": None},
            {"$set": {"revoked_at": at, "revoked_reason": reason}},
        )
        return result.modified_count

    def list_active(self, account_id: str) -> list[dict]:
        return list(self.collection.find({"account_id": account_id, "revoked_at": None}))

    def record_step_up(self, session_id: str, account_id: str, step_up: dict) -> bool:
        """Note a step-up {level, method, at} on the account's live session; False if none."""
        result = self.collection.update_one(
            {"_id": session_id, "account_id": account_id, "revoked_at": None},
            {"$set": {"step_up": step_up}},
        )
        return result.matched_count == 1

    def all_of_account(self, account_id: str) -> list[dict]:
        """Return every session of the account still kept, live or revoked, newest first."""
        cursor = self.collection.find({"account_id": account_id})
        return list(cursor.sort("created_at", -1))

    def forget_devices_of_account(self, account_id: str) -> int:
        """Drop the device and last use from the account's sessions (kept for the feed)."""
        result = self.collection.update_many(
            {"account_id": account_id, "device": {"$exists": True}},
            {"$unset": {"device": "", "last_used_at": ""}},
        )
        return result.modified_count
