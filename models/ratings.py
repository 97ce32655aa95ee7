"""好差评: one rating per case, and the rectification tasks bad ones open."""

from pymongo import ASCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository


class RatingRepository(Repository):
    collection_name = "ratings"
    INDEXES = (IndexModel([("case_number", ASCENDING)], unique=True, name="case_unique"),)

    def insert(self, rating: dict) -> dict:
        try:
            self.collection.insert_one(rating)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("case_number",)) from None
        return rating

    def find_by_case(self, case_number: str) -> dict | None:
        return self.collection.find_one({"case_number": case_number})

    def add_follow_up(self, case_number: str, follow_up: dict) -> dict | None:
        return self.collection.find_one_and_update(
            {"case_number": case_number, "follow_up": None},
            {"$set": {"follow_up": follow_up}},
            return_document=ReturnDocument.AFTER,
        )


class RectificationRepository(Repository):
    collection_name = "rectifications"
    INDEXES = (
        IndexModel([("case_number", ASCENDING)], unique=True, name="case_unique"),
        IndexModel([("department", ASCENDING), ("status", ASCENDING)], name="department_status"),
    )

    def open(self, task: dict) -> dict:
        try:
            self.collection.insert_one(task)
        except DuplicateKeyError:
            pass
        return task

    def find_by_case(self, case_number: str) -> dict | None:
        return self.collection.find_one({"case_number": case_number})

    def page_of_department(self, department: str, status: str, limit: int, offset: int):
        query = {"department": department, "status": status}
        return self.page(query, [("opened_at", ASCENDING), ("_id", ASCENDING)], limit, offset)

    def close(self, task_id, department: str, outcome: str, by: str, at) -> dict | None:
        return self.collection.find_one_and_update(
            {"_id": task_id, "department": department, "status": "open"},
            {"$set": {"status": "closed", "outcome": outcome, "closed_by": by, "closed_at": at}},
            return_document=ReturnDocument.AFTER,
        )
