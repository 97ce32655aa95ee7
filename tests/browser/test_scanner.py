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
    assert db.checkpoint_scans.find_one()["reason"] == "bad_signature"


def test_venue_and_partner_codes_get_their_own_screens_without_a_passage(
    page, container, wiring, db
):
    operator_at_checkpoint(page, container)
    handheld_scan(page, venue_code(wiring))
    expect(result(page)).to_have_attribute("data-outcome", "venue")
    expect(result(page)).to_contain_text("这是场所码")
    next_scan(page)
    handheld_scan(page, partner_code())
    expect(result(page)).to_have_attribute("data-outcome", "partner")
    expect(result(page)).to_contain_text("请先转码")
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


def y4m_of_qr(path: Path, text: str, width: int = 640, height: int = 480) -> Path:
    """Write a one-frame Y4M video of text's QR code, as a fake camera plays it in a loop."""
    import qrcode
    from PIL import Image

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6, border=4)
    qr.add_data(text)
    symbol = qr.make_image().get_image().convert("L")
    frame = Image.new("L", (width, height), 150)  # a grey desk around the phone's screen
    frame.paste(symbol, ((width - symbol.width) // 2, (height - symbol.height) // 2))
    chroma = bytes([128]) * (width // 2 * height // 2)
    header = f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode()
    path.write_bytes(header + b"FRAME\n" + frame.tobytes() + chroma + chroma)
    return path


def test_the_camera_reads_a_code_held_in_front_of_it(
    browser, live_server, client, container, tmp_path, page_errors
):
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE

    video = y4m_of_qr(tmp_path / "code.y4m", demo_code(client, container))
    camera_args = [
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]
    with_camera = browser.browser_type.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS + camera_args, headless=True
    )
    try:
        context = with_camera.new_context(base_url=live_server, permissions=["camera"], **PHONE)
        context.set_default_timeout(10000)
        tab = context.new_page()
        tab.on("pageerror", lambda error: page_errors.append(str(error)))
        operator_at_checkpoint(tab, container)
        tab.get_by_role("button", name="打开摄像头扫码").click()
        expect(result(tab)).to_have_attribute("data-outcome", "green")
        expect(tab.get_by_test_id("scan-name")).to_have_text("陈*明")
        tab.get_by_test_id("scan-next").click()
        tab.wait_for_timeout(2500)  # the code still in view is the same passage, not a new one
        expect(result(tab)).to_have_count(0)
        expect(tab.get_by_test_id("tally")).to_contain_text("今日扫码 1 次")
        tab.get_by_role("button", name="关闭摄像头").click()
    finally:
        with_camera.close()
    assert page_errors == []
