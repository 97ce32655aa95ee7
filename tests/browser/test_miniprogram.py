"""The mini-program on a phone-sized Chromium: login, health code, step-up, language, logout."""

import re
from datetime import timedelta

import pytest

from app.seed import DEMO_PHONE
from core.clock import utcnow
from health_code.codes.health_token import verify_token
from tests.browser.journeys import (
    SCREENS,
    TOKENS_KEY,
    agree_on_login,
    agree_through_api,
    decode_qr,
    drawn_qr,
    open_logged_in,
    seed_demo_resident,
    stored_tokens,
    wait_until_drawn,
)
from tests.factories import bearer, claims_of, resident_tokens, valid_resident_id

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect
pytest.importorskip("zxingcpp", reason="zxing-cpp is in requirements-dev.txt")


def banner(page):
    return page.get_by_test_id("banner")


def test_logging_in_with_the_sms_code_shows_the_home_tiles(page, container, tmp_path):
    seed_demo_resident(container)
    page.goto("/mp/#/login")
    page.fill("input[name=phone]", DEMO_PHONE)
    page.get_by_role("button", name="获取验证码").click()
    page.get_by_text("秒后重发").wait_for()
    page.get_by_role("button", name="开发模式：自动填入验证码").click()
    page.wait_for_function("() => /^\\d{6}$/.test(document.querySelector('[name=code]').value)")
    agree_on_login(page)
    page.get_by_role("button", name="登录", exact=True).click()
    expect(page.locator(".hero-hello")).to_have_text("您好，138****0001")
    expect(page.locator(".hero .level")).to_have_text("L2 实名认证")
    expect(page.locator(".tile-wallet")).to_be_visible()
    expect(page.locator(".badge-soon")).to_have_count(0)  # wallet and services are open
    expect(page.get_by_role("navigation", name="主导航").get_by_role("link")).to_have_text(
        ["首页", "卡包", "办事", "我的"]
    )
    assert stored_tokens(page)["access"]
    page.screenshot(path=tmp_path / "home.png")


def test_a_wrong_sms_code_shows_the_servers_message(page, container):
    page.goto("/mp/#/login")
    page.fill("input[name=phone]", DEMO_PHONE)
    page.get_by_role("button", name="获取验证码").click()
    page.get_by_text("秒后重发").wait_for()
    page.fill("input[name=code]", "000000")
    agree_on_login(page)
    page.get_by_role("button", name="登录", exact=True).click()
    expect(page.get_by_test_id("error-summary")).to_contain_text(
        re.compile(r"验证码错误，还可尝试 \d 次")
    )


def test_the_health_code_is_green_with_a_verifiable_qr(page, client, container, wiring, tmp_path):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code")
    expect(banner(page)).to_have_attribute("data-colour", "green")
    expect(banner(page).locator(".banner-colour")).to_have_text("绿码")
    png = drawn_qr(page).screenshot(path=tmp_path / "qr-green.png")
    check = verify_token(decode_qr(png), wiring.keyring.public_keys(), utcnow())
    assert check.valid and check.claims.colour == "green" and check.claims.masked_name == "陈*明"
    page.screenshot(path=tmp_path / "health-code-green.png")


def test_the_code_refreshes_itself_after_refresh_after_seconds(page, client, container):
    seed_demo_resident(container)
    page.clock.install()
    open_logged_in(page, client, "/health-code")
    drawn_qr(page)
    expect(page.get_by_test_id("countdown")).to_have_text("60 秒后自动刷新")
    page.clock.run_for(30_000)
    expect(page.get_by_test_id("countdown")).to_have_text("30 秒后自动刷新")
    with page.expect_response("**/api/v1/health-code") as refreshed:
        page.clock.run_for(30_000)
    token = refreshed.value.json()["token"]
    expect(page.get_by_test_id("countdown")).to_have_text("60 秒后自动刷新")
    assert decode_qr(drawn_qr(page).screenshot()) == token


def test_the_clock_on_the_code_page_ticks(page, client, container):
    seed_demo_resident(container)
    page.clock.install()
    open_logged_in(page, client, "/health-code")
    drawn_qr(page)
    before = page.get_by_test_id("clock").inner_text()
    page.clock.run_for(1000)
    expect(page.get_by_test_id("clock")).not_to_have_text(before)
    assert re.fullmatch(r"\d{2}:\d{2}:\d{2}", before)


def test_declaring_symptoms_turns_the_code_yellow(page, client, container, tmp_path):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/declare")
    page.locator(".choice", has_text="是").click()
    page.locator(".pledge input").check()
    page.get_by_role("button", name="提交").click()
    page.wait_for_url(re.compile(r"#/health-code$"))
    expect(banner(page)).to_have_attribute("data-colour", "yellow")
    expect(banner(page).locator(".banner-colour")).to_have_text("黄码")
    drawn_qr(page)
    page.screenshot(path=tmp_path / "health-code-yellow.png")


def test_switching_to_english_translates_and_is_saved(page, client, container):
    seed_demo_resident(container)
    pair = open_logged_in(page, client, "/profile")
    page.get_by_role("button", name="English").click()
    page.get_by_role("button", name="Log out").wait_for()
    with page.expect_request("**/api/v1/me") as request:
        page.goto("/mp/#/")
    assert request.value.headers["accept-language"] == "en"
    expect(page.locator(".tile-health-code .tile-name")).to_have_text("Health code")
    assert client.get("/api/v1/me", headers=bearer(pair["access_token"])).json["language"] == "en"


