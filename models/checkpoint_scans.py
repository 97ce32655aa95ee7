"""Passages recorded at checkpoints: who scanned whom, where, when, and the result."""

from pymongo import ASCENDING, DESCENDING, IndexModel

from models.base import Repository


class CheckpointScanRepository(Repository):
    collection_name = "checkpoint_scans"
    INDEXES = (
        IndexModel([("operator", ASCENDING), ("at", DESCENDING)], name="operator_at"),
        IndexModel([("subject_id", ASCENDING), ("at", DESCENDING)], name="subject_at"),
    )

    def record(self, scan: dict) -> dict:
        self.collection.insert_one(scan)
        return scan

    def by_operator(self, operator: str, limit: int = 50) -> list[dict]:
        return list(
            self.collection.find({"operator": operator}).sort("at", DESCENDING).limit(limit)
        )
