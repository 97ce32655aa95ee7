"""What every repository shares: its collection, idempotent index creation, get-or-create
that holds under concurrency, and the driver's duplicate-key error turned into ours."""

from contextlib import contextmanager

from pymongo import IndexModel, ReturnDocument
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate


class DuplicateRecord(Duplicate):
    """The Duplicate repositories raise, naming the fields of the index that refused."""

    def __init__(self, collection: str, error: DuplicateKeyError):
        super().__init__(collection, _index_fields(error))
        self.details = error.details


def _index_fields(error: DuplicateKeyError) -> tuple[str, ...]:
    """Name the fields of the unique index that refused the write (empty when unknown)."""
    pattern = (error.details or {}).get("keyPattern") or {}
    return tuple(pattern)


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
            with self.unique():
                return session.with_transaction(callback)

    @contextmanager
    def unique(self):
        """Raise core.errors.Duplicate where a write breaks a unique index."""
        try:
            yield
        except DuplicateKeyError as error:
            raise DuplicateRecord(self.collection_name, error) from error

    def upsert(self, query: dict, update: dict, session=None) -> dict:
        """Apply update to the document matching query, creating it if missing; return it after.

        Two requests creating the same document at once must both get it. MongoDB may
        refuse the slower upsert with a duplicate key on the query's own key, without
        applying it: it is retried and then updates the new document. SecantusDB applies
        the slower upsert to the new document but may answer no document: it is read back.
        """
        in_transaction = session is not None and session.in_transaction
        after = ReturnDocument.AFTER
        for attempt in range(2):
            try:
                found = self.collection.find_one_and_update(
                    query, update, upsert=True, return_document=after, session=session
                )
            except DuplicateKeyError as error:
                if attempt or in_transaction:
                    raise DuplicateRecord(self.collection_name, error) from error
                continue
            if found is None:
                found = self.collection.find_one(query, session=session)
            if found is not None:
                return found
        raise LookupError(f"{self.collection_name}: {query} vanished while it was upserted")

    def page(self, query: dict, sort: list, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return one page of the documents matching query, in order, and how many match."""
        cursor = self.collection.find(query).sort(sort).skip(offset).limit(limit)
        return list(cursor), self.collection.count_documents(query)
