"""Write security events to the audit trail in one shape."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who acted and from where (filled by the HTTP shell)."""

    kind: str
    id: str | None = None
    address: str | None = None
    request_id: str | None = None


class AuditLog:
    def __init__(self, repository, clock):
        self.repository = repository
        self.clock = clock

    def record(
        self, event: str, outcome: str, actor: Actor, subject: str | None = None, **details
    ) -> None:
        """Append one event: what happened, whether it succeeded, who, to whom."""
        self.repository.record(
            {
                "at": self.clock(),
                "event": event,
                "outcome": outcome,
                "actor": {"kind": actor.kind, "id": actor.id},
                "subject": subject,
                "address": actor.address,
                "request_id": actor.request_id,
                "details": details,
            }
        )

    def search(self, subject: str | None, event: str | None, limit: int, offset: int):
        """Return a page of the newest events, by subject and/or event type, and their number."""
        query = {name: value for name, value in (("subject", subject), ("event", event)) if value}
        return self.repository.page_newest(query, limit, offset)
