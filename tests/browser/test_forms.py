"""Refused forms: each field the API names is marked beside it, a summary at the top links to it."""

import re

import pytest

from tests.browser.journeys import open_logged_in, seed_demo_resident
from tests.factories import bearer

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

CHECK_MARKED = "请检查标出的字段"  # the envelope's words for request.invalid


def field_message(page, control):
    """The text of the message that control's aria-describedby points to (its error line)."""
    ids = control.get_attribute("aria-describedby").split()
    lines = [page.locator(f"#{id_}") for id_ in ids]
    return " ".join(
        line.inner_text() for line in lines if "field-error" in line.get_attribute("class")
    )


def test_a_field_the_api_refuses_is_marked_focused_and_linked_from_the_summary(page, client):
    open_logged_in(page, client, "/real-name", phone="13900000002")
    page.fill("input[name=doc_number]", "H1234567890")
    page.get_by_role("button", name="提交认证").click()  # the name is left empty
    name = page.locator("input[name=name]")
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(name).to_be_focused()
    assert field_message(page, name)
    summary = page.get_by_test_id("error-summary")
    expect(summary.get_by_role("heading")).to_have_text("提交未成功")
    expect(summary).not_to_contain_text(CHECK_MARKED)
    expect(page.locator("[aria-invalid=true]")).to_have_count(1)
    page.locator("input[name=doc_number]").focus()
    summary.get_by_role("link").click()
    expect(name).to_be_focused()
    expect(page).to_have_url(re.compile(r"/mp/#/real-name$"))  # focus moved, not the screen


def test_an_engine_refusal_marks_its_field_with_the_envelopes_words(page, client):
    open_logged_in(page, client, "/real-name", phone="13900000002")
    page.fill("input[name=doc_number]", "123")
    page.fill("input[name=name]", "李四")
    page.get_by_role("button", name="提交认证").click()
    number = page.locator("input[name=doc_number]")
    expect(number).to_have_attribute("aria-invalid", "true")
    assert field_message(page, number) == "证件号码格式不正确"
    expect(page.get_by_test_id("error-summary").get_by_role("link")).to_have_text(
        "证件号码：证件号码格式不正确"
    )


def test_a_new_attempt_clears_the_marks_of_the_last_one(page, client):
    open_logged_in(page, client, "/real-name", phone="13900000002")
    page.fill("input[name=doc_number]", "123")
    page.fill("input[name=name]", "李四")
    page.get_by_role("button", name="提交认证").click()
    expect(page.locator("[aria-invalid=true]")).to_have_count(1)
    page.fill("input[name=name]", "")
    page.fill("input[name=doc_number]", "H1234567890")
    page.get_by_role("button", name="提交认证").click()
    expect(page.locator("input[name=name]")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("input[name=doc_number]")).not_to_have_attribute("aria-invalid", "true")
    expect(page.get_by_test_id("field-error")).to_have_count(1)


def test_errors_for_fields_the_form_lacks_are_summarised_as_text(page, client, container):
    seed_demo_resident(container)
    refusal = {
        "code": 422,
        "status": "Unprocessable Entity",
        "error": "request.invalid",
        "message": "请求数据校验未通过，请检查标出的字段",
        "errors": {"json": {"nickname": ["最多 20 个字符"]}},
    }
    page.route(
        "**/api/v1/health-code/appeals",
        lambda route: (
            route.fulfill(status=422, json=refusal)
            if route.request.method == "POST"
            else route.continue_()
        ),
    )
    open_logged_in(page, client, "/health-code/appeals")
    page.fill("textarea[name=reason]", "已完成两次核酸检测")
    page.get_by_role("button", name="提交申诉").click()
    summary = page.get_by_test_id("error-summary")
    expect(summary.get_by_role("listitem")).to_have_text(["最多 20 个字符"])
    expect(summary).to_be_focused()
    expect(page.locator("[aria-invalid=true]")).to_have_count(0)
    expect(page.locator("body")).not_to_contain_text(CHECK_MARKED)


def test_a_refusal_naming_no_field_is_shown_in_the_summary(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/conversions")
    page.fill("textarea[name=token]", "NOT-A-CODE")
    page.get_by_role("button", name="转码").click()
    summary = page.get_by_test_id("error-summary")
    expect(summary.get_by_role("listitem")).to_have_count(1)
    expect(summary).not_to_contain_text("服务暂不可用")


def test_nested_fields_and_checks_made_here_are_marked_too(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/health-code/declare")
    page.get_by_role("button", name="＋ 添加旅居地").click()
    page.get_by_role("button", name="提交").click()
    summary = page.get_by_test_id("error-summary")
    expect(summary.get_by_role("link")).to_have_text(
        ["所到地区：请选择到最小一级地区", "离开日期：请选择离开日期", "请先勾选承诺"]
    )
    expect(page.get_by_label("省份")).to_be_focused()
    expect(page.locator("input[name=pledge]")).to_have_attribute("aria-invalid", "true")


def test_a_form_sent_offline_offers_a_retry(page, client, container):
    seed_demo_resident(container)
    headers = bearer(open_logged_in(page, client, "/health-code/appeals")["access_token"])
    client.post("/api/v1/health-code/declarations", json={"symptoms": True}, headers=headers)
    page.fill("textarea[name=reason]", "已完成两次核酸检测，均为阴性")
    page.context.set_offline(True)
    page.get_by_role("button", name="提交申诉").click()
    summary = page.get_by_test_id("error-summary")
    expect(summary).to_contain_text("网络连接失败")
    page.context.set_offline(False)
    summary.get_by_role("button", name="重试").click()
    expect(page.get_by_test_id("appeal")).to_contain_text("处理中")
