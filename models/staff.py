"""Staff accounts: username, password hash, roles."""

from pymongo import ASCENDING, IndexModel, ReturnDocument

from models.base import Repository


class StaffRepository(Repository):
    collection_name = "staff"
    INDEXES = (IndexModel([("username", ASCENDING)], unique=True, name="username_unique"),)

    def insert(self, staff: dict) -> dict:
        self.collection.insert_one(staff)
        return staff

    def find_by_username(self, username: str) -> dict | None:
        return self.collection.find_one({"username": username})

    def list_all(self) -> list[dict]:
        return list(self.collection.find({}, {"password_hash": 0}).sort("username", 1))

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
