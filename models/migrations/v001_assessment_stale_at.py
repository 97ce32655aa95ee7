"""Give every stored assessment its `stale_at` (older releases stored only next_change_at).

An assessment is reused until `stale_at`; before that field existed, the next colour change
was the only end, so it is the right value for documents written then.
"""

from pymongo import UpdateOne

VERSION = 1
NAME = "assessment stale_at"
BATCH = 500


def apply(db, now) -> int:
    """Copy next_change_at into stale_at where an assessment has no stale_at yet."""
    records = db.health_records
    query = {"assessment": {"$type": "object"}, "assessment.stale_at": {"$exists": False}}
    changed = 0
    while True:
        batch = list(records.find(query, {"assessment.next_change_at": 1}).limit(BATCH))
        if not batch:
            return changed
        updates = [
            UpdateOne(
                {"_id": record["_id"], "assessment.stale_at": {"$exists": False}},
                {"$set": {"assessment.stale_at": record["assessment"].get("next_change_at")}},
            )
            for record in batch
        ]
        changed += records.bulk_write(updates, ordered=False).modified_count
