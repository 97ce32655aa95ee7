"""Versioned, idempotent changes to stored documents: run at every start and by `flask migrate`.

Each step has a version number, a name and an `apply(db, now)` that brings documents written by
earlier releases to the current shape and can run again without harm (two workers starting
at once may both run it). The versions applied are recorded in `schema_migrations`, so a
step runs once per database in the normal case, and a deployment keeps its data across
releases. Add a step: write `vNNN_<what>.py` with VERSION, NAME and apply(db, now) -> changed,
and list it in STEPS.
"""

from dataclasses import dataclass
from datetime import datetime

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from models.migrations import (
    v001_assessment_stale_at,
    v002_guardianship_consent,
    v003_staff_department,
)

COLLECTION = "schema_migrations"
STEPS = (v001_assessment_stale_at, v002_guardianship_consent, v003_staff_department)


@dataclass(frozen=True)
class Applied:
    version: int
    name: str
    changed: int


def current_version(db: Database) -> int:
    """Return the highest version applied to this database (0 for a database never migrated)."""
    newest = db[COLLECTION].find_one(sort=[("_id", -1)])
    return newest["_id"] if newest else 0


def latest_version() -> int:
    """Return the version this release's code expects."""
    return max(step.VERSION for step in STEPS)


def migrate(db: Database, now: datetime) -> list[Applied]:
    """Apply, in order, every step this database has not recorded; return what was applied."""
    done = {document["_id"] for document in db[COLLECTION].find({}, {"_id": 1})}
    applied = []
    for step in sorted(STEPS, key=lambda step: step.VERSION):
        if step.VERSION in done:
            continue
        changed = step.apply(db, now)
        try:
            db[COLLECTION].insert_one(
                {"_id": step.VERSION, "name": step.NAME, "applied_at": now, "changed": changed}
            )
        except DuplicateKeyError:  # another process finished the same step first
            pass
        applied.append(Applied(step.VERSION, step.NAME, changed))
    return applied
