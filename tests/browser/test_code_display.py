"""Showing a health code: one request and one signature per display, and no false live code."""

import re

import pytest

from core.clock import utcnow
from health_code.codes.health_token import verify_token
from tests.browser.journeys import decode_qr, drawn_qr, open_logged_in, seed_demo_resident
from tests.factories import bearer

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect
pytest.importorskip("zxingcpp", reason="zxing-cpp is in requirements-dev.txt")

CODE_REQUESTS = re.compile(r"/api/v1/health-code(/qr\.png)?(\?|$)")


@pytest.mark.parametrize("colour", ["green", "yellow"])
def test_a_display_is_one_request_and_its_qr_is_the_token_of_that_answer(
    page, client, container, wiring, colour
):
    seed_demo_resident(container)
    pair = open_logged_in(page, client, "/")
    if colour == "yellow":
        declaration = {"symptoms": True}
        client.post(
            "/api/v1/health-code/declarations",
            json=declaration,
            headers=bearer(pair["access_token"]),
        )
    requests = []
    page.on("request", lambda r: CODE_REQUESTS.search(r.url) and requests.append(r))
    with page.expect_response(CODE_REQUESTS) as answer:
        page.locator(".tile-health-code").click()
    token = answer.value.json()["token"]
    expect(page.get_by_test_id("banner")).to_have_attribute("data-colour", colour)
    assert decode_qr(drawn_qr(page).screenshot()) == token
    assert [r.url.split("/api/v1")[1] for r in requests] == ["/health-code"]
    check = verify_token(token, wiring.keyring.public_keys(), utcnow())
    assert check.valid and check.claims.colour == colour


def test_the_qr_is_drawn_in_the_codes_colour(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code")
    colours = drawn_qr(page).evaluate(
        """canvas => {
          const size = [canvas.width, canvas.height];
          const pixels = canvas.getContext('2d').getImageData(0, 0, ...size).data;
          const seen = new Set();
          for (let i = 0; i < pixels.length; i += 4) seen.add(pixels.slice(i, i + 3).join(','));
          return [...seen];
        }"""
    )
    assert sorted(colours) == ["255,255,255", "26,173,25"]  # white and the server PNG's green


def test_an_expired_code_that_cannot_be_refreshed_stops_looking_valid(page, client, container):
    seed_demo_resident(container)
    page.clock.install()
    open_logged_in(page, client, "/health-code")
    drawn_qr(page)
    lifetime = client.application.config["HEALTH_CODE_TOKEN_SECONDS"]
    page.context.set_offline(True)
    page.clock.run_for((lifetime + 1) * 1000)
    card = page.get_by_test_id("code-card")
    expect(card).to_have_attribute("data-state", "stale")
    expect(page.get_by_test_id("banner")).to_contain_text("离线 — 二维码已失效")
    expect(page.get_by_test_id("clock")).to_be_hidden()
    expect(page.get_by_role("img", name="已失效的二维码")).to_be_visible()
    expect(page.get_by_test_id("countdown")).not_to_contain_text("秒后自动刷新")
    assert "rgb(75, 85, 99)" in card.evaluate("c => getComputedStyle(c).borderTopColor")
    page.context.set_offline(False)
    with page.expect_response(CODE_REQUESTS):
        page.get_by_role("button", name="刷新").click()
    expect(card).to_have_attribute("data-state", "live")
    expect(page.get_by_test_id("clock")).to_be_visible()


def test_a_code_still_within_its_lifetime_stays_valid_while_offline(page, client, container):
    seed_demo_resident(container)
    page.clock.install()
    open_logged_in(page, client, "/health-code")
    drawn_qr(page)
    page.context.set_offline(True)
    page.clock.run_for(61_000)  # the refresh fails, the token is still good
    expect(page.get_by_test_id("countdown")).to_contain_text("刷新失败")
    expect(page.get_by_test_id("code-card")).to_have_attribute("data-state", "live")
    expect(page.get_by_test_id("banner")).to_contain_text("绿码")
