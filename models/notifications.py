"""Messages to a resident from the services they use, and what the mock providers sent."""

from datetime import timedelta

from pymongo import ASCENDING, DESCENDING, IndexModel
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository


class NotificationRepository(Repository):
    collection_name = "notifications"
    INDEXES = (
        IndexModel([("account_id", ASCENDING), ("created_at", DESCENDING)], name="account_created"),
        IndexModel(
            [("account_id", ASCENDING), ("read_at", ASCENDING)],
            partialFilterExpression={"read_at": None},
            name="account_unread",
        ),
        IndexModel(
            [("dedupe", ASCENDING)],
            unique=True,
            partialFilterExpression={"dedupe": {"$type": "string"}},
            name="dedupe_unique",
        ),
    )

    def add(self, notification: dict, session=None) -> dict:
        """Store a message; a repeated dedupe key raises Duplicate."""
        try:
            self.collection.insert_one({"read_at": None, **notification}, session=session)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("dedupe",)) from None
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

    def unread_count(self, account_id: str) -> int:
        return self.collection.count_documents({"account_id": account_id, "read_at": None})

    def mark_read(self, account_id: str, notification_id, at) -> dict | None:
        query = {"_id": notification_id, "account_id": account_id}
        self.collection.update_one({**query, "read_at": None}, {"$set": {"read_at": at}})
        return self.collection.find_one(query)

    def mark_all_read(self, account_id: str, at) -> int:
        query = {"account_id": account_id, "read_at": None}
        return self.collection.update_many(query, {"$set": {"read_at": at}}).modified_count


class NotificationOutboxRepository(Repository):
    """What the mock SMS and WeChat providers 'sent' (development and tests)."""

    collection_name = "notification_outbox"
    INDEXES = (
        IndexModel([("account_id", ASCENDING), ("sent_at", DESCENDING)], name="account_sent"),
        IndexModel([("sent_at", ASCENDING)], expireAfterSeconds=7 * 86400, name="sent_ttl"),
    )

    def add(self, message: dict) -> None:
        self.collection.insert_one(dict(message))

    def of_account(self, account_id: str, limit: int = 50) -> list[dict]:
        cursor = self.collection.find({"account_id": account_id}, {"_id": 0})
        return list(cursor.sort("sent_at", DESCENDING).limit(limit))


class ReminderCheckRepository(Repository):
    """Which periodic checks already ran for whom today (kept a few days)."""

    collection_name = "reminder_checks"
    INDEXES = (IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0, name="expires"),)

    def __init__(self, db, clock):
        super().__init__(db)
        self.clock = clock

    def first_today(self, check: str, day: str) -> bool:
        """Record a check for a day; False when it already ran that day."""
        try:
            self.collection.insert_one(
                {"_id": f"{check}:{day}", "expires_at": self.clock() + timedelta(days=3)}
            )
            return True
        except DuplicateKeyError:
            return False
