"""Send a resident's messages beyond the inbox: SMS and WeChat subscription messages.

Each channel is a small provider interface; the mocks keep what they 'sent' in an outbox
collection (like login's SMS outbox) so developers and tests can read it.
"""

from typing import Protocol


class NotificationProvider(Protocol):
    channel: str

    def send(self, account_id: str, message: dict) -> None:
        """Deliver one message (title per language, body, ref) to a resident."""


class MockSmsNotifier:
    """Text messages to the account's phone, kept in the outbox instead of sent."""

    channel = "sms"

    def __init__(self, outbox, phone_of, clock):
        self.outbox, self.phone_of, self.clock = outbox, phone_of, clock

    def send(self, account_id: str, message: dict) -> None:
        phone = self.phone_of(account_id)
        if not phone:
            return
        text = message["title"]["zh-CN"] + (f"：{message['body']}" if message.get("body") else "")
        self.outbox.add(
            {
                "account_id": account_id,
                "channel": self.channel,
                "to": phone[-4:],  # the tail only: the outbox is readable in development
                "text": text[:200],
                "sent_at": self.clock(),
            }
        )


class MockWechatSubscriptionNotifier:
    """WeChat subscription messages (订阅消息): a template id and its data, kept in the outbox."""

    channel = "wechat"
    TEMPLATE = "services-progress"

    def __init__(self, outbox, openid_of, clock):
        self.outbox, self.openid_of, self.clock = outbox, openid_of, clock

    def send(self, account_id: str, message: dict) -> None:
        openid = self.openid_of(account_id)
        if not openid:  # the resident never linked WeChat, or did not subscribe
            return
        self.outbox.add(
            {
                "account_id": account_id,
                "channel": self.channel,
                "template": self.TEMPLATE,
                "data": {"thing1": message["title"]["zh-CN"][:20], "ref": message.get("ref")},
                "sent_at": self.clock(),
            }
        )
