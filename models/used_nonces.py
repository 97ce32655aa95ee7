"""Presentation ids already verified online: the atomic "seen before" of one-time use.

Inserting the id as `_id` is the check: of two verifiers racing with one presentation,
the database lets exactly one insert succeed. Ids are kept until the presentation could
no longer pass the freshness check anyway (TTL on `keep_until`).
"""

from pymongo import ASCENDING, IndexModel
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository


class UsedNonceRepository(Repository):
    collection_name = "ecert_used_nonces"
    INDEXES = (IndexModel([("keep_until", ASCENDING)], expireAfterSeconds=0, name="keep_ttl"),)

    def record(self, presentation_id: str, at, keep_until) -> None:
        """Record a first use; raise Duplicate when the id was used before."""
        try:
            self.collection.insert_one({"_id": presentation_id, "at": at, "keep_until": keep_until})
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("_id",)) from None
