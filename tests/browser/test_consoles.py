"""The staff consoles as their users work in them: venues, imports, appeals, cards, accounts."""

from pathlib import Path

import pytest

from tests.browser.consoles import confirm, open_as_staff, staff_tokens
from tests.browser.journeys import decode_qr, wait_until_drawn
from tests.factories import bearer, create_staff, wrong_check_char
from tests.health_code_factories import ago, declare, person_number, publish_area, real_named

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

CSV_HEADER = "doc_type,doc_number,sampled_at,result"


def csv_file(*rows: str) -> dict:
    text = "\r\n".join((CSV_HEADER, *rows)) + "\r\n"
    return {"name": "results.csv", "mimeType": "text/csv", "buffer": text.encode()}


def result_row(n: int) -> str:
    return f"resident_id,{person_number(n)},{ago(hours=3).strftime('%Y-%m-%d %H:%M')},negative"


def test_venue_manager_registers_a_venue_and_downloads_its_poster(page, client, container):
    open_as_staff(page, client, container, "venue_manager", "/staff/venue_manager")
    expect(page.get_by_text("还没有登记场所")).to_be_visible()
    form = page.get_by_test_id("venue-form")
    form.get_by_label("场所名称").fill("天河城购物中心")
    form.get_by_label("省份").select_option(label="广东省")
    form.get_by_label("城市").select_option(label="广州市")
    form.get_by_label("区县").select_option(label="天河区")
    form.get_by_label("详细地址").fill("天河路208号")
    form.get_by_label("场所类型").select_option(label="商场")
    form.get_by_role("button", name="登记").click()

    venue = page.get_by_test_id("venue").filter(has_text="天河城购物中心")
    expect(venue).to_contain_text("广东省 广州市 天河区")
    expect(venue.get_by_test_id("today")).to_have_text("今日登记 0 人次")
    with page.expect_download() as download:
        venue.get_by_role("button", name="下载场所码").click()
    assert download.value.suggested_filename == "天河城购物中心-场所码.png"
    [stored], _ = container.venues.list_managed("venue_manager", 20, 0)
    assert decode_qr(Path(download.value.path()).read_bytes()) == stored["token"]


def test_venue_manager_sees_check_ins_and_deactivates_a_venue(page, client, container):
    open_as_staff(page, client, container, "venue_manager", "/staff/venue_manager")
    fields = {"name": "东门市场", "region_code": "440303", "address": "东门中路", "type": "market"}
    venue = container.venues.register("venue_manager", fields)
    resident = real_named(client)
    body = {"venue_token": venue["token"]}
    assert client.post("/api/v1/venue-checkins", json=body, headers=resident).status_code == 201
    page.reload()
    item = page.get_by_test_id("venue").filter(has_text="东门市场")
    expect(item.get_by_test_id("today")).to_have_text("今日登记 1 人次")
    confirm(item.get_by_role("button", name="停用"))
    expect(item.get_by_text("已停用")).to_be_visible()
    expect(item.get_by_role("button", name="下载场所码")).to_have_count(0)


def test_authority_imports_a_csv_with_a_bad_row_and_sees_it_then_a_good_one(
    page, client, container, db
):
    open_as_staff(page, client, container, "health_authority", "/staff/health_authority/imports")
    bad = result_row(1).replace(person_number(1), wrong_check_char(person_number(1)[:17]))
    form = page.get_by_test_id("import-form")
    form.get_by_label("CSV 文件").set_input_files(csv_file(result_row(0), bad, result_row(2)))
    form.get_by_role("button", name="上传并导入").click()

    problems = page.get_by_test_id("import-errors")
    expect(problems).to_contain_text("未导入任何数据")
    expect(problems.get_by_role("listitem")).to_have_count(1)
    expect(problems.get_by_role("listitem")).to_contain_text("第 3 行：证件号码 doc_number")
    expect(form.get_by_test_id("field-error")).to_contain_text("1 处错误")
    assert db.health_records.count_documents({}) == 0

    form.get_by_label("CSV 文件").set_input_files(csv_file(result_row(0), result_row(2)))
    form.get_by_role("button", name="上传并导入").click()
    expect(page.get_by_test_id("import-done")).to_contain_text("导入成功：2 条记录，涉及 2 人")
    expect(problems).to_have_count(0)
    assert db.health_records.count_documents({}) == 2


