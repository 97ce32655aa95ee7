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
