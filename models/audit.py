"""The security audit trail: logins, real-name attempts, role changes, guardian actions."""

from pymongo import ASCENDING, DESCENDING, IndexModel

from models.base import Repository


class AuditRepository(Repository):
    collection_name = "audit_events"
    INDEXES = (
        IndexModel([("subject", ASCENDING), ("at", DESCENDING)], name="subject_at"),
        IndexModel([("event", ASCENDING), ("at", DESCENDING)], name="event_at"),
    )

    def record(self, event: dict) -> None:
        """Append one event (the caller fills at, event, outcome, actor, subject, address)."""
        self.collection.insert_one(dict(event))

    def for_subject(self, subject: str, limit: int = 50) -> list[dict]:
        return list(self.collection.find({"subject": subject}).sort("at", DESCENDING).limit(limit))

    def by_event(self, event: str, limit: int = 50) -> list[dict]:
        return list(self.collection.find({"event": event}).sort("at", DESCENDING).limit(limit))
