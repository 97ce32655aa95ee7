"""Services (办事) as a resident and a clerk use them: search, guide, apply, follow, rate."""

import pytest

from tests.browser.journeys import open_logged_in, seed_demo_resident, wait_until_drawn
from tests.browser.services_steps import (
    UNEMPLOYMENT,
    VISIT,
    open_as_clerk,
    png_file,
    service_id,
)
from tests.factories import bearer

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def search(page, text: str):
    page.get_by_label("搜索事项").fill(text)
    return page.get_by_test_id("results").get_by_test_id("service")


def test_pinyin_initials_find_what_residents_mean_first(page, client):
    service_id(client, VISIT)  # the test app stores its catalogue at its first use
    page.goto("/mp/#/services")
    wait_until_drawn(page)
    expect(search(page, "jsz").first).to_contain_text("驾驶证")
    expect(search(page, "gjj").first).to_contain_text("公积金")
    search(page, "zzzzqqq")
    expect(page.get_by_test_id("results")).to_contain_text("没有找到相关事项")
    page.get_by_role("button", name="清除").click()
    expect(page.get_by_test_id("hot")).to_be_visible()


def apply_for_the_visit_service(page, client):
    page.goto(f"/mp/#/services/guide?id={service_id(client, VISIT)}")
    expect(page.get_by_test_id("guide-name")).to_have_text(VISIT)
    page.get_by_test_id("apply").click()
    form = page.get_by_test_id("application")
    expect(form.get_by_label("申请人姓名")).to_have_value("陈小明")
    expect(form.get_by_test_id("prefilled").first).to_contain_text("已自动填写")
    form.get_by_label("预约日期").fill("2026-12-20")
    form.get_by_label("上传文件（JPG / PNG / PDF，最多 2 个）").set_input_files(png_file())
    expect(form.get_by_text("已上传：身份证.png")).to_be_visible()
    return form


def test_a_resident_applies_a_clerk_completes_and_the_resident_rates(page, client, container):
    seed_demo_resident(container)
    tokens = open_logged_in(page, client, "/services")
    wait_until_drawn(page)
    form = apply_for_the_visit_service(page, client)
    form.get_by_test_id("submit").click()
    expect(page.get_by_test_id("case-status")).to_have_text("已接件")
    number = page.locator("[data-testid=case-head] dd").first.inner_text()

    open_as_clerk(page, client, container, "health", "/staff/clerk")
    page.locator(f"[data-testid=queue-case][data-number='{number}']").click()
    actions = page.get_by_test_id("case-actions")
    actions.get_by_role("button", name="确认执行").click()  # 受理, the first choice
    expect(page.get_by_test_id("case-status")).to_have_text("已受理")
    page.get_by_test_id("case-actions").get_by_text("办结（准予）").click()
    page.get_by_test_id("case-actions").get_by_role("button", name="确认执行").click()
    expect(page.get_by_test_id("case-status")).to_have_text("已办结")

    case_id = client.get("/api/v1/cases", headers=bearer(tokens["access_token"])).json["items"][0]
    open_logged_in(page, client, f"/cases/detail?id={case_id['id']}")
    timeline = page.get_by_test_id("timeline")
    expect(timeline).to_contain_text("部门已受理")
    expect(timeline).to_contain_text("已办结")
    rating = page.get_by_test_id("rating-form")
    rating.get_by_text("5 非常满意").click()
    rating.get_by_label("评价内容（选填）").fill("很快")
    rating.get_by_role("button", name="提交评价").click()
    expect(page.get_by_test_id("rating-score")).to_have_text("您的评价：5 非常满意")


def test_an_instant_service_completes_at_once_and_its_certificate_is_in_the_wallet(
    page, client, container
):
    seed_demo_resident(container)
    tokens = open_logged_in(page, client, f"/services/apply?id={service_id(client, UNEMPLOYMENT)}")
    form = page.get_by_test_id("application")
    expect(form.get_by_text("已自动填写（实名信息）").first).to_be_visible()
    form.get_by_label("工作单位").fill("广州某某科技有限公司")
    if not form.locator("[data-field=residence_region] [data-testid=prefilled]").count():
        form.get_by_label("省份").select_option(label="广东省")
        form.get_by_label("城市").select_option(label="广州市")
        form.get_by_label("区县").select_option(label="天河区")
    form.get_by_test_id("material-file").set_input_files(png_file())
    expect(form.get_by_text("已上传：身份证.png")).to_be_visible()
    form.get_by_test_id("submit").click()
    expect(page.get_by_test_id("case-status")).to_have_text("已办结")
    expect(page.get_by_test_id("case-certificate")).to_contain_text("结果证照已发放至卡包")
    wallet = client.get("/api/v1/wallet/certificates", headers=bearer(tokens["access_token"]))
    assert [item["type"] for item in wallet.json["items"]] == ["employment_registration"]


def test_a_double_tap_on_submit_makes_one_case(page, client, container):
    seed_demo_resident(container)
    tokens = open_logged_in(page, client, "/services")
    wait_until_drawn(page)
    form = apply_for_the_visit_service(page, client)
    form.get_by_test_id("submit").dblclick()
    expect(page.get_by_test_id("case-status")).to_have_text("已接件")
    cases = client.get("/api/v1/cases", headers=bearer(tokens["access_token"])).json
    assert cases["total"] == 1


def test_a_field_the_server_refuses_is_marked_beside_it(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/services")
    wait_until_drawn(page)
    form = apply_for_the_visit_service(page, client)
    form.get_by_label("联系电话").fill("123")
    form.get_by_test_id("submit").click()
    phone = form.locator(".svc-field[data-name=phone]")
    expect(phone.get_by_test_id("field-error")).to_be_visible()
    expect(phone.get_by_label("联系电话")).to_have_attribute("aria-invalid", "true")
    expect(form.get_by_test_id("prefilled").first).to_be_visible()
