"""Fees: an order per case, the mock gateway's signed callback, forgeries and replays refused,
no completion unpaid, refunds of refused paid cases, instant approval once paid."""

import json
import time

import pytest

from providers.payment import SIGNATURE_HEADER, sign
from tests.factories import documented_statuses
from tests.services_factories import PAID, act, clerk, resident, submitted

NOTIFY = "/api/v1/payments/notifications"
TEMPORARY_PLATE = "临时行驶车号牌核发"  # instant for L2 with no open case, 5 yuan


def order(client, headers, case):
    response = client.get(f"/api/v1/cases/{case['id']}/payment", headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def genuine(container, payment):
    """A notification the mock gateway itself signs for an order (as when the payer pays)."""
    gateway = container.payments.gateway
    stored = container.payments.payments.find_by_order(payment["order_no"])
    return gateway.notification(stored["order_no"], stored["provider_ref"], stored["amount_fen"])


def deliver(client, body: bytes, signature: str):
    return client.post(
        NOTIFY, data=body, content_type="application/json", headers={SIGNATURE_HEADER: signature}
    )


def test_a_case_with_a_fee_gets_one_order_and_cannot_complete_unpaid(client, container):
    headers = resident(client)
    case = submitted(client, headers, PAID)
    assert case["payment"]["status"] == "due" and case["payment"]["order_no"]
    payment = order(client, headers, case)
    assert payment["amount_fen"] == case["fee_fen"] == 4000 and payment["status"] == "due"
    police = clerk(client, container, "public_security")
    act(client, police, case["id"], "accept")
    unpaid = act(client, police, case["id"], "complete", outcome="approved")
    assert unpaid.status_code == 409 and unpaid.json["error"] == "services.payment_required"


def test_paying_at_the_mock_gateway_calls_back_and_marks_the_case_paid(client, container):
    headers = resident(client)
    case = submitted(client, headers, PAID)
    paid = client.post(f"/api/v1/cases/{case['id']}/payment/mock-pay", headers=headers)
    assert paid.status_code == 200 and paid.json["status"] == "paid"
    shown = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json
    assert shown["payment"]["status"] == "paid"
    police = clerk(client, container, "public_security")
    act(client, police, case["id"], "accept")
    # The address comes from the household register, which this resident has no e-copy of.
    address = {"area": "440106", "line": "广州市天河区体育西路1号"}
    done = act(
        client,
        police,
        case["id"],
        "complete",
        outcome="approved",
        certificate_fields={"address": address},
    ).json
    assert done["status"] == 11
    assert done["certificate"]["type"] == "resident_id_card"
    assert done["certificate"]["status"] == "issued", done["certificate"]
    again = client.post(f"/api/v1/cases/{case['id']}/payment/mock-pay", headers=headers)
    assert again.status_code == 409 and again.json["error"] == "payments.not_due"


def test_a_forged_notification_is_refused(client, container):
    headers = resident(client)
    case = submitted(client, headers, PAID)
    body, _signature = genuine(container, order(client, headers, case))
    forged = deliver(client, body, sign(b"not the merchant secret", body))
    assert forged.status_code == 401 and forged.json["error"] == "payments.signature_invalid"
    tampered = json.loads(body)
    tampered["amount_fen"] = 1
    retyped = json.dumps(tampered).encode()
    assert deliver(client, retyped, _signature).status_code == 401
    assert deliver(client, body, "").status_code == 401
    assert order(client, headers, case)["status"] == "due"


def test_a_repeated_delivery_changes_nothing_and_an_old_one_is_a_refused_replay(
    client, container, wiring
):
    headers = resident(client)
    case = submitted(client, headers, PAID)
    body, signature = genuine(container, order(client, headers, case))
    first = deliver(client, body, signature)
    assert first.status_code == 200 and first.json["result"] == "processed"
    repeat = deliver(client, body, signature)
    assert repeat.status_code == 200 and repeat.json["result"] == "duplicate"
    wiring.clock.move(minutes=10)
    replay = deliver(client, body, signature)
    assert replay.status_code == 401 and replay.json["error"] == "payments.notification_stale"
    paid_messages = [m for m in client.get("/api/v1/messages", headers=headers).json["items"]]
    assert order(client, headers, case)["status"] == "paid"
    assert len(paid_messages) >= 1


def test_a_refused_paid_case_is_refunded_through_the_gateway(client, container):
    headers = resident(client)
    case = submitted(client, headers, PAID)
    client.post(f"/api/v1/cases/{case['id']}/payment/mock-pay", headers=headers)
    police = clerk(client, container, "public_security")
    refused = act(client, police, case["id"], "refuse", note="材料不符")
    assert refused.json["payment"]["status"] == "refunded"
    payment = order(client, headers, case)
    assert payment["status"] == "refunded" and payment["refunded_at"]


def test_a_withdrawn_unpaid_case_has_nothing_to_refund(client):
    headers = resident(client)
    case = submitted(client, headers, PAID)
    withdrawn = client.post(f"/api/v1/cases/{case['id']}/withdrawal", json={}, headers=headers)
    assert withdrawn.json["payment"]["status"] == "due"


def test_an_instant_service_with_a_fee_is_approved_once_paid(client):
    headers = resident(client)
    case = submitted(client, headers, TEMPORARY_PLATE, vin="LSVAU2180N2123456")
    assert case["status"] == 1 and case["instant"]["decided_by"] == "awaiting_payment"
    client.post(f"/api/v1/cases/{case['id']}/payment/mock-pay", headers=headers)
    shown = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json
    assert shown["status"] == 11 and shown["outcome"] == "approved"
    assert shown["instant"]["decided_by"] == "all_rules_met"


@pytest.mark.parametrize("timestamp", ["soon", [1], None, 10**20, 1.5e300])
def test_a_signed_notification_whose_time_is_not_a_time_is_refused_as_stale(client, app, timestamp):
    secret = app.config["PAYMENT_NOTIFY_SECRET"].encode()
    body = json.dumps({"order_no": "P1", "amount_fen": 100, "timestamp": timestamp}).encode()

    response = deliver(client, body, sign(secret, body))

    assert (response.status_code, response.json["error"]) == (401, "payments.notification_stale")


def test_a_notification_for_no_order_is_a_documented_400(client, app):
    secret = app.config["PAYMENT_NOTIFY_SECRET"].encode()
    body = json.dumps({"order_no": "none", "amount_fen": 1, "timestamp": int(time.time())})

    response = deliver(client, body.encode(), sign(secret, body.encode()))

    assert (response.status_code, response.json["error"]) == (400, "payments.order_mismatch")
    assert 400 in documented_statuses(client, NOTIFY, "post")
