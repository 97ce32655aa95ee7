"""Payment orders of cases, and the gateway notifications already processed."""

from pymongo import ASCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from models.base import Repository


class PaymentRepository(Repository):
    collection_name = "payments"
    INDEXES = (
        IndexModel([("case_id", ASCENDING)], unique=True, name="case_unique"),
        IndexModel([("order_no", ASCENDING)], unique=True, name="order_unique"),
    )

    def create_or_get(self, payment: dict) -> dict:
        """Store the order of a case unless it has one; return the stored one either way."""
        try:
            self.collection.insert_one(payment)
            return payment
        except DuplicateKeyError:
            return self.collection.find_one({"case_id": payment["case_id"]})

    def find_by_case(self, case_id) -> dict | None:
        return self.collection.find_one({"case_id": case_id})

    def find_by_order(self, order_no: str) -> dict | None:
        return self.collection.find_one({"order_no": order_no})

    def move(self, order_no: str, from_status: str, changes: dict) -> dict | None:
        """Change an order only if it is still in from_status (exactly once)."""
        return self.collection.find_one_and_update(
            {"order_no": order_no, "status": from_status},
            {"$set": changes},
            return_document=ReturnDocument.AFTER,
        )


class PaymentNotificationRepository(Repository):
    """Notification ids the gateway sent, so a repeated delivery changes nothing."""

    collection_name = "payment_notifications"
    INDEXES = (IndexModel([("received_at", ASCENDING)], name="received"),)

    def first_time(self, notification_id: str, record: dict) -> bool:
        """Record a notification; False when it was already recorded."""
        try:
            self.collection.insert_one({"_id": notification_id, **record})
            return True
        except DuplicateKeyError:
            return False
