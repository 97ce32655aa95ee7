"""Send text messages: a console provider and an outbox provider for development."""

import logging
from typing import Protocol

log = logging.getLogger(__name__)


class SmsProvider(Protocol):
    def send(self, phone: str, text: str, *, code: str | None = None) -> None:
        """Deliver text to a mainland mobile number."""


class ConsoleSmsProvider:
    """Log that a message went out, without its content (a stand-in for a gateway)."""

    def send(self, phone: str, text: str, *, code: str | None = None) -> None:
        log.info("sms sent", extra={"phone_tail": phone[-4:], "chars": len(text)})


class OutboxSmsProvider:
    """Keep messages in the outbox collection so developers and tests can read the code."""

    def __init__(self, outbox, clock):
        self.outbox = outbox
        self.clock = clock

    def send(self, phone: str, text: str, *, code: str | None = None) -> None:
        self.outbox.add({"phone": phone, "text": text, "code": code, "sent_at": self.clock()})

    def latest(self, phone: str) -> dict | None:
        """Return the last message sent to phone (development and tests only)."""
        return self.outbox.latest(phone)