def test_authority_decides_an_appeal(page, client, container):
    resident = real_named(client)
    declare(client, resident, symptoms=True)
    filed = client.post("/api/v1/health-code/appeals", json={"reason": "过敏"}, headers=resident)
    assert filed.status_code == 201
    open_as_staff(page, client, container, "health_authority", "/staff/health_authority")
    expect(page.get_by_text("1 宗待处理")).to_be_visible()
    page.get_by_role("link", name="申诉处理").click()
    appeal = page.get_by_test_id("appeal")
    expect(appeal).to_contain_text("过敏")
    appeal.get_by_role("button", name="提交决定").click()
    expect(appeal.get_by_test_id("field-error")).to_be_visible()  # the reason is missing
    appeal.get_by_label("决定理由（将告知申诉人）").fill("复核核酸阴性，解除黄码")
    appeal.get_by_role("button", name="提交决定").click()
    expect(page.get_by_text("没有待处理的申诉")).to_be_visible()
    page.get_by_role("link", name="申诉成立").click()
    expect(page.get_by_test_id("appeal")).to_contain_text("复核核酸阴性，解除黄码")
    assert client.get("/api/v1/health-code", headers=resident).json["colour"] == "green"


def test_authority_ends_a_risk_area(page, client, container):
    open_as_staff(page, client, container, "health_authority", "/staff/health_authority")
    publish_area(client, bearer(staff_tokens(client, "health_authority")["access_token"]), "440106")
    page.get_by_role("link", name="风险地区").click()
    area = page.get_by_test_id("risk-area")
    expect(area).to_contain_text("广东省 广州市 天河区")
    expect(area).to_contain_text("生效中")
    area.get_by_role("button", name="结束").click()
    area.get_by_role("button", name="确认结束").click()
    expect(area).to_contain_text("已结束")


def test_authority_issues_a_code_card_and_revokes_it(page, client, container):
    open_as_staff(page, client, container, "health_authority", "/staff/health_authority/code-cards")
    form = page.get_by_test_id("card-form")
    form.get_by_label("证件号码").fill(person_number(500))
    form.get_by_label("姓名").fill("黄大伯")
    form.get_by_role("button", name="核验并签发").click()
    expect(page.get_by_test_id("card-issued")).to_contain_text("已签发：黄*伯")
    card = page.get_by_test_id("code-card")
    expect(card).to_contain_text("有效")
    card.get_by_role("button", name="作废", exact=True).click()
    card.get_by_label("作废原因").fill("持卡人遗失")
    card.get_by_role("button", name="确认作废").click()
    expect(card).to_contain_text("已作废")
    expect(card).to_contain_text("持卡人遗失")


def test_admin_creates_a_clerk_account_and_disables_it(page, client, container):
    open_as_staff(page, client, container, "admin", "/staff/admin/staff")
    form = page.get_by_test_id("staff-form")
    form.get_by_label("用户名").fill("clerk-li")
    form.get_by_label("姓名（可选）").fill("李文")
    form.get_by_label("初始密码").fill("a first password")
    form.get_by_role("button", name="创建账号").click()
    expect(form.get_by_test_id("field-error")).to_be_visible()  # no role ticked
    form.get_by_text("窗口办事员").click()
    form.get_by_role("button", name="创建账号").click()

    clerk = page.locator("[data-testid=staff][data-username=clerk-li]")
    expect(clerk).to_contain_text("待修改密码")
    confirm(clerk.get_by_role("button", name="停用"))
    expect(clerk).to_contain_text("已停用")
    refused = client.post(
        "/api/v1/auth/staff-tokens", json={"username": "clerk-li", "password": "a first password"}
    )
    assert (refused.status_code, refused.json["error"]) == (403, "auth.staff_disabled")


def test_a_reset_password_is_shown_once_and_replaced_at_login(page, client, container):
    create_staff(container, "venue_manager", "mgr-wang")
    open_as_staff(page, client, container, "admin", "/staff/admin/staff")
    manager = page.locator("[data-testid=staff][data-username=mgr-wang]")
    confirm(manager.get_by_role("button", name="重置密码"))
    once = page.get_by_test_id("one-time-password").locator(".secret").inner_text()
    expect(manager).to_contain_text("待修改密码")

    page.goto("/mp/#/staff/password")
    wait_until_drawn(page)
    form = page.get_by_test_id("password-form")
    form.get_by_label("用户名").fill("mgr-wang")
    form.get_by_label("当前密码或一次性密码").fill(once)
    form.get_by_label("新密码", exact=True).fill("my own new password")
    form.get_by_label("再次输入新密码").fill("my own new password")
    form.get_by_role("button", name="保存并登录").click()
    expect(page.get_by_test_id("staff-bar")).to_contain_text("mgr-wang")
    wait_until_drawn(page)  # the venues (and the region names) have arrived
    assert page.evaluate("location.hash") == "#/staff/venue_manager"
    assert staff_tokens(client, "mgr-wang", "my own new password")["roles"] == ["venue_manager"]


def test_a_console_asks_for_a_staff_login_and_the_right_role(page, client, container):
    page.goto("/mp/#/staff/admin")
    wait_until_drawn(page)
    expect(page.get_by_test_id("console-refused")).to_contain_text("请用工作人员账号登录")
    open_as_staff(page, client, container, "venue_manager", "/staff/admin")
    expect(page.get_by_test_id("console-refused")).to_contain_text("「系统管理员」权限")
