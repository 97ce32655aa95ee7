"""Printed offline code cards for people without phones, and their revocation.

A card's `_id` is the opaque subject id inside its own QR token, so a scan finds the card
(and whether it was revoked) by the primary key, and a person's cards stay unlinkable to
each other and to their personal codes.
"""

from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument

from models.base import Repository


class CodeCardRepository(Repository):
    collection_name = "code_cards"
    INDEXES = (
        IndexModel([("person_index", ASCENDING), ("issued_at", DESCENDING)], name="person_issued"),
    )

    def insert(self, card: dict) -> dict:
        self.collection.insert_one(card)
        return card

    def find(self, card_id: str) -> dict | None:
        # Any string is a harmless primary-key miss, so malformed ids need no special case.
        return self.collection.find_one({"_id": card_id}) if isinstance(card_id, str) else None

    def revoke(self, card_id: str, at, by: str, reason: str) -> dict | None:
        """Mark a live card revoked; None if there is no such card or it was already revoked."""
        return self.collection.find_one_and_update(
            {"_id": card_id, "revoked_at": None},
            {"$set": {"revoked_at": at, "revoked_by": by, "reason": reason}},
            return_document=ReturnDocument.AFTER,
        )

    def of_person(self, person_index: str) -> list[dict]:
        """Return the cards issued to a person, newest first, tokens left out."""
        cursor = self.collection.find({"person_index": person_index}, {"token": 0})
        return list(cursor.sort("issued_at", DESCENDING))

    def any_of_person(self, person_index: str) -> bool:
        return self.collection.find_one({"person_index": person_index}, {"_id": 1}) is not None
