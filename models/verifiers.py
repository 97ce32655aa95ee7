"""Registered verifier organisations (核验单位): who may verify which fields for what purpose."""

from bson import ObjectId
from pymongo import ASCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository

BY_NAME = [("name", ASCENDING), ("_id", ASCENDING)]


def _object_id(value) -> ObjectId | None:
    if isinstance(value, ObjectId):
        return value
    return ObjectId(value) if isinstance(value, str) and ObjectId.is_valid(value) else None


class VerifierRepository(Repository):
    collection_name = "verifier_organisations"
    INDEXES = (
        IndexModel([("code", ASCENDING)], unique=True, name="code_unique"),
        IndexModel([("staff", ASCENDING)], name="staff"),
        IndexModel([("active", ASCENDING), ("name", ASCENDING)], name="active_name"),
        IndexModel([("name", ASCENDING)], name="name"),
    )

    def insert(self, organisation: dict) -> dict:
        """Register an organisation; raise Duplicate when its code is taken."""
        document = {**organisation, "_id": ObjectId()}
        try:
            self.collection.insert_one(document)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("code",)) from None
        return document

    def find(self, organisation_id) -> dict | None:
        """Return the organisation, or None (also for an id that cannot be one)."""
        oid = _object_id(organisation_id)
        return self.collection.find_one({"_id": oid}) if oid else None

    def of_staff(self, username: str) -> dict | None:
        """Return the active organisation a staff member verifies for, or None."""
        return self.collection.find_one({"staff": username, "active": True})

    def holding_staff(self, usernames: list[str], other_than=None) -> list[dict]:
        """Return the organisations (other than one) that list any of these staff members."""
        query = {"staff": {"$in": usernames}}
        if other_than is not None:
            query["_id"] = {"$ne": other_than}
        return list(self.collection.find(query, {"staff": 1}))

    def update(self, organisation_id: ObjectId, changes: dict) -> dict | None:
        """Change an organisation; return it afterwards (None if there is none)."""
        return self.collection.find_one_and_update(
            {"_id": organisation_id}, {"$set": changes}, return_document=ReturnDocument.AFTER
        )

    def page_all(self, limit: int, offset: int, active_only: bool = False, type_slug=None):
        """Return (a page of organisations by name, the total), optionally only active ones
        with a purpose that concerns a certificate type."""
        query = {"active": True} if active_only else {}
        if type_slug is not None:
            query[f"purposes.fields.{type_slug}"] = {"$exists": True}
        return self.page(query, BY_NAME, limit, offset)
