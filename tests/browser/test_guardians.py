"""An adult with an account decides, in their own app, whether family may show their code."""

import re

from playwright.sync_api import expect

from tests.browser.journeys import SEED, open_logged_in, seed_demo_resident, wait_until_drawn
from tests.factories import valid_resident_id

MOTHER_PHONE = "13900000077"
MOTHER_ID = valid_resident_id("44010619640303402")
MOTHER_NAME = "林秀英"


def seed_mother(container) -> None:
    account = container.residents.login_by_phone(MOTHER_PHONE, SEED, method="seed")
    container.residents.verify_real_name(
        str(account["_id"]), "resident_id", MOTHER_ID, MOTHER_NAME, SEED
    )


def test_a_parent_with_an_account_accepts_before_her_code_can_be_shown(page, client, container):
    seed_demo_resident(container)
    seed_mother(container)
    open_logged_in(page, client, "/family")
    wait_until_drawn(page)
    page.select_option("select[name=relation]", "parent")
    page.fill("input[name=doc_number]", MOTHER_ID)
    page.fill("input[name=name]", MOTHER_NAME)
    page.get_by_role("button", name="添加", exact=True).click()
    waiting = page.get_by_test_id("dependant")
    expect(waiting).to_have_attribute("data-status", "pending")
    expect(waiting).to_contain_text("等待对方同意")
    expect(waiting.get_by_role("link", name="查看亲友码")).to_have_count(0)

    page.evaluate("sessionStorage.clear()")
    open_logged_in(page, client, "/family", phone=MOTHER_PHONE)
    wait_until_drawn(page)
    page.get_by_test_id("guardians-link").click()
    request = page.get_by_test_id("guardian")
    expect(request).to_have_attribute("data-status", "pending")
    expect(request).to_contain_text("您是对方的：父母")
    request.get_by_role("button", name="同意").click()
    expect(page.get_by_test_id("guardian")).to_have_attribute("data-status", "active")

    page.evaluate("sessionStorage.clear()")
    open_logged_in(page, client, "/family")
    wait_until_drawn(page)
    accepted = page.get_by_test_id("dependant")
    expect(accepted).to_have_attribute("data-status", "active")
    accepted.get_by_role("link", name="查看亲友码").click()
    expect(page.get_by_test_id("banner")).to_have_attribute("data-colour", "green")


def test_refusing_a_request_leaves_no_link(page, client, container):
    seed_demo_resident(container)
    seed_mother(container)
    headers = {"Authorization": "Bearer " + open_logged_in(page, client, "/")["access_token"]}
    added = client.post(
        "/api/v1/family/dependants",
        json={
            "doc_type": "resident_id",
            "doc_number": MOTHER_ID,
            "name": MOTHER_NAME,
            "relation": "parent",
        },
        headers=headers,
    )
    assert added.status_code == 201, added.json
    page.evaluate("sessionStorage.clear()")
    open_logged_in(page, client, "/messages", phone=MOTHER_PHONE)
    page.get_by_test_id("message").filter(has_text="亲友码添加请求").get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"#/family/guardians$"))
    page.get_by_test_id("guardian").get_by_role("button", name="拒绝").click()
    expect(page.get_by_text("没有家人照看您，也没有待处理的请求")).to_be_visible()
    assert client.get("/api/v1/family/dependants", headers=headers).json["total"] == 0
