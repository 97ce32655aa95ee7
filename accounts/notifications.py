"""A resident's inbox: messages from the services they use (an appeal decided, a case moved).

Each message is stored for the inbox and also handed to the notification providers (SMS,
WeChat subscription messages). A message with a `dedupe` key is delivered once, however
often it is raised (reminders computed when the inbox is read).
"""

import logging

from core.errors import Duplicate, ServiceError

log = logging.getLogger(__name__)


class Notifications:
    def __init__(self, repository, providers=(), clock=None):
        self.repository, self.providers, self.clock = repository, tuple(providers), clock

    def add(self, notification: dict, session=None) -> dict:
        """Deliver one message to its account's inbox."""
        return self.repository.add(notification, session=session)

    def notify(self, account_id: str, kind: str, title: dict, body=None, ref=None, dedupe=None):
        """Put a message in the inbox and send it through every provider; False if a repeat."""
        message = {
            "account_id": account_id,
            "kind": kind,
            "created_at": self.clock(),
            "title": title,
            "body": body,
            "ref": ref or {},
        }
        if dedupe:
            message["dedupe"] = dedupe
        try:
            self.repository.add(message)
        except Duplicate:  # delivered already
            return False
        for provider in self.providers:
            try:
                provider.send(account_id, message)
            except Exception:  # a channel failing must not undo what happened to the case
                log.warning("notification provider failed", extra={"channel": provider.channel})
        return True

    def of_account(self, account_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return one page of the account's messages, newest first, and how many there are."""
        return self.repository.page_of_account(account_id, limit, offset)

    def unread_count(self, account_id: str) -> dict:
        return {"unread": self.repository.unread_count(account_id)}

    def mark_read(self, account_id: str, notification_id) -> dict:
        found = self.repository.mark_read(account_id, notification_id, self.clock())
        if found is None:
            raise ServiceError("messages.not_found", "not_found")
        return found

    def mark_all_read(self, account_id: str) -> dict:
        return {"marked": self.repository.mark_all_read(account_id, self.clock())}
