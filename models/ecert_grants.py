"""Authorised-use grants (授权用证): implements `ecert.grants.GrantRepository`."""

from bson import ObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument

from models.base import Repository

NEWEST = [("created_at", DESCENDING), ("_id", DESCENDING)]


def _shown(document: dict | None) -> dict | None:
    if document is None:
        return None
    return {**{k: v for k, v in document.items() if k != "_id"}, "id": str(document["_id"])}


def _object_id(grant_id) -> ObjectId | None:
    if isinstance(grant_id, ObjectId):
        return grant_id
    return ObjectId(grant_id) if isinstance(grant_id, str) and ObjectId.is_valid(grant_id) else None


class GrantRepository(Repository):
    collection_name = "ecert_grants"
    INDEXES = (
        IndexModel([("person_index", ASCENDING), ("created_at", DESCENDING)], name="holder"),
        IndexModel(
            [("grantee.kind", ASCENDING), ("grantee.id", ASCENDING), ("created_at", DESCENDING)],
            name="grantee",
        ),
    )

    def insert(self, grant: dict) -> dict:
        """Store a new grant; return it with its "id" (a string)."""
        document = {**grant, "_id": ObjectId()}
        self.collection.insert_one(document)
        return _shown(document)

    def find(self, grant_id) -> dict | None:
        """Return the grant, or None (also for an id that cannot be one)."""
        oid = _object_id(grant_id)
        return _shown(self.collection.find_one({"_id": oid})) if oid else None

    def withdraw(self, grant_id, at) -> dict | None:
        """Set withdrawn_at on a grant not yet withdrawn; return it, or None."""
        oid = _object_id(grant_id)
        if oid is None:
            return None
        document = self.collection.find_one_and_update(
            {"_id": oid, "withdrawn_at": None},
            {"$set": {"withdrawn_at": at}},
            return_document=ReturnDocument.AFTER,
        )
        return _shown(document)

    def for_holder(self, person_index: str, *, limit: int, offset: int) -> tuple[list, int]:
        """Return (a holder's grants newest first, the total)."""
        found, total = self.page({"person_index": person_index}, NEWEST, limit, offset)
        return [_shown(document) for document in found], total

    def for_grantee(self, kind: str, grantee_id: str, *, limit: int, offset: int):
        """Return (the grants made to one verifier or application newest first, the total)."""
        query = {"grantee.kind": kind, "grantee.id": grantee_id}
        found, total = self.page(query, NEWEST, limit, offset)
        return [_shown(document) for document in found], total

    def all_of_holder(self, person_index: str) -> list[dict]:
        """Return every grant a holder made, newest first, without the blind index."""
        found = self.collection.find({"person_index": person_index}).sort(NEWEST)
        return [{k: v for k, v in _shown(g).items() if k != "person_index"} for g in found]

    def withdraw_all_of_holder(self, person_index: str, at) -> int:
        """Withdraw every grant of a holder not yet withdrawn; return how many."""
        return self.collection.update_many(
            {"person_index": person_index, "withdrawn_at": None}, {"$set": {"withdrawn_at": at}}
        ).modified_count
