"""A resident's favourite services and the services they used lately."""

from pymongo import ASCENDING, DESCENDING, IndexModel
from pymongo.errors import DuplicateKeyError

from models.base import Repository

RECENT_KEPT = 20


class FavouriteRepository(Repository):
    collection_name = "service_favourites"
    INDEXES = (
        IndexModel(
            [("account_id", ASCENDING), ("implementation_code", ASCENDING)],
            unique=True,
            name="account_code_unique",
        ),
        IndexModel([("account_id", ASCENDING), ("added_at", DESCENDING)], name="account_added"),
    )

    def add(self, account_id: str, code: str, at) -> None:
        try:
            self.collection.insert_one(
                {"account_id": account_id, "implementation_code": code, "added_at": at}
            )
        except DuplicateKeyError:
            pass

    def remove(self, account_id: str, code: str) -> bool:
        query = {"account_id": account_id, "implementation_code": code}
        return self.collection.delete_one(query).deleted_count == 1

    def holds(self, account_id: str, code: str) -> bool:
        query = {"account_id": account_id, "implementation_code": code}
        return self.collection.find_one(query, {"_id": 1}) is not None

    def page_of_account(self, account_id: str, limit: int, offset: int):
        order = [("added_at", DESCENDING), ("_id", DESCENDING)]
        return self.page({"account_id": account_id}, order, limit, offset)


class RecentServiceRepository(Repository):
    """One document per resident: the codes of the services used last, newest first."""

    collection_name = "recent_services"

    def touch(self, account_id: str, code: str, at) -> None:
        self.collection.update_one({"_id": account_id}, {"$pull": {"codes": code}}, upsert=True)
        self.collection.update_one(
            {"_id": account_id},
            {"$push": {"codes": {"$each": [code], "$position": 0, "$slice": RECENT_KEPT}}},
        )

    def codes(self, account_id: str) -> list[str]:
        doc = self.collection.find_one({"_id": account_id})
        return list(doc.get("codes", [])) if doc else []
