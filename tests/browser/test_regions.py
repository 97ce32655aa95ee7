"""The region picker: GB/T 2260 province → city → district, named in the reader's language."""

import json

import pytest

from tests.browser.journeys import open_logged_in, seed_demo_resident, wait_until_drawn

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def declare_trip(page, *choices: str) -> dict:
    """Add one place to the declaration, choose it level by level, submit; return the body sent."""
    page.get_by_role("button", name="＋ 添加旅居地").click()
    for label, choice in zip(("省份", "城市", "区县"), choices, strict=False):
        page.get_by_label(label).select_option(label=choice)
    page.fill("input[type=date]", "2026-11-30")
    page.locator(".pledge input").check()
    with page.expect_request("**/api/v1/health-code/declarations") as sent:
        page.get_by_role("button", name="提交").click()
    return json.loads(sent.value.post_data)


def test_a_district_is_sent_as_its_six_digit_code(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/declare")
    body = declare_trip(page, "广东省", "深圳市", "福田区")
    assert body["travel"] == [{"region_code": "440304", "left_at": "2026-11-30T00:00:00+08:00"}]
    expect(page.get_by_test_id("banner")).to_be_visible()  # accepted: back on the code


def test_a_city_without_districts_is_the_smallest_level(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/declare")
    page.get_by_role("button", name="＋ 添加旅居地").click()
    page.get_by_label("省份").select_option(label="广东省")
    page.get_by_label("城市").select_option(label="东莞市")
    expect(page.get_by_label("区县")).to_be_hidden()
    page.get_by_role("button", name="删除").click()
    body = declare_trip(page, "广东省", "东莞市")
    assert body["travel"][0]["region_code"] == "441900"


def test_macao_has_no_lower_level_and_keeps_its_code(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/declare")
    body = declare_trip(page, "澳门特别行政区")
    assert body["travel"][0]["region_code"] == "820000"


@pytest.mark.parametrize(
    ("language", "province", "city", "macao"),
    [
        ("zh-CN", "广东省", "深圳市", "澳门特别行政区"),
        ("zh-HK", "廣東省", "深圳市", "澳門特別行政區"),
        ("en", "Guangdong", "Shenzhen", "Macao SAR"),
    ],
)
def test_region_names_follow_the_readers_language(page, language, province, city, macao):
    page.goto("/mp/")
    page.evaluate(f"localStorage.setItem('shengshi.prefs', '{json.dumps({'language': language})}')")
    names = page.evaluate(
        """async () => {
          const regions = await (await import('/mp/js/regions.js')).loadRegions();
          const guangdong = regions.find((region) => region.code === '44');
          return [guangdong.name, guangdong.children.find((c) => c.code === '4403').name,
                  regions.find((region) => region.code === '82').name];
        }"""
    )
    assert names == [province, city, macao]


def test_a_partner_regions_code_shows_as_its_name(page, client, container):
    seed_demo_resident(container)
    conversion = {
        "region": "MO",
        "colour": "green",
        "masked_name": "陈*明",
        "verified_at": "2026-12-01T02:00:00+00:00",
        "expires_at": "2026-12-02T02:00:00+00:00",
    }
    page.route(
        "**/api/v1/health-code/conversions?*",
        lambda route: route.fulfill(json={"items": [conversion], "total": 1}),
    )
    open_logged_in(page, client, "/health-code/conversions")
    wait_until_drawn(page)
    expect(page.get_by_test_id("conversion")).to_contain_text("来源地区：澳门")
    expect(page.get_by_test_id("conversion")).not_to_contain_text("MO")