def test_elderly_mode_enlarges_the_text(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/profile")
    page.get_by_test_id("elderly").check()
    page.wait_for_function("() => getComputedStyle(document.documentElement).fontSize === '20px'")


def test_a_new_resident_steps_up_to_real_name_and_face(page, client):
    open_logged_in(page, client, "/profile", phone="13900000002")
    expect(page.get_by_test_id("level")).to_have_text("L1 手机验证")
    page.get_by_test_id("step-up").get_by_role("link").click()
    expect(page.locator("select[name=doc_type] option")).to_have_count(5)
    page.fill("input[name=doc_number]", valid_resident_id("44010619850202321"))
    page.fill("input[name=name]", "李四")
    page.get_by_role("button", name="提交认证").click()
    expect(page.get_by_test_id("level")).to_have_text("L2 实名认证")
    page.get_by_test_id("step-up").get_by_role("link").click()
    page.locator("[data-field=face_consent] input").check()  # a face needs its own consent
    page.get_by_role("button", name="开始人脸识别").click()
    expect(page.get_by_test_id("level")).to_have_text("L3 实人认证")
    expect(page.get_by_test_id("step-up")).to_have_count(0)


def test_an_expired_access_token_is_refreshed_once(page, client, container, app):
    from flask_jwt_extended import create_access_token

    seed_demo_resident(container)
    pair = resident_tokens(client, DEMO_PHONE)
    agree_through_api(client, pair["access_token"])
    claims = claims_of(pair["access_token"])
    with app.test_request_context():
        session_claims = {name: claims[name] for name in ("kind", "roles", "sid")}
        expired = create_access_token(
            claims["sub"], expires_delta=timedelta(seconds=-60), additional_claims=session_claims
        )
    refreshes = []
    page.on("request", lambda r: "/auth/tokens/refresh" in r.url and refreshes.append(r))
    page.goto("/mp/")
    page.evaluate(
        "([key, value]) => sessionStorage.setItem(key, JSON.stringify(value))",
        [TOKENS_KEY, {"access": expired, "refresh": pair["refresh_token"]}],
    )
    page.goto("/mp/#/profile")
    expect(page.get_by_test_id("phone")).to_have_text("138****0001")
    assert len(refreshes) == 1
    assert stored_tokens(page)["access"] not in (expired, pair["access_token"])


def test_logging_out_ends_the_session_on_the_server(page, client, container):
    seed_demo_resident(container)
    pair = open_logged_in(page, client, "/profile")
    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url(re.compile(r"#/login$"))
    assert stored_tokens(page) is None
    assert client.get("/api/v1/me", headers=bearer(pair["access_token"])).status_code == 401


@pytest.mark.parametrize("path", SCREENS)
def test_pages_render_without_script_errors(page, client, container, page_errors, path):
    seed_demo_resident(container)
    open_logged_in(page, client, path)
    wait_until_drawn(page)
    assert page.locator(".panel-error").count() == 0
    assert page_errors == []


def test_a_dependants_family_code_is_a_verifiable_family_token(page, client, container, wiring):
    seed_demo_resident(container)
    open_logged_in(page, client, "/family")
    page.select_option("select[name=relation]", "parent")
    page.fill("input[name=doc_number]", valid_resident_id("44010619500303222"))
    page.fill("input[name=name]", "陈大明")
    page.get_by_role("button", name="添加", exact=True).click()
    expect(page.get_by_test_id("dependant")).to_contain_text("陈*明")
    page.get_by_role("link", name="查看亲友码").click()
    expect(banner(page)).to_have_attribute("data-colour", "green")
    check = verify_token(
        decode_qr(drawn_qr(page).screenshot()), wiring.keyring.public_keys(), utcnow()
    )
    assert check.valid and check.claims.kind == "F"


def test_pasting_a_venue_code_checks_in(page, client, container):
    seed_demo_resident(container)
    venue = container.venues.register(
        "venue-1",
        {
            "name": "天河城购物中心",
            "region_code": "440106",
            "address": "广州市天河区天河路208号",
            "type": "mall",
        },
    )
    open_logged_in(page, client, "/venue-checkin")
    page.fill("textarea[name=venue_token]", venue["token"])
    page.get_by_role("button", name="登记", exact=True).click()
    expect(page.get_by_test_id("checkin-result")).to_contain_text("天河城购物中心")
    expect(page.locator(".list-item")).to_contain_text("天河城购物中心")


def test_a_yellow_code_can_be_appealed(page, client, container):
    seed_demo_resident(container)
    headers = bearer(open_logged_in(page, client, "/health-code/appeals")["access_token"])
    client.post("/api/v1/health-code/declarations", json={"symptoms": True}, headers=headers)
    page.fill("textarea[name=reason]", "已完成两次核酸检测，均为阴性")
    page.get_by_role("button", name="提交申诉").click()
    expect(page.get_by_test_id("appeal")).to_contain_text("处理中")


def test_a_malformed_partner_code_shows_the_servers_message(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/conversions")
    page.fill("textarea[name=token]", "NOT-A-CODE")
    page.get_by_role("button", name="转码").click()
    summary = page.get_by_test_id("error-summary")
    expect(summary).to_be_visible()
    expect(summary).not_to_contain_text("服务暂不可用")
