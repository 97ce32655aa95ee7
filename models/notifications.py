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

    def page_of_account(self, account_id: str, limit: int, offset: int):
        """Return one page of the account's messages, newest first, and their number."""
        order = [("created_at", DESCENDING), ("_id", DESCENDING)]
        return self.page({"account_id": account_id}, order, limit, offset)

    def all_of_account(self, account_id: str) -> list[dict]:
        """Return every message of the account, newest first."""
        cursor = self.collection.find({"account_id": account_id})
        return list(cursor.sort([("created_at", DESCENDING), ("_id", DESCENDING)]))

    def delete_of_account(self, account_id: str) -> int:
        return self.collection.delete_many({"account_id": account_id}).deleted_count
