"""SMS login codes (hashed, per phone) and the development outbox."""

from pymongo import ASCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from models.base import Repository


class SmsCodeRepository(Repository):
    """One document per phone (by blind index): the live code and the day's send count."""

    collection_name = "sms_codes"
    INDEXES = (IndexModel([("purge_at", ASCENDING)], expireAfterSeconds=0, name="purge_ttl"),)

    def find(self, phone_index: str) -> dict | None:
        return self.collection.find_one({"_id": phone_index})

    def replace_if_unchanged(self, phone_index: str, previous_sent_at, document: dict) -> bool:
        """Store a new code unless another send won the race since previous_sent_at was read."""
        if previous_sent_at is None:
            try:
                self.collection.insert_one({"_id": phone_index, **document})
                return True
            except DuplicateKeyError:
                return False
        result = self.collection.replace_one(
            {"_id": phone_index, "sent_at": previous_sent_at}, document
        )
        return result.matched_count == 1

    def count_failure(self, phone_index: str, code_hash: str) -> dict | None:
        """Add one wrong try to the code that is live now; return the document afterwards."""
        return self.collection.find_one_and_update(
            {"_id": phone_index, "code_hash": code_hash},
            {"$inc": {"attempts": 1}},
            return_document=ReturnDocument.AFTER,
        )

    def consume(self, phone_index: str, code_hash: str, max_attempts: int) -> bool:
        """Burn the code atomically if it is still the live one with tries left."""
        result = self.collection.update_one(
            {"_id": phone_index, "code_hash": code_hash, "attempts": {"$lt": max_attempts}},
            {"$set": {"code_hash": None}},
        )
        return result.modified_count == 1


class SmsOutboxRepository(Repository):
    """Messages the outbox provider 'sent', readable in development and tests only."""

    collection_name = "sms_outbox"
    INDEXES = (
        IndexModel([("phone", ASCENDING), ("sent_at", ASCENDING)], name="phone_sent"),
        IndexModel([("sent_at", ASCENDING)], expireAfterSeconds=86400, name="sent_ttl"),
    )

    def add(self, message: dict) -> None:
        self.collection.insert_one(dict(message))

    def latest(self, phone: str) -> dict | None:
        return self.collection.find_one({"phone": phone}, sort=[("sent_at", -1)])

    def delete_of_phone(self, phone: str) -> int:
        return self.collection.delete_many({"phone": phone}).deleted_count
