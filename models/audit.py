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

    def page_newest(self, query: dict, limit: int, offset: int):
        """Return one page of the events matching {subject} or {event}, newest first."""
        return self.page(query, [("at", DESCENDING), ("_id", DESCENDING)], limit, offset)

    def all_of_subject(self, subject: str) -> list[dict]:
        """Return every event filed under a subject, newest first."""
        cursor = self.collection.find({"subject": subject})
        return list(cursor.sort([("at", DESCENDING), ("_id", DESCENDING)]))
