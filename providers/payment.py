"""Take fees through a payment gateway: orders, signed payment notifications, refunds.

`MockGateway` stands in for a real one in development and tests. When the payer pays, it
calls back with a notification signed with HMAC-SHA256 under the merchant secret, the way
real gateways do (the body, a timestamp and a nonce signed together); `verify_notification`
is the one check every callback passes.
"""

import hashlib
import hmac
import json
import secrets
from typing import Protocol

SIGNATURE_HEADER = "X-Pay-Signature"


class PaymentProvider(Protocol):
    def create_order(self, order_no: str, amount_fen: int, description: str) -> dict:
        """Open an order at the gateway; answer {provider_ref, pay_url}."""

    def refund(self, order_no: str, provider_ref: str, amount_fen: int) -> dict:
        """Refund a paid order in full; answer {refund_ref}."""

    def verify_notification(self, body: bytes, signature: str) -> dict | None:
        """Return the notification if its signature is the gateway's, else None."""


def sign(secret: bytes, body: bytes) -> str:
    """Return the hex HMAC-SHA256 of a notification body under the merchant secret."""
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


class MockGateway:
    """A local gateway: orders in memory of the caller, notifications signed and delivered."""

    name = "mock"

    def __init__(self, secret: bytes, clock, deliver=None):
        self.secret, self.clock = secret, clock
        self.deliver = deliver  # callable(body: bytes, signature: str): the merchant callback

    def create_order(self, order_no: str, amount_fen: int, description: str) -> dict:
        ref = "MOCK" + secrets.token_hex(8).upper()
        return {"provider_ref": ref, "pay_url": f"/mock-gateway/pay/{order_no}"}

    def pay(self, order_no: str, provider_ref: str, amount_fen: int):
        """Take the payer's money and call the merchant back with a signed notification."""
        body, signature = self.notification(order_no, provider_ref, amount_fen)
        return self.deliver(body, signature)

    def notification(self, order_no: str, provider_ref: str, amount_fen: int):
        """Return (body, signature) of a 'paid' notification for an order."""
        document = {
            "notification_id": secrets.token_hex(12),
            "event": "paid",
            "order_no": order_no,
            "provider_ref": provider_ref,
            "amount_fen": amount_fen,
            "timestamp": int(self.clock().timestamp()),
            "nonce": secrets.token_hex(8),
        }
        body = json.dumps(document, separators=(",", ":"), sort_keys=True).encode()
        return body, sign(self.secret, body)

    def refund(self, order_no: str, provider_ref: str, amount_fen: int) -> dict:
        return {"refund_ref": "MOCKR" + secrets.token_hex(8).upper()}

    def verify_notification(self, body: bytes, signature: str) -> dict | None:
        expected = sign(self.secret, body)
        if not isinstance(signature, str) or not hmac.compare_digest(expected, signature):
            return None
        try:
            document = json.loads(body)
        except ValueError:
            return None
        return document if isinstance(document, dict) else None
