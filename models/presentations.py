"""Presentations (亮证) the wallet made, kept only while their QR code can be scanned.

The token discloses personal data, so it is sealed with the PII cipher; the database
deletes each presentation some minutes after it expired (TTL on `purge_at`).
"""

from bson import ObjectId
from pymongo import ASCENDING, IndexModel

from models.base import Repository


class PresentationRepository(Repository):
    collection_name = "ecert_presentations"
    INDEXES = (
        IndexModel([("presentation_id", ASCENDING)], unique=True, name="presentation_unique"),
        IndexModel([("purge_at", ASCENDING)], expireAfterSeconds=0, name="purge_ttl"),
        IndexModel([("made_by", ASCENDING)], name="made_by"),
        IndexModel([("person_index", ASCENDING)], name="holder"),
    )

    def __init__(self, db, pii):
        super().__init__(db)
        self.pii = pii

    def insert(self, presentation: dict) -> dict:
        """Store a presentation; return it with its `_id`."""
        document = {key: value for key, value in presentation.items() if key != "token"}
        document["_id"] = ObjectId()
        document["token_enc"] = self.pii.encrypt(presentation["token"], "ecert.presentation")
        self.collection.insert_one(document)
        return {**presentation, "_id": document["_id"]}

    def find_made_by(self, presentation_oid: ObjectId, account_id: str) -> dict | None:
        """Return a presentation the account made (None for anyone else's), token opened."""
        document = self.collection.find_one({"_id": presentation_oid, "made_by": account_id})
        if document is None:
            return None
        token = self.pii.decrypt(document.pop("token_enc"), "ecert.presentation")
        return {**document, "token": token}

    def find_by_presentation_id(self, presentation_id: str) -> dict | None:
        """Return what was presented under a presentation id (the KB-JWT nonce), no token."""
        return self.collection.find_one({"presentation_id": presentation_id}, {"token_enc": 0})

    def delete_of(self, account_id: str, person_index: str | None) -> int:
        """Delete the presentations an account made, and those of a holder's certificates."""
        deleted = self.collection.delete_many({"made_by": account_id}).deleted_count
        if person_index:
            deleted += self.collection.delete_many({"person_index": person_index}).deleted_count
        return deleted
