"""The checkpoint scanner: staff login, a handheld scanner's codes, the result screens."""

from pathlib import Path

import pytest

from tests.browser.journeys import wait_until_drawn
from tests.browser.scanner_steps import (
    CHECKPOINT,
    demo_code,
    handheld_scan,
    next_scan,
    operator_at_checkpoint,
    partner_code,
    result,
    venue_code,
)
from tests.factories import STAFF_PASSWORD, create_staff
from tests.health_code_factories import with_colour

if not Path("/usr/bin/chromium").exists():
    pytest.skip("Debian's chromium is missing (test.sh installs it)", allow_module_level=True)
expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def test_a_handheld_scan_of_the_demo_code_fills_the_screen_green_with_the_masked_name(
    page, client, container, db
):
    token = demo_code(client, container)
    operator_at_checkpoint(page, container)
    handheld_scan(page, token)
    expect(result(page)).to_have_attribute("data-outcome", "green")
    expect(result(page)).to_have_attribute("data-offline", "false")
    expect(page.get_by_test_id("scan-name")).to_have_text("陈*明")
    expect(result(page)).to_contain_text("绿码 · 请通行")
    expect(result(page)).to_contain_text("健康状态正常，可以通行")  # the colour in words
    expect(result(page)).to_contain_text(CHECKPOINT)
    page.screenshot(path="/tmp/scanner-green.png")
    next_scan(page)
    expect(page.get_by_test_id("tally")).to_contain_text("今日扫码 1 次")
    scan = db.checkpoint_scans.find_one()
    assert (scan["operator"], scan["checkpoint"], scan["reason"]) == ("gate-1", CHECKPOINT, "ok")


def test_a_forged_code_gets_the_bad_signature_screen(page, client, container, db):
    forged = with_colour(demo_code(client, container), "yellow")
    operator_at_checkpoint(page, container)
    handheld_scan(page, forged)
    expect(result(page)).to_have_attribute("data-outcome", "bad_signature")
    expect(result(page)).to_contain_text("签名无效 · 疑似伪造")
    expect(page.get_by_test_id("scan-name")).to_have_count(0)  # nothing read from a forgery
    page.screenshot(path="/tmp/scanner-forged.png")
    assert db.checkpoint_scans.find_one()["reason"] == "bad_signature"


def test_venue_and_partner_codes_get_their_own_screens_without_a_passage(
    page, container, wiring, db
):
    operator_at_checkpoint(page, container)
    handheld_scan(page, venue_code(wiring))
    expect(result(page)).to_have_attribute("data-outcome", "venue")
    expect(result(page)).to_contain_text("这是场所码")
    page.screenshot(path="/tmp/scanner-venue.png")
    next_scan(page)
    handheld_scan(page, partner_code())
    expect(result(page)).to_have_attribute("data-outcome", "partner")
    expect(result(page)).to_contain_text("请先转码")
    page.screenshot(path="/tmp/scanner-partner.png")
    assert db.checkpoint_scans.count_documents({}) == 0


def test_the_next_scan_starts_by_itself_after_a_few_seconds(page, client, container):
    token = demo_code(client, container)
    operator_at_checkpoint(page, container)
    page.clock.install()
    handheld_scan(page, token)
    expect(result(page)).to_be_visible()
    page.clock.run_for(4000)
    expect(result(page)).to_have_count(0)
    expect(page.get_by_test_id("handheld")).to_be_focused()


def test_staff_login_shows_the_notices_of_failed_attempts(page, client, container):
    create_staff(container, "checkpoint_operator", "gate-2")
    for _ in range(2):
        wrong = {"username": "gate-2", "password": "not the password"}
        assert client.post("/api/v1/auth/staff-tokens", json=wrong).status_code == 401
    page.goto("/mp/#/staff/login")
    wait_until_drawn(page)
    page.get_by_label("用户名").fill("gate-2")
    page.get_by_label("密码").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    expect(page.get_by_test_id("login-notices")).to_contain_text("2 次")
    page.screenshot(path="/tmp/staff-login-notices.png")
    page.get_by_test_id("notices-continue").click()
    expect(page.get_by_label("卡口名称")).to_be_visible()


def test_other_roles_land_on_their_console_and_log_out(page, container):
    create_staff(container, "venue_manager", "venue-1")
    page.goto("/mp/#/staff/login")
    wait_until_drawn(page)
    page.get_by_label("用户名").fill("venue-1")
    page.get_by_label("密码").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    page.wait_for_url("**/#/staff/venue_manager")
    page.goto("/mp/#/staff/scanner")
    expect(page.get_by_test_id("not-operator")).to_be_visible()
    page.goto("/mp/#/staff/venue_manager")
    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url("**/#/staff/login")


def test_a_wrong_password_is_refused_on_the_form(page, container):
    create_staff(container, "checkpoint_operator", "gate-3")
    page.goto("/mp/#/staff/login")
    wait_until_drawn(page)
    page.get_by_label("用户名").fill("gate-3")
    page.get_by_label("密码").fill("wrong password!")
    page.get_by_role("button", name="登录", exact=True).click()
    expect(page.get_by_test_id("error-summary")).to_be_visible()
