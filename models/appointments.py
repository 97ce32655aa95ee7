"""Service halls, their time slots with capacity, and residents' bookings.

A booking takes a place with one conditional `$inc` on the slot (`remaining > 0`), so
concurrent requests can never book more places than the slot has.
"""

from pymongo import ASCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository


class HallRepository(Repository):
    collection_name = "service_halls"
    INDEXES = (
        IndexModel([("code", ASCENDING)], unique=True, name="code_unique"),
        IndexModel([("departments", ASCENDING)], name="departments"),
    )

    def upsert(self, hall: dict) -> None:
        self.collection.update_one({"code": hall["code"]}, {"$set": hall}, upsert=True)

    def for_department(self, department: str) -> list[dict]:
        return list(self.collection.find({"departments": department}).sort("code", 1))

    def find_by_code(self, code: str) -> dict | None:
        return self.collection.find_one({"code": code})


class SlotRepository(Repository):
    collection_name = "appointment_slots"
    INDEXES = (
        IndexModel(
            [("hall", ASCENDING), ("day", ASCENDING), ("time", ASCENDING)],
            unique=True,
            name="hall_day_time_unique",
        ),
    )

    def ensure(self, slot: dict) -> None:
        """Create a slot unless it exists (its bookings are never reset)."""
        key = {k: slot[k] for k in ("hall", "day", "time")}
        self.collection.update_one(key, {"$setOnInsert": slot}, upsert=True)

    def of_hall(self, hall: str, day_from: str, day_to: str) -> list[dict]:
        query = {"hall": hall, "day": {"$gte": day_from, "$lte": day_to}}
        return list(self.collection.find(query).sort([("day", 1), ("time", 1)]))

    def find(self, slot_id) -> dict | None:
        return self.collection.find_one({"_id": slot_id})

    def take(self, slot_id) -> dict | None:
        """Take one place if any is left; return the slot afterwards, or None when full."""
        return self.collection.find_one_and_update(
            {"_id": slot_id, "remaining": {"$gt": 0}},
            {"$inc": {"remaining": -1}},
            return_document=ReturnDocument.AFTER,
        )

    def give_back(self, slot_id) -> None:
        self.collection.update_one({"_id": slot_id}, {"$inc": {"remaining": 1}})


class BookingRepository(Repository):
    collection_name = "appointments"
    INDEXES = (
        IndexModel(
            [("case_id", ASCENDING)],
            unique=True,
            partialFilterExpression={"status": "booked"},
            name="one_live_booking_per_case",
        ),
        IndexModel([("account_id", ASCENDING), ("day", ASCENDING)], name="account_day"),
        IndexModel([("status", ASCENDING), ("day", ASCENDING)], name="status_day"),
    )

    def insert(self, booking: dict) -> dict:
        try:
            self.collection.insert_one(booking)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("case_id",)) from None
        return booking

    def find_of_account(self, booking_id, account_id: str) -> dict | None:
        return self.collection.find_one({"_id": booking_id, "account_id": account_id})

    def page_of_account(self, account_id: str, limit: int, offset: int):
        return self.page({"account_id": account_id}, [("day", -1), ("time", -1)], limit, offset)

    def cancel(self, booking_id, at) -> dict | None:
        """Cancel a live booking; None when it was not live (cancelled twice at once)."""
        return self.collection.find_one_and_update(
            {"_id": booking_id, "status": "booked"},
            {"$set": {"status": "cancelled", "cancelled_at": at}},
            return_document=ReturnDocument.AFTER,
        )

    def due_reminders(self, account_id: str, day_to: str) -> list[dict]:
        query = {"account_id": account_id, "status": "booked", "reminded": {"$ne": True}}
        query["day"] = {"$lte": day_to}
        return list(self.collection.find(query))

    def mark_reminded(self, booking_id) -> bool:
        result = self.collection.update_one(
            {"_id": booking_id, "reminded": {"$ne": True}}, {"$set": {"reminded": True}}
        )
        return result.modified_count == 1
