"""The scanner without a network: signatures checked on the device, passages queued in
IndexedDB and uploaded exactly once when the network returns."""

import time

import pytest

from tests.browser.scanner_steps import (
    demo_code,
    handheld_scan,
    next_scan,
    operator_at_checkpoint,
    result,
)
from tests.health_code_factories import with_colour

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def eventually(page, condition, seconds: float = 5.0) -> None:
    """Wait until condition() holds (the server's side of an upload the page started).

    The page's waits keep Playwright's route handlers running; time.sleep would block them.
    """
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        page.wait_for_timeout(50)


def test_an_offline_scan_is_verified_here_queued_and_uploaded_once(page, client, container, db):
    token = demo_code(client, container)
    operator_at_checkpoint(page, container)
    page.context.set_offline(True)
    expect(page.get_by_test_id("net-status")).to_have_text("离线 — 本机核验签名")
    handheld_scan(page, token)
    expect(result(page)).to_have_attribute("data-outcome", "green")
    expect(result(page)).to_have_attribute("data-offline", "true")
    expect(page.get_by_test_id("scan-offline")).to_contain_text("离线 — 颜色为")
    expect(page.get_by_test_id("scan-offline")).to_contain_text("签发时的颜色")
    expect(page.get_by_test_id("scan-name")).to_have_text("陈*明")
    next_scan(page)
    handheld_scan(page, with_colour(token, "red"))
    expect(result(page)).to_have_attribute("data-outcome", "bad_signature")
    next_scan(page)
    expect(page.get_by_test_id("queue-count")).to_have_text("待上传 2 条")
    assert db.checkpoint_scans.count_documents({}) == 0

    page.context.set_offline(False)
    expect(page.get_by_test_id("queue-count")).to_have_count(0)
    stored = list(db.checkpoint_scans.find().sort("at", 1))
    assert [(s["reason"], s["offline"]) for s in stored] == [
        ("ok", True),
        ("bad_signature", True),
    ]
    # Another "online" (a flaky network) finds nothing left to send.
    page.evaluate("() => window.dispatchEvent(new Event('online'))")
    page.wait_for_timeout(500)
    assert db.checkpoint_scans.count_documents({}) == 2


def test_a_queue_left_by_a_lost_answer_is_stored_once_when_sent_again(page, client, container, db):
    token = demo_code(client, container)
    operator_at_checkpoint(page, container)
    page.context.set_offline(True)
    handheld_scan(page, token)
    expect(result(page)).to_have_attribute("data-offline", "true")
    next_scan(page)
    # The upload reaches the server, but its answer never comes back to the phone.
    page.route(
        "**/api/v1/checkpoint/offline-scans",
        lambda route: (route.fetch(), route.abort()),
    )
    page.context.set_offline(False)
    eventually(page, lambda: db.checkpoint_scans.count_documents({}) == 1)
    expect(page.get_by_test_id("queue-count")).to_have_text("待上传 1 条")
    page.unroute("**/api/v1/checkpoint/offline-scans")
    page.evaluate("() => window.dispatchEvent(new Event('online'))")
    expect(page.get_by_test_id("queue-count")).to_have_count(0)
    assert db.checkpoint_scans.count_documents({}) == 1


def test_without_cached_keys_an_offline_scan_says_it_cannot_check(page, client, container, db):
    token = demo_code(client, container)
    operator_at_checkpoint(page, container)
    page.evaluate("() => localStorage.removeItem('shengshi.scanner.keys')")
    page.context.set_offline(True)
    handheld_scan(page, token)
    expect(result(page)).to_have_attribute("data-outcome", "no_keys")
    expect(result(page)).to_contain_text("无法离线核验")
    next_scan(page)
    page.context.set_offline(False)
    expect(page.get_by_test_id("queue-count")).to_have_count(0)
    assert db.checkpoint_scans.find_one()["reason"] == "ok"  # verified by the server later
