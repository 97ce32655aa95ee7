"""Login sessions (one per device): the refresh-token family and its revocation."""

from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository


class SessionRepository(Repository):
    collection_name = "sessions"
    INDEXES = (
        IndexModel([("account_id", ASCENDING)], name="account"),
        IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0, name="expiry_ttl"),
    )

    def insert(self, session: dict) -> None:
        self.collection.insert_one(session)

    def find(self, session_id: str) -> dict | None:
        return self.collection.find_one({"_id": session_id})

    def rotate(self, session_id: str, presented_jti: str, new_jti: str, changes: dict):
        """Swap the refresh jti only if the presented one is current and the session is live."""
        return self.collection.find_one_and_update(
            {"_id": session_id, "refresh_jti": presented_jti, "revoked_at": None},
            {"$set": {"refresh_jti": new_jti, **changes}},
            return_document=ReturnDocument.AFTER,
        )

    def revoke(self, session_id: str, at, reason: str) -> bool:
        result = self.collection.update_one(
            {"_id": session_id, "revoked_at": None},
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
