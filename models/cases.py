"""Cases (办件) and their daily number counters.

A case moves only from the status it is read in: `apply_transition` matches the number and
the expected status, so two clerks acting at once cannot both move it. A submission carries
its applicant's idempotency key under a unique partial index, so a retried submit finds the
case the first one made.
"""

from datetime import timedelta

from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository

OPEN_STATUSES = [1, 3, 6, 8, 9, 10]
_NEWEST = [("received_at", DESCENDING), ("_id", DESCENDING)]


class CaseRepository(Repository):
    collection_name = "cases"
    INDEXES = (
        IndexModel([("number", ASCENDING)], unique=True, name="number_unique"),
        IndexModel(
            [("submitted_by", ASCENDING), ("idempotency_key", ASCENDING)],
            unique=True,
            partialFilterExpression={"idempotency_key": {"$type": "string"}},
            name="idempotency_unique",
        ),
        IndexModel([("submitted_by", ASCENDING), ("received_at", DESCENDING)], name="mine"),
        IndexModel(
            [("applicant", ASCENDING), ("implementation_code", ASCENDING), ("status", ASCENDING)],
            name="applicant_code_status",
        ),
        IndexModel(
            [("department", ASCENDING), ("status", ASCENDING), ("received_at", ASCENDING)],
            name="department_status_received",
        ),
        IndexModel(
            [("department", ASCENDING), ("status", ASCENDING), ("due_day", ASCENDING)],
            name="department_status_due",
        ),
        IndexModel([("received_at", ASCENDING)], name="received"),
    )

    def insert(self, case: dict) -> dict:
        """Store a new case; a clash on number or idempotency key raises Duplicate."""
        try:
            self.collection.insert_one(case)
        except DuplicateKeyError as error:
            fields = tuple((error.details or {}).get("keyValue", {}) or ("number",))
            raise Duplicate(self.collection_name, fields) from None
        return case

    def find_by_key(self, account_id: str, key: str) -> dict | None:
        return self.collection.find_one({"submitted_by": account_id, "idempotency_key": key})

    def find_by_id(self, case_id) -> dict | None:
        return self.collection.find_one({"_id": case_id})

    def find_by_number(self, number: str) -> dict | None:
        return self.collection.find_one({"number": number})

    def page_of_account(self, account_id: str, limit: int, offset: int) -> tuple[list, int]:
        """Cases the resident submitted, for themselves or as an agent, newest first."""
        return self.page({"submitted_by": account_id}, _NEWEST, limit, offset)

    def find_of_account(self, case_id, account_id: str) -> dict | None:
        return self.collection.find_one({"_id": case_id, "submitted_by": account_id})

    def has_open_case(self, person_index: str, implementation_code: str) -> bool:
        query = {
            "applicant": person_index,
            "implementation_code": implementation_code,
            "status": {"$in": OPEN_STATUSES},
        }
        return self.collection.find_one(query, {"_id": 1}) is not None

    def apply_transition(self, case_id, from_status: int, changes: dict, event: dict):
        """Apply a move if the case is still in from_status; return it afterwards or None."""
        return self.collection.find_one_and_update(
            {"_id": case_id, "status": from_status},
            {"$set": changes, "$push": {"timeline": event}},
            return_document=ReturnDocument.AFTER,
        )

    def set_fields(self, case_id, changes: dict) -> dict | None:
        return self.collection.find_one_and_update(
            {"_id": case_id}, {"$set": changes}, return_document=ReturnDocument.AFTER
        )

    def queue(self, department: str, statuses: list[int], limit: int, offset: int):
        """A department's cases in the given statuses, oldest first."""
        query = {"department": department, "status": {"$in": statuses}}
        return self.page(query, [("received_at", ASCENDING), ("_id", ASCENDING)], limit, offset)

    def overdue(self, department: str, today: str, limit: int, offset: int):
        query = {
            "department": department,
            "status": {"$in": [3, 8]},
            "due_day": {"$lt": today},
        }
        return self.page(query, [("due_day", ASCENDING), ("_id", ASCENDING)], limit, offset)

    def summaries_since(self, since) -> list[dict]:
        """Return the stored summaries of cases received since a moment."""
        cursor = self.collection.find({"received_at": {"$gte": since}}, {"summary": 1, "_id": 0})
        return [doc["summary"] for doc in cursor if doc.get("summary")]


class CaseCounterRepository(Repository):
    """Daily sequences of case numbers, per (实施编码, day), kept a few days."""

    collection_name = "case_counters"
    INDEXES = (IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0, name="expires"),)
    KEEP = timedelta(days=3)

    def __init__(self, db, clock):
        super().__init__(db)
        self.clock = clock

    def next_sequence(self, implementation_code: str, day: str) -> int:
        key = f"{implementation_code}:{day}"
        update = {"$inc": {"seq": 1}, "$setOnInsert": {"expires_at": self.clock() + self.KEEP}}
        for _ in range(5):
            try:
                counter = self.collection.find_one_and_update(
                    {"_id": key}, update, upsert=True, return_document=ReturnDocument.AFTER
                )
            except DuplicateKeyError:  # two upserts raced to create the counter
                continue
            if counter is not None:
                return counter["seq"]
            # SecantusDB sometimes answers None to a racing upsert that did increment;
            # that increment is lost to us, so take a fresh one rather than guess.
        raise RuntimeError(f"no case number sequence for {key}")
