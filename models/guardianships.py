"""Family codes (亲友码): which resident looks after which dependant, and the caps on both.

The caps (dependants per guardian, guardians per dependant) are enforced with a counter
document per guardian and per dependant, changed in the same transaction as the link.
Counting the links inside a transaction would not be enough: two concurrent transactions
would each see 7 links and each insert one (write skew). Incrementing a shared counter
makes them write the same document, so the server aborts one with a write conflict and
`with_transaction` retries it, when it then sees the new count.
"""

from bson import ObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from core.errors import CapReached
from models.base import Repository


def _object_id(guardianship_id) -> ObjectId | None:
    return ObjectId(guardianship_id) if ObjectId.is_valid(guardianship_id) else None


class GuardianshipRepository(Repository):
    collection_name = "guardianships"
    counts_name = "guardianship_counts"
    INDEXES = (
        IndexModel(
            [("guardian_account_id", ASCENDING), ("person_index", ASCENDING)],
            unique=True,
            name="guardian_person_unique",
        ),
        IndexModel([("person_index", ASCENDING)], name="person"),
        IndexModel(
            [("guardian_account_id", ASCENDING), ("created_at", DESCENDING)],
            name="guardian_created",
        ),
    )

    def __init__(self, db):
        super().__init__(db)
        self.counts = db[self.counts_name]

    def find_of_guardian(self, guardianship_id: str, guardian_account_id: str) -> dict | None:
        """Return the link only if it belongs to this guardian (None for malformed ids)."""
        oid = _object_id(guardianship_id)
        if oid is None:
            return None
        return self.collection.find_one({"_id": oid, "guardian_account_id": guardian_account_id})

    def find_pair(self, guardian_account_id: str, person_index: str) -> dict | None:
        query = {"guardian_account_id": guardian_account_id, "person_index": person_index}
        return self.collection.find_one(query)

    def list_of_guardian(self, guardian_account_id: str) -> list[dict]:
        cursor = self.collection.find({"guardian_account_id": guardian_account_id})
        return list(cursor.sort("created_at", DESCENDING))

    def list_of_person(self, person_index: str) -> list[dict]:
        """Return the links naming this person as a dependant, newest first."""
        cursor = self.collection.find({"person_index": person_index})
        return list(cursor.sort("created_at", DESCENDING))

    def find_of_person(self, link_id, person_index: str) -> dict | None:
        """Return the link only if it names this person as the dependant."""
        oid = _object_id(link_id)
        return self.collection.find_one({"_id": oid, "person_index": person_index}) if oid else None

    def accept(self, link_id, person_index: str, now) -> dict | None:
        """Make the person's pending, unexpired request active; None if there is none."""
        return self.collection.find_one_and_update(
            {
                "_id": link_id,
                "person_index": person_index,
                "status": "pending",
                "expires_at": {"$gt": now},
            },
            {"$set": {"status": "active", "consent": "accepted", "decided_at": now}},
            return_document=ReturnDocument.AFTER,
        )

    def remove_of_person(self, link_id, person_index: str) -> dict | None:
        """Delete a link naming this person (they refuse or end it); None if there is none."""
        return self._delete({"_id": link_id, "person_index": person_index})

    def add_capped(self, link: dict, max_dependants: int, max_guardians: int) -> dict:
        """Insert the link unless a cap would be passed (CapReached) or it exists (Duplicate)."""
        guardian_key = f"guardian:{link['guardian_account_id']}"
        person_key = f"person:{link['person_index']}"
        # Counters made outside the transaction, so racing first adds meet as a write
        # conflict on an existing document (retried) rather than as a duplicate key.
        for key in (guardian_key, person_key):
            self._ensure_counter(key)

        def insert(session):
            self.collection.insert_one(link, session=session)
            self._count(session, guardian_key, 1, max_dependants, "guardian")
            self._count(session, person_key, 1, max_guardians, "person")
            return link

        return self.in_transaction(insert)  # a second link of the pair raises Duplicate

    def remove(self, guardianship_id: str, guardian_account_id: str) -> dict | None:
        """Delete the guardian's link and free both counters; None if there is no such link."""
        oid = _object_id(guardianship_id)
        if oid is None:
            return None
        return self._delete({"_id": oid, "guardian_account_id": guardian_account_id})

    def _delete(self, query: dict) -> dict | None:
        def delete(session):
            link = self.collection.find_one_and_delete(query, session=session)
            if link:
                self._count(session, f"guardian:{link['guardian_account_id']}", -1)
                self._count(session, f"person:{link['person_index']}", -1)
            return link

        return self.in_transaction(delete)

    def _ensure_counter(self, key: str) -> None:
        try:
            self.counts.update_one({"_id": key}, {"$setOnInsert": {"count": 0}}, upsert=True)
        except DuplicateKeyError:  # made by a concurrent request a moment ago
            pass

    def _count(self, session, key: str, step: int, cap: int | None = None, side: str = "") -> None:
        counter = self.counts.find_one_and_update(
            {"_id": key},
            {"$inc": {"count": step}},
            return_document=ReturnDocument.AFTER,
            session=session,
        )
        if cap is not None and counter["count"] > cap:
            raise CapReached(side)

    def forget_counters(self, guardian_account_id: str, person_index: str | None) -> None:
        """Delete the account's counters once they count nothing (its deletion)."""
        keys = [f"guardian:{guardian_account_id}"]
        if person_index:
            keys.append(f"person:{person_index}")
        self.counts.delete_many({"_id": {"$in": keys}, "count": {"$lte": 0}})
