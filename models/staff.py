"""Staff accounts: username, password hash, roles, and what happened since the last login."""

from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository


class StaffRepository(Repository):
    collection_name = "staff"
    INDEXES = (IndexModel([("username", ASCENDING)], unique=True, name="username_unique"),)

    def insert(self, staff: dict) -> dict:
        """Store a new staff account; raises Duplicate when the username is taken."""
        with self.unique():
            self.collection.insert_one(staff)
        return staff

    def find_by_username(self, username: str) -> dict | None:
        return self.collection.find_one({"username": username})

    def list_all(self) -> list[dict]:
        return list(self.collection.find({}, {"password_hash": 0}).sort("username", 1))

    def page_by_username(self, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return one page of accounts in username order, without password hashes."""
        cursor = self.collection.find({}, {"password_hash": 0}).sort("username", ASCENDING)
        return list(cursor.skip(offset).limit(limit)), self.collection.count_documents({})

    def set_disabled(self, username: str, disabled: bool, at) -> bool:
        """Disable or re-enable an account; tell whether that changed anything."""
        result = self.collection.update_one(
            {"username": username, "disabled": {"$ne": disabled}},
            {"$set": {"disabled": disabled, "disabled_changed_at": at}},
        )
        return result.modified_count == 1

    def set_password(self, username: str, password_hash: str, must_change: bool, at):
        """Store a new password hash; return the account after, or None if there is none."""
        return self.collection.find_one_and_update(
            {"username": username},
            {
                "$set": {
                    "password_hash": password_hash,
                    "must_change_password": must_change,
                    "password_set_at": at,
                }
            },
            return_document=ReturnDocument.AFTER,
        )

    def record_failed_login(self, username: str, at) -> None:
        self.collection.update_one(
            {"username": username},
            {"$inc": {"failed_logins": 1}, "$set": {"last_failed_login_at": at}},
        )

    def record_login(self, username: str, at) -> dict | None:
        """Note a login and start counting afresh; return the account as it was before."""
        return self.collection.find_one_and_update(
            {"username": username},
            {"$set": {"last_login_at": at, "failed_logins": 0, "lockouts": 0}},
            return_document=ReturnDocument.BEFORE,
        )

    def record_lockout(self, username: str, at, until) -> bool:
        """Count a lock of this username's logins once, however many attempts it refuses."""
        result = self.collection.update_one(
            {"username": username, "locked_until": {"$ne": until}},
            {"$set": {"locked_until": until, "last_locked_at": at}, "$inc": {"lockouts": 1}},
        )
        return result.modified_count == 1

    def set_roles(self, username: str, roles: list[str]) -> dict | None:
        return self.collection.find_one_and_update(
            {"username": username}, {"$set": {"roles": roles}}, return_document=ReturnDocument.AFTER
        )

    def set_department(self, username: str, department: str | None) -> dict | None:
        return self.collection.find_one_and_update(
            {"username": username},
            {"$set": {"department": department}},
            projection={"password_hash": 0},
            return_document=ReturnDocument.AFTER,
        )
