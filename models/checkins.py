"""Residents' check-ins at venues, deleted by the database after the retention period."""

from pymongo import ASCENDING, DESCENDING, IndexModel

from models.base import Repository


class CheckinRepository(Repository):
    collection_name = "venue_checkins"
    INDEXES = (
        # The server deletes each check-in once its expires_at passes (swept about every minute).
        IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0, name="expires_ttl"),
        IndexModel([("account_id", ASCENDING), ("at", DESCENDING)], name="account_at"),
    )

    def record(self, checkin: dict) -> dict:
        self.collection.insert_one(checkin)
        return checkin

    def page_of_account(self, account_id: str, limit: int, offset: int):
        """Return one page of the account's check-ins, newest first, and their number."""
        order = [("at", DESCENDING), ("_id", DESCENDING)]
        return self.page({"account_id": account_id}, order, limit, offset)

    def all_of_account(self, account_id: str) -> list[dict]:
        """Return every check-in of the account still kept, newest first."""
        cursor = self.collection.find({"account_id": account_id})
        return list(cursor.sort([("at", DESCENDING), ("_id", DESCENDING)]))

    def delete_of_account(self, account_id: str) -> int:
        return self.collection.delete_many({"account_id": account_id}).deleted_count
