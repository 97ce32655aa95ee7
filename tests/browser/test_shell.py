"""The shell every screen lives in: lists page by page, loading and failure states, navigation."""

import json
import re

import pytest

from tests.browser.journeys import (
    SCREENS,
    agree_on_login,
    open_logged_in,
    seed_demo_resident,
    wait_until_drawn,
)
from tests.factories import valid_resident_id

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def dependant(number: int) -> dict:
    return {
        "id": f"{number:024x}",
        "relation": "child",
        "masked_name": f"陈*{number}",
        "doc_type": "resident_id",
        "masked_doc_number": "440***********123X",
    }


def serve_dependants_in_pages(page, total: int, seen: list) -> None:
    """Answer the dependants list in the {items, total} shape, honouring limit and offset."""

    def answer(route):
        query = dict(part.split("=") for part in route.request.url.split("?")[1].split("&"))
        seen.append(query)
        offset, limit = int(query["offset"]), int(query["limit"])
        items = [dependant(n) for n in range(offset, min(offset + limit, total))]
        route.fulfill(json={"items": items, "total": total})

    page.route(re.compile(r".*/api/v1/family/dependants\?.*"), answer)


def test_a_list_in_items_and_total_loads_more_on_request(page, client, container):
    seed_demo_resident(container)
    seen = []
    serve_dependants_in_pages(page, 23, seen)
    open_logged_in(page, client, "/family")
    expect(page.get_by_test_id("dependant")).to_have_count(20)
    expect(page.get_by_test_id("pager-status")).to_have_text("已显示 20 / 共 23 条")
    page.get_by_role("button", name="加载更多").click()
    expect(page.get_by_test_id("dependant")).to_have_count(23)
    expect(page.get_by_role("button", name="加载更多")).to_be_hidden()
    assert [(q["limit"], q["offset"]) for q in seen] == [("20", "0"), ("20", "20")]


def test_the_apis_own_list_answer_is_read(page, client, container):
    seed_demo_resident(container)
    headers = {"Authorization": f"Bearer {open_logged_in(page, client, '/')['access_token']}"}
    for first17 in ("44010619500303222", "44010619520404333"):
        body = {"relation": "parent", "doc_type": "resident_id", "name": "陈大明"}
        body["doc_number"] = valid_resident_id(first17)
        assert (
            client.post("/api/v1/family/dependants", json=body, headers=headers).status_code == 201
        )
    page.goto("/mp/#/family")
    expect(page.get_by_test_id("dependant")).to_have_count(2)
    expect(page.get_by_role("button", name="加载更多")).to_be_hidden()


def test_a_screen_waiting_for_the_api_says_it_is_loading(page, client, container):
    seed_demo_resident(container)
    held = []
    page.route("**/api/v1/me", lambda route: held.append(route))
    open_logged_in(page, client, "/profile")
    expect(page.get_by_role("status", name="加载中…")).to_be_visible()
    expect(page.locator("main")).to_have_attribute("aria-busy", "true")
    while not held:
        page.wait_for_timeout(20)
    assert len(held) == 1
    held[0].continue_()
    expect(page.get_by_test_id("phone")).to_have_text("138****0001")
    expect(page.locator("main")).to_have_attribute("aria-busy", "false")
    expect(page.get_by_role("status", name="加载中…")).to_have_count(0)


def test_a_page_module_that_fails_to_load_offers_a_retry(page, client, container):
    seed_demo_resident(container)
    attempts = []

    def fail_once(route):
        attempts.append(route.request.url)
        route.abort() if len(attempts) == 1 else route.continue_()

    page.route("**/js/pages/history.js", fail_once)
    open_logged_in(page, client, "/health-code/history")
    expect(page.get_by_role("heading", level=1)).to_have_text("页面加载失败")
    expect(page.get_by_test_id("load-failed")).to_contain_text("页面没有加载成功")
    page.get_by_role("button", name="重试").click()
    expect(page.locator(".history-item").first).to_be_visible()
    assert len(attempts) == 2


def test_a_network_failure_offers_a_retry_in_the_readers_language(page, client, container):
    seed_demo_resident(container)
    page.goto("/mp/")
    page.evaluate("localStorage.setItem('shengshi.prefs', JSON.stringify({language: 'en'}))")
    open_logged_in(page, client, "/health-code/history")
    expect(page.locator(".history-item").first).to_be_visible()
    page.evaluate("location.hash = '#/'")
    wait_until_drawn(page)
    page.context.set_offline(True)
    page.evaluate("location.hash = '#/health-code/history'")
    expect(page.get_by_test_id("error-panel")).to_contain_text("No connection")
    page.context.set_offline(False)
    page.get_by_role("button", name="Try again").click()
    expect(page.locator(".history-item").first).to_be_visible()


def test_a_double_tap_on_submit_sends_one_request(page, client, container):
    seed_demo_resident(container)
    posts = []
    page.on(
        "request",
        lambda r: r.method == "POST" and "/family/dependants" in r.url and posts.append(r),
    )
    open_logged_in(page, client, "/family")
    page.select_option("select[name=relation]", "parent")
    page.fill("input[name=doc_number]", valid_resident_id("44010619500303222"))
    page.fill("input[name=name]", "陈大明")
    page.get_by_role("button", name="添加", exact=True).dblclick()
    expect(page.get_by_test_id("dependant")).to_have_count(1)
    assert len(posts) == 1


