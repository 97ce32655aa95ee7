"""Passages recorded at checkpoints: who scanned whom, where, when, and the result.

A passage scanned offline carries the id its device gave it (`client_id`); a unique index on
it makes a second upload of the same record, even a concurrent one, store nothing new.
"""

from pymongo import ASCENDING, DESCENDING, IndexModel

from models.base import Repository


class CheckpointScanRepository(Repository):
    collection_name = "checkpoint_scans"
    INDEXES = (
        IndexModel([("operator", ASCENDING), ("at", DESCENDING)], name="operator_at"),
        IndexModel([("subject_id", ASCENDING), ("at", DESCENDING)], name="subject_at"),
        IndexModel(
            [("client_id", ASCENDING)],
            name="client_id_unique",
            unique=True,
            partialFilterExpression={"client_id": {"$type": "string"}},
        ),
    )

    def record(self, scan: dict) -> dict:
        self.collection.insert_one(scan)
        return scan

    def of_subject(self, subject_id: str) -> list[dict]:
        """Return the passages of one code subject, newest first."""
        cursor = self.collection.find({"subject_id": subject_id})
        return list(cursor.sort("at", DESCENDING))

    def unname_subject(self, subject_id: str) -> int:
        """Remove the masked name from a subject's passages; return how many had one."""
        result = self.collection.update_many(
            {"subject_id": subject_id, "masked_name": {"$ne": None}},
            {"$set": {"masked_name": None}},
        )
        return result.modified_count

    def record_once(self, scan: dict) -> dict:
        """Insert a scan made offline; raise core.errors.Duplicate if its client_id is stored."""
        with self.unique():
            self.collection.insert_one(scan)
        return scan

    def find_by_client_id(self, client_id: str) -> dict | None:
        return self.collection.find_one({"client_id": client_id})
