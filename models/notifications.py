"""Messages to a resident from the services they use, e.g. an appeal's decision."""

from pymongo import ASCENDING, DESCENDING, IndexModel

from models.base import Repository


class NotificationRepository(Repository):
    collection_name = "notifications"
    INDEXES = (
        IndexModel([("account_id", ASCENDING), ("created_at", DESCENDING)], name="account_created"),
    )

    def add(self, notification: dict, session=None) -> dict:
        self.collection.insert_one(notification, session=session)
        return notification

    def list_of_account(self, account_id: str, limit: int = 50) -> list[dict]:
        cursor = self.collection.find({"account_id": account_id}).sort("created_at", DESCENDING)
        return list(cursor.limit(limit))
