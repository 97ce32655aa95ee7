"""The issuer's console and the wallet together: a certificate issued on screen appears in the
holder's wallet, a revoked one shows as revoked there; a batch with bad rows names them."""

import pytest

from app.seed import DEMO_NAME, demo_resident_id
from tests.browser.consoles import confirm, open_as_staff
from tests.browser.journeys import open_logged_in, wait_until_drawn
from tests.browser.wallet_steps import second_phone, seed_demo_wallet
from tests.factories import create_staff

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def fill_teacher_qualification(form) -> None:
    form.locator("select[name=type]").select_option("teacher_qualification")
    form.locator("input[name=holder_name]").fill(DEMO_NAME)
    form.locator("input[name=holder_code]").fill(demo_resident_id())
    form.locator("input[name=number]").fill("20264400012345")
    form.locator("select[name=school_stage]").select_option("primary")
    form.locator("input[name=subject]").fill("数学")


def test_an_issued_certificate_reaches_the_wallet_and_its_revocation_too(page, client, container):
    seed_demo_wallet(container)
    open_as_staff(page, client, container, "issuer", "/staff/issuer/issue")
    form = page.get_by_test_id("issue-form")
    fill_teacher_qualification(form)
    form.locator("input[name=holder_code]").fill("4403041990")
    form.get_by_role("button", name="签发").click()
    beside = form.locator(":has(> input[name=holder_code]) > .field-error")
    expect(beside).to_have_text("证件号码格式不正确")
    form.locator("input[name=holder_code]").fill(demo_resident_id())
    form.get_by_role("button", name="签发").click()
    expect(page.get_by_test_id("issued")).to_contain_text("已签发：教师资格证书")

    page.get_by_test_id("issued").get_by_role("link").click()
    wait_until_drawn(page)
    revoke = page.get_by_test_id("revoke-form")
    revoke.locator("select[name=reason]").select_option("withdrawn")
    confirm(revoke.get_by_role("button", name="注销"))
    expect(page.get_by_test_id("issuer-certificate").get_by_test_id("status")).to_have_text(
        "已注销"
    )

    tab = second_phone(page)
    open_logged_in(tab, client, "/wallet")
    card = tab.locator("[data-testid=certificate][data-type=teacher_qualification]")
    expect(card.get_by_test_id("status")).to_have_text("已注销")
    expect(tab.get_by_test_id("certificate")).to_have_count(6)
    card.click()
    wait_until_drawn(tab)
    expect(tab.locator(".cert-detail")).to_contain_text("注销原因：发证机关撤回")
    expect(tab.get_by_role("link", name="亮证")).to_have_count(0)
    tab.context.close()


def test_a_batch_with_bad_rows_names_them_and_issues_nothing(page, client, container):
    open_as_staff(page, client, container, "issuer", "/staff/issuer/batch")
    form = page.get_by_test_id("batch-form")
    form.locator("select[name=type]").select_option("teacher_qualification")
    good = f"{DEMO_NAME},resident_id,{demo_resident_id()},2026-01-01,,T1,primary,数学"
    bad = f"{DEMO_NAME},resident_id,4403041990,2026-01-01,,T2,nursery,数学"
    header = ",".join(
        ["holder_name", "holder_code_type", "holder_code", "valid_from", "valid_until"]
        + ["number", "school_stage", "subject"]
    )
    rows = "\r\n".join([header, good, bad, good.replace("T1", "T3")]) + "\r\n"
    upload = {"name": "teachers.csv", "mimeType": "text/csv", "buffer": rows.encode()}
    form.locator("input[name=file]").set_input_files(upload)
    form.get_by_role("button", name="上传并签发").click()
    problems = page.get_by_test_id("batch-errors")
    expect(problems).to_contain_text("第 2 条记录（文件第 3 行）")
    expect(problems).not_to_contain_text("第 1 条记录")
    expect(form.locator(":has(> input[name=file]) > .field-error")).to_contain_text("1 行有错误")
    listed = client.get(
        "/api/v1/issuer/certificates", headers={"Authorization": f"Bearer {page_token(page)}"}
    )
    assert listed.json["total"] == 0


def page_token(page) -> str:
    return page.evaluate("() => JSON.parse(sessionStorage.getItem('shengshi.tokens')).access")


def test_an_administrator_registers_a_verifier_with_a_purpose(page, client, container):
    create_staff(container, "verifier", "hotel-desk")
    open_as_staff(page, client, container, "admin", "/staff/admin/verifiers")
    form = page.get_by_test_id("verifier-form")
    form.locator("input[name=code]").fill("Hotel!")
    form.locator("input[name=name]").fill("广州天河酒店前台")
    form.locator("input[name=staff]").fill("hotel-desk")
    form.locator(".purpose-code").fill("check_in")
    form.locator(".purpose-name").fill("入住登记")
    form.locator(".purpose-type select").select_option("resident_id_card")
    form.get_by_role("checkbox", name="持证人姓名").check()
    form.get_by_role("button", name="登记").click()
    expect(form.locator(":has(> input[name=code]) > .field-error")).to_be_visible()
    form.locator("input[name=code]").fill("hotel-th")
    form.get_by_role("button", name="登记").click()
    registered = page.locator("[data-testid=verifier][data-code=hotel-th]")
    expect(registered).to_contain_text("入住登记（check_in）")
    expect(registered).to_contain_text("居民身份证：持证人姓名")
    expect(registered).to_contain_text("hotel-desk")
