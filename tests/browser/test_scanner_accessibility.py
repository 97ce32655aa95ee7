"""Accessibility of the staff screens and of every scanner result (each colour, each refusal,
offline), in normal and elderly mode: axe, headings, targets of 44/60 px, text of 18 px."""

from datetime import UTC, datetime, timedelta

import pytest

from core.clock import utcnow
from tests.browser.journeys import wait_until_drawn
from tests.browser.scanner_steps import (
    demo_code,
    handheld_scan,
    next_scan,
    operator_at_checkpoint,
    partner_code,
    result,
    venue_code,
)
from tests.browser.test_accessibility import check_screen, switch_elderly
from tests.health_code_factories import (
    authority,
    kid_of,
    person_number,
    signed_token,
    stranger_key,
    with_colour,
)

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def revoked_card(client, container) -> str:
    """The token of a printed code card that the authority has revoked."""
    staff = authority(client, container)
    body = {"doc_type": "resident_id", "doc_number": person_number(900), "name": "黄大伯"}
    card = client.post("/api/v1/code-cards", json=body, headers=staff).json
    revoke = {"reason": "持卡人遗失"}
    client.post(f"/api/v1/code-cards/{card['id']}/revoke", json=revoke, headers=staff)
    return card["token"]


def codes_of_every_outcome(client, container, wiring) -> tuple[dict, dict]:
    """Return {outcome: text} to scan online and {outcome: text} to scan offline."""
    old = demo_code(client, container)
    wiring.keyring.rotate()
    wiring.keyring.retire(kid_of(old))
    green = demo_code(client, container)  # signed by the new key
    subject = container.health_codes.records.collection.find_one()["subject_id"]
    key, now = wiring.keyring.signing_key(), utcnow()
    online = {
        "green": green,
        "expired": signed_token(key, subject, now - timedelta(minutes=10)),
        "not_yet_valid": signed_token(key, subject, now + timedelta(minutes=5)),
        "bad_signature": with_colour(green, "red"),
        "unknown_key": signed_token(stranger_key("zz9"), subject, now),
        "key_retired": old,
        "card_revoked": revoked_card(client, container),
        "unknown_subject": signed_token(key, "ab" * 10, now),
        "malformed": "hello",
        "venue": venue_code(wiring),
        "partner": partner_code(),
    }
    offline = {
        colour: signed_token(key, subject, now, colour=colour)
        for colour in ("green", "yellow", "red")
    }
    return online, offline


def pause(page) -> None:
    """Stop the page's clock, so that a result waits for "next scan" while it is looked at."""
    now = datetime.fromtimestamp(page.evaluate("() => Date.now()") / 1000, UTC)
    page.clock.pause_at(now + timedelta(milliseconds=250))  # ahead of the running clock


def check_result(page, elderly: bool) -> None:
    """Check a result screen; the clock runs only meanwhile (axe needs timers), under 3 s."""
    page.clock.resume()
    check_screen(page, elderly)
    pause(page)


def check_every_result(page, codes: dict, elderly: bool) -> None:
    for outcome, text in codes.items():
        handheld_scan(page, text)
        expect(result(page)).to_have_attribute("data-outcome", outcome)
        check_result(page, elderly)
        next_scan(page)


@pytest.mark.parametrize("elderly", [False, True], ids=["normal", "elderly"])
def test_every_scanner_screen_passes(page, client, container, wiring, elderly):
    online, offline = codes_of_every_outcome(client, container, wiring)
    page.goto("/mp/#/staff/login")
    wait_until_drawn(page)
    if elderly:
        switch_elderly(page)
    check_screen(page, elderly)
    operator_at_checkpoint(page, container)
    check_screen(page, elderly)
    page.clock.install()
    pause(page)
    check_every_result(page, online, elderly)
    titles = set()
    page.context.set_offline(True)
    for colour, text in offline.items():
        handheld_scan(page, text)
        expect(result(page)).to_have_attribute("data-offline", "true")
        expect(result(page)).to_have_attribute("data-outcome", colour)
        titles.add(page.locator(".scan-title").text_content())
        check_result(page, elderly)
        next_scan(page)
    check_result(page, elderly)  # the idle screen, offline, with its queue
    assert len(titles) == 3


def test_each_refusal_has_a_screen_of_its_own(page, client, container, wiring):
    online, _ = codes_of_every_outcome(client, container, wiring)
    operator_at_checkpoint(page, container)
    seen = {}
    for outcome, text in online.items():
        handheld_scan(page, text)
        expect(result(page)).to_have_attribute("data-outcome", outcome)
        seen[outcome] = page.locator(".scan-title").text_content()
        next_scan(page)
    assert len(set(seen.values())) == len(online), seen
