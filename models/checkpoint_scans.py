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
