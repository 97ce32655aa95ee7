"""What every repository shares: its collection and idempotent index creation."""

from pymongo import IndexModel
from pymongo.database import Database


class Repository:
    """A thin wrapper over one collection; subclasses name it and declare INDEXES."""

    collection_name: str = ""
    INDEXES: tuple[IndexModel, ...] = ()

    def __init__(self, db: Database):
        self.collection = db[self.collection_name]

    @classmethod
    def ensure_indexes(cls, db: Database) -> None:
        """Create the declared indexes (a no-op when they already exist)."""
        if cls.INDEXES:
            db[cls.collection_name].create_indexes(list(cls.INDEXES))

    def in_transaction(self, callback):
        """Run callback(session) in a multi-document transaction, retried on transient errors."""
        with self.collection.database.client.start_session() as session:
            return session.with_transaction(callback)

    def page(self, query: dict, sort: list, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return one page of the documents matching query, in order, and how many match."""
        cursor = self.collection.find(query).sort(sort).skip(offset).limit(limit)
        return list(cursor), self.collection.count_documents(query)
