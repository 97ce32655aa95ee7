"""The wallet in the browser: the demo resident's certificates, showing one (亮证) to the bank
counter's screen, a replay refused there, a step-up to see everything, a watermarked copy."""

import pytest

from app.seed import DEMO_PHONE
from tests.browser.journeys import decode_qr, open_logged_in, wait_until_drawn
from tests.browser.wallet_steps import open_staff_tab, seed_demo_wallet, step_up_by_sms

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def open_certificate(page, type_slug: str) -> None:
    page.locator(f"[data-testid=certificate][data-type={type_slug}]").click()
    wait_until_drawn(page)


def test_the_wallet_lists_the_demo_certificates_with_status_in_words(page, client, container):
    seed_demo_wallet(container)
    open_logged_in(page, client, "/wallet")
    cards = page.get_by_test_id("certificate")
    expect(cards).to_have_count(5)
    first = cards.first
    expect(first.get_by_test_id("status")).to_have_text("有效")
    expect(page.locator("[data-type=driving_licence]")).to_contain_text("机动车驾驶证")
    expect(page.locator("[data-type=driving_licence]")).to_contain_text("交通管理局")
    expect(page.locator("[data-type=driving_licence]")).to_contain_text("陈*明")


def test_a_licence_shown_with_the_name_only_reaches_the_counter_once(page, client, container):
    seed_demo_wallet(container)
    open_logged_in(page, client, "/wallet")
    open_certificate(page, "driving_licence")
    page.get_by_role("link", name="亮证").click()
    wait_until_drawn(page)
    page.get_by_role("radio", name="核验身份").check()
    items = page.get_by_test_id("item-choice")
    expect(items.get_by_role("checkbox", name="姓名")).to_be_checked()
    items.get_by_role("checkbox", name="年满18周岁").uncheck()
    page.get_by_role("button", name="同意并出示").click()
    screen = page.get_by_test_id("qr-screen")
    expect(screen).to_have_attribute("data-state", "live")
    expect(page.get_by_test_id("countdown")).to_contain_text("后失效")
    token = decode_qr(page.get_by_test_id("presentation-qr").screenshot())
    desk = open_staff_tab(page, client, "/staff/verifier")
    desk.get_by_test_id("presentation-input").fill(token)
    desk.get_by_role("button", name="核验", exact=True).click()
    result = desk.get_by_test_id("verify-result")
    expect(result).to_have_attribute("data-valid", "true")
    expect(result).to_contain_text("广东省公安厅交通管理局")
    chosen = desk.get_by_test_id("shared-fields")
    expect(chosen.locator("dt")).to_have_text(["持证人姓名"])
    expect(chosen.locator("dd")).to_have_text(["陈小明"])
    printed = desk.get_by_test_id("public-fields")
    expect(printed.locator("dd[data-name=licence_class]")).to_have_text("C1")
    assert "1990" not in result.inner_text()  # neither the birth date nor the ID number
    desk.get_by_role("button", name="核验下一个").click()
    desk.get_by_test_id("presentation-input").fill(token)
    desk.get_by_role("button", name="核验", exact=True).click()
    expect(result).to_have_attribute("data-reason", "replayed")
    expect(result.get_by_role("heading")).to_have_text("✗ 此出示码已核验过")
    expect(result).to_contain_text("未通过核验")
    expect(desk.get_by_test_id("shared-fields")).to_have_count(0)
    desk.context.close()


def test_the_full_details_come_after_an_sms_step_up(page, client, container):
    seed_demo_wallet(container)
    open_logged_in(page, client, "/wallet")
    open_certificate(page, "resident_id_card")
    expect(page.locator("dd[data-name=holder_name]")).to_have_text("陈*明")
    page.get_by_test_id("show-full").click()
    step_up_by_sms(page, client, DEMO_PHONE)
    expect(page.locator("dd[data-name=holder_name]")).to_have_text("陈小明")
    expect(page.get_by_test_id("hide-full")).to_be_visible()


def test_a_desks_request_code_opens_the_wallet_at_that_desk_and_purpose(page, client, container):
    seed_demo_wallet(container)
    desk = open_staff_tab(page, client, "/staff/verifier")
    desk.get_by_role("radio", name="核验身份").check()
    link = decode_qr(desk.get_by_test_id("request-qr").screenshot())
    desk.context.close()
    open_logged_in(page, client, "/wallet/scan")
    wait_until_drawn(page)
    page.get_by_label("或粘贴二维码链接").fill("https://example.com/#/wallet")
    page.get_by_role("button", name="打开", exact=True).click()
    beside = page.locator(":has(> input[name=link]) > .field-error")
    expect(beside).to_have_text("这不是核验单位的出示请求二维码")
    page.get_by_label("或粘贴二维码链接").fill(link)
    page.get_by_role("button", name="打开", exact=True).click()
    request = page.get_by_test_id("request")
    expect(request).to_contain_text("出示给 中国工商银行广州天河支行")
    expect(request.get_by_test_id("certificate")).to_have_count(1)  # only the licence
    request.get_by_test_id("certificate").click()
    wait_until_drawn(page)
    expect(page.get_by_role("radio", name="核验身份")).to_be_checked()


def test_an_expired_presentation_qr_is_greyed_and_made_again(page, client, container):
    seed_demo_wallet(container)
    page.clock.install()
    open_logged_in(page, client, "/wallet")
    open_certificate(page, "driving_licence")
    page.get_by_role("link", name="亮证").click()
    wait_until_drawn(page)
    page.get_by_role("button", name="同意并出示").click()
    screen = page.get_by_test_id("qr-screen")
    expect(screen).to_have_attribute("data-state", "live")
    first = decode_qr(page.get_by_test_id("presentation-qr").screenshot())
    page.clock.run_for(181_000)
    expect(screen).to_have_attribute("data-state", "expired")
    expect(page.get_by_test_id("countdown")).to_have_text("已过期 — 请重新生成")
    page.get_by_test_id("again").click()
    expect(page.get_by_test_id("qr-screen")).to_have_attribute("data-state", "live")
    assert decode_qr(page.get_by_test_id("presentation-qr").screenshot()) != first
