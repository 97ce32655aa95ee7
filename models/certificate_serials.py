"""Serial numbers of e-certificates: one counter per (type code, issuer code), never reused."""

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from models.base import Repository


class SerialCounterRepository(Repository):
    collection_name = "certificate_serials"

    def reserve(self, type_code: str, issuer_code: str, count: int = 1) -> int:
        """Reserve `count` consecutive serials; return the first (1 for a new counter)."""
        key = f"{type_code}.{issuer_code}"
        # Made first and incremented apart: a racing upsert may answer no document on
        # SecantusDB, but an $inc of an existing document always answers it.
        try:
            self.collection.update_one({"_id": key}, {"$setOnInsert": {"last": 0}}, upsert=True)
        except DuplicateKeyError:  # made by a concurrent request a moment ago
            pass
        counter = self.collection.find_one_and_update(
            {"_id": key}, {"$inc": {"last": count}}, return_document=ReturnDocument.AFTER
        )
        return counter["last"] - count + 1