def test_the_server_root_leads_to_the_mini_program(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/mp/$"))
    expect(page.locator(".tile-health-code")).to_be_visible()


def test_back_goes_back_from_every_screen_and_never_stays_put(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/")
    wait_until_drawn(page)
    page.locator(".tile-health-code").click()
    expect(page).to_have_url(re.compile(r"#/health-code$"))
    page.get_by_role("link", name="健康申报").click()
    expect(page).to_have_url(re.compile(r"#/health-code/declare$"))
    page.get_by_role("button", name="返回").click()  # the header's arrow
    expect(page).to_have_url(re.compile(r"#/health-code$"))
    page.go_back()  # the phone's Back button
    expect(page).to_have_url(re.compile(r"#/$"))
    expect(page.locator(".tile-health-code")).to_be_visible()


def test_a_finished_declaration_returns_to_the_code_without_a_duplicate_entry(
    page, client, container
):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code")
    page.get_by_role("link", name="健康申报").click()
    page.locator(".choice", has_text="是").click()
    page.locator(".pledge input").check()
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("banner")).to_have_attribute("data-colour", "yellow")
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"#/health-code$"))


def test_real_name_verification_returns_to_the_health_code(page, client):
    open_logged_in(page, client, "/", phone="13900000002")
    wait_until_drawn(page)
    page.locator(".tile-health-code").click()
    page.get_by_role("link", name="去实名认证").click()
    page.fill("input[name=doc_number]", valid_resident_id("44010619850202321"))
    page.fill("input[name=name]", "李四")
    page.get_by_role("button", name="提交认证").click()
    expect(page).to_have_url(re.compile(r"#/health-code$"))
    expect(page.get_by_test_id("banner")).to_have_attribute("data-colour", "green")
    page.go_back()
    expect(page).to_have_url(re.compile(r"#/$"))


@pytest.mark.parametrize("path", SCREENS)
def test_every_screen_has_a_way_home(page, client, container, path):
    seed_demo_resident(container)
    open_logged_in(page, client, path)
    wait_until_drawn(page)
    tab_home = page.get_by_role("navigation", name="主导航").get_by_role("link", name="首页")
    header_home = page.locator("header").get_by_role("link", name="首页")
    assert tab_home.is_visible() or header_home.is_visible()
    (tab_home if tab_home.is_visible() else header_home).click()
    expect(page.locator(".tile-health-code")).to_be_visible()


@pytest.mark.parametrize(
    ("language", "tab", "heading"),
    [
        ("zh-CN", "卡包", "我的电子证照"),
        ("zh-HK", "卡包", "我的電子證照"),
        ("en", "Wallet", "My e-certificates"),
    ],
)
def test_the_wallet_tab_leads_to_the_wallet(page, client, container, language, tab, heading):
    seed_demo_resident(container)
    page.goto("/mp/")
    page.evaluate(
        f"localStorage.setItem('shengshi.prefs', {json.dumps(json.dumps({'language': language}))})"
    )
    page.reload()
    tab_link = page.locator("#tabbar").get_by_role("link", name=tab, exact=True)
    tab_link.click()
    expect(page).to_have_url(re.compile(r"#/login\?next=%2Fwallet$"))  # logged out: log in first
    open_logged_in(page, client, "/")
    wait_until_drawn(page)
    tab_link.click()
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.get_by_test_id("coming-soon")).to_have_count(0)
    expect(tab_link).to_have_attribute("aria-current", "page")


@pytest.mark.parametrize(
    ("language", "tab", "search", "heading"),
    [
        ("zh-CN", "办事", "搜索事项", "按人生事件办"),
        ("zh-HK", "辦事", "搜尋事項", "按人生事件辦"),
        ("en", "Services", "Find a service", "By life event"),
    ],
)
def test_the_services_tab_opens_the_services_home(page, language, tab, search, heading):
    page.goto("/mp/")
    page.evaluate(
        f"localStorage.setItem('shengshi.prefs', {json.dumps(json.dumps({'language': language}))})"
    )
    page.reload()
    tab_link = page.locator("#tabbar").get_by_role("link", name=tab, exact=True)
    tab_link.click()
    expect(page.get_by_label(search)).to_be_visible()
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.get_by_test_id("coming-soon")).to_have_count(0)
    expect(tab_link).to_have_attribute("aria-current", "page")


def test_logging_in_on_the_way_to_the_code_lands_on_the_code(page, client, container):
    seed_demo_resident(container)
    page.goto("/mp/")
    page.locator(".tile-health-code").click()
    expect(page).to_have_url(re.compile(r"#/login\?next=%2Fhealth-code$"))
    page.fill("input[name=phone]", "13800000001")
    page.get_by_role("button", name="获取验证码").click()
    page.get_by_role("button", name="开发模式：自动填入验证码").click()
    page.wait_for_function("() => /^\\d{6}$/.test(document.querySelector('[name=code]').value)")
    agree_on_login(page)
    page.get_by_role("button", name="登录", exact=True).click()
    expect(page.get_by_test_id("banner")).to_have_attribute("data-colour", "green")
    page.go_back()  # past the code, home: the login screen is not in the way
    expect(page.locator(".tile-health-code")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"login"))


def test_after_a_step_up_back_leaves_the_profile_instead_of_showing_it_again(page, client):
    open_logged_in(page, client, "/", phone="13900000002")
    wait_until_drawn(page)
    page.locator("#tabbar").get_by_role("link", name="我的").click()
    page.get_by_test_id("step-up").get_by_role("link").click()
    page.fill("input[name=doc_number]", valid_resident_id("44010619850202321"))
    page.fill("input[name=name]", "李四")
    page.get_by_role("button", name="提交认证").click()
    expect(page.get_by_test_id("level")).to_have_text("L2 实名认证")
    page.go_back()
    expect(page.locator(".tile-health-code")).to_be_visible()
