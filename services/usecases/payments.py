"""Fees of cases: one payment order per case, the gateway's callback, refunds.

The callback is verified (the gateway's signature), fresh (its timestamp within
NOTIFICATION_WINDOW of now: an old notification sent again is a replay and refused) and
idempotent (a notification id is processed once; the order moves from due to paid once).
A paid case whose instant approval waited for the fee is then approved by the system.
"""

import secrets
from datetime import datetime, timedelta

from core.errors import ServiceError
from services.statuses import ACCEPTED, COMPLETED

NOTIFICATION_WINDOW = timedelta(minutes=5)


class Payments:
    def __init__(self, payments, seen, cases, gateway, clock):
        self.payments, self.seen, self.cases = payments, seen, cases
        self.gateway, self.clock = gateway, clock
        self.mover = None  # set by the container (the mover refunds through this engine)

    def open_order(self, case: dict) -> dict:
        """Open the payment order of a case that has a fee; answer the case with its order no."""
        order_no = f"P{case['number']}{secrets.token_hex(2).upper()}"
        opened = self.gateway.create_order(order_no, case["fee_fen"], case["item_name"]["zh-CN"])
        payment = self.payments.create_or_get(
            {
                "case_id": case["_id"],
                "order_no": order_no,
                "amount_fen": case["fee_fen"],
                "status": "due",
                "provider": self.gateway.name,
                "provider_ref": opened["provider_ref"],
                "pay_url": opened["pay_url"],
                "created_at": self.clock(),
            }
        )
        changes = {"payment": {"status": payment["status"], "order_no": payment["order_no"]}}
        return self.cases.set_fields(case["_id"], changes)

    def order_for(self, account_id: str, case_id) -> dict:
        """Return the payment order of one of my cases."""
        return self.order_of(self._mine(account_id, case_id))

    def pay_mock(self, account_id: str, case_id) -> dict:
        """Pay one of my cases at the mock gateway, which then calls back (development)."""
        return self.pay_with_mock(self._mine(account_id, case_id))

    def _mine(self, account_id: str, case_id) -> dict:
        case = self.cases.find_of_account(case_id, account_id)
        if case is None:
            raise ServiceError("services.case_not_found", "not_found")
        return case

    def order_of(self, case: dict) -> dict:
        payment = self.payments.find_by_case(case["_id"])
        if payment is None:
            raise ServiceError("payments.no_fee", "not_found")
        return payment

    def pay_with_mock(self, case: dict) -> dict:
        """Pay a case's order at the mock gateway (development); answer the order afterwards."""
        payment = self.order_of(case)
        if payment["status"] != "due":
            raise ServiceError("payments.not_due", "conflict", state=payment["status"])
        self.gateway.pay(payment["order_no"], payment["provider_ref"], payment["amount_fen"])
        return self.payments.find_by_case(case["_id"])

    def handle_notification(self, body: bytes, signature: str) -> dict:
        """Verify and apply a gateway notification; a repeat changes nothing."""
        document = self.gateway.verify_notification(body, signature or "")
        if document is None:
            raise ServiceError("payments.signature_invalid", "unauthorized")
        sent_at = _sent_at(document, self.clock().tzinfo)
        if sent_at is None or abs(self.clock() - sent_at) > NOTIFICATION_WINDOW:
            raise ServiceError("payments.notification_stale", "unauthorized")
        payment = self.payments.find_by_order(str(document.get("order_no")))
        if payment is None or document.get("amount_fen") != payment["amount_fen"]:
            raise ServiceError("payments.order_mismatch", "bad_request")
        record = {"order_no": payment["order_no"], "received_at": self.clock()}
        if not self.seen.first_time(str(document.get("notification_id")), record):
            return {"result": "duplicate", "order_no": payment["order_no"]}
        paid = self.payments.move(
            payment["order_no"], "due", {"status": "paid", "paid_at": self.clock()}
        )
        if paid is not None:
            self._case_paid(paid)
        return {"result": "processed", "order_no": payment["order_no"]}

    def refund_case(self, case: dict) -> dict | None:
        """Refund a paid fee of a refused or withdrawn case; answer the case afterwards."""
        payment = self.payments.find_by_case(case["_id"])
        if payment is None or payment["status"] != "paid":
            return None
        moved = self.payments.move(payment["order_no"], "paid", {"status": "refunding"})
        if moved is None:  # refunded by a concurrent request
            return None
        refund = self.gateway.refund(
            payment["order_no"], payment["provider_ref"], payment["amount_fen"]
        )
        self.payments.move(
            payment["order_no"],
            "refunding",
            {"status": "refunded", "refund_ref": refund["refund_ref"], "refunded_at": self.clock()},
        )
        changes = {"payment": {"status": "refunded", "order_no": payment["order_no"]}}
        return self.cases.set_fields(case["_id"], changes)

    def _case_paid(self, payment: dict) -> None:
        case = self.cases.set_fields(
            payment["case_id"], {"payment": {"status": "paid", "order_no": payment["order_no"]}}
        )
        if case and case["instant"].get("pending_payment") and case["status"] == 1:
            # The rules held at submission; the fee was all the system waited for.
            decided = {"instant.instant": True, "instant.decided_by": "all_rules_met"}
            case = self.mover.move(self.cases.set_fields(case["_id"], decided), ACCEPTED, "system")
            self.mover.move(case, COMPLETED, "system", outcome="approved")


def _sent_at(document: dict, tzinfo) -> datetime | None:
    """When the gateway sent it, or None when its timestamp is not a time (so never fresh)."""
    try:
        return datetime.fromtimestamp(int(document.get("timestamp", 0)), tzinfo)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
