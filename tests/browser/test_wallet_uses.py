"""The wallet's other screens in the browser: a watermarked copy, grants made and withdrawn,
the log of uses, a dependant's certificates seen by their guardian."""

import pytest

from app.seed import DEMO_PHONE
from tests.browser.consoles import confirm
from tests.browser.journeys import open_logged_in, wait_until_drawn
from tests.browser.wallet_steps import seed_demo_wallet, step_up_by_sms
from tests.ecert_api_factories import issued, issuer
from tests.factories import bearer, valid_resident_id

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

CHILD_NUMBER = valid_resident_id("44030420100101321")


def certificate_id(client, tokens: dict, type_slug: str, base: str = "/api/v1/wallet") -> str:
    listed = client.get(f"{base}/certificates", headers=bearer(tokens["access_token"])).json[
        "items"
    ]
    return next(item["id"] for item in listed if item["type"] == type_slug)


def test_a_watermarked_copy_carries_the_purpose_typed(page, client, container):
    seed_demo_wallet(container)
    tokens = open_logged_in(page, client, "/wallet")
    wait_until_drawn(page)
    licence = certificate_id(client, tokens, "driving_licence")
    page.evaluate(f"location.hash = '#/wallet/image?id={licence}'")
    wait_until_drawn(page)
    page.get_by_role("button", name="生成图片").click()
    expect(page.get_by_role("alert").first).to_be_visible()  # the purpose is needed first
    page.get_by_label("用途").fill("办理银行开户")
    page.get_by_role("button", name="生成图片").click()
    step_up_by_sms(page, client, DEMO_PHONE)
    image = page.get_by_test_id("watermarked").get_by_role("img")
    expect(image).to_have_attribute("aria-label", "机动车驾驶证，水印：办理银行开户")
    assert page.evaluate("() => document.querySelector('.image-result canvas').width") > 300
    page.evaluate("location.hash = '#/wallet/usage'")
    wait_until_drawn(page)
    expect(page.get_by_test_id("usage").first).to_contain_text("办理银行开户")


def test_a_grant_is_made_listed_and_withdrawn(page, client, container):
    seed_demo_wallet(container)
    tokens = open_logged_in(page, client, "/wallet")
    wait_until_drawn(page)
    card = certificate_id(client, tokens, "social_security_card")
    page.evaluate(f"location.hash = '#/wallet/grant?id={card}'")
    wait_until_drawn(page)
    page.get_by_role("radio", name="个人贷款").check()
    page.get_by_role("button", name="确认授权").click()
    expect(page.locator("[data-field=fields] .field-error")).to_have_text("请至少选择一项")
    page.get_by_role("checkbox", name="持证人姓名").check()
    page.get_by_role("checkbox", name="社会保障卡卡号").check()
    page.get_by_role("button", name="确认授权").click()
    grant = page.get_by_test_id("grant")
    expect(grant).to_have_attribute("data-state", "active")
    expect(grant).to_contain_text("中国工商银行广州天河支行")
    confirm(grant.get_by_role("button", name="撤回授权"))
    expect(page.get_by_test_id("grant")).to_have_attribute("data-state", "withdrawn")
    expect(page.get_by_test_id("grant").get_by_test_id("grant-state")).to_have_text("已撤回")


def test_a_guardian_sees_a_dependants_certificates(page, client, container):
    seed_demo_wallet(container)
    staff = issuer(client, container)
    child = {"holder_name": "陈小华", "holder_code": CHILD_NUMBER, "birth_date": "2010-01-01"}
    issued(client, staff, "birth_medical_certificate", **child)
    tokens = open_logged_in(page, client, "/wallet/family")
    body = {"doc_type": "resident_id", "doc_number": CHILD_NUMBER, "name": "陈小华"}
    added = client.post(
        "/api/v1/family/dependants",
        json={**body, "relation": "child"},
        headers=bearer(tokens["access_token"]),
    )
    assert added.status_code == 201, added.json
    page.reload()
    page.get_by_test_id("dependant").get_by_role("link", name="查看证照").click()
    wait_until_drawn(page)
    card = page.get_by_test_id("certificate")
    expect(card).to_have_count(1)
    expect(card).to_contain_text("出生医学证明")
    expect(card).to_contain_text("陈*华")
    card.click()
    wait_until_drawn(page)
    expect(page.get_by_role("link", name="亮证")).to_be_visible()
    expect(page.get_by_role("link", name="用途水印图片")).to_have_count(0)


def test_a_wallet_without_a_real_name_or_with_a_wrong_id_says_what_to_do(page, client, container):
    open_logged_in(page, client, "/wallet", phone="13800000009")
    prompt = page.get_by_test_id("wallet-real-name")
    expect(prompt).to_contain_text("实名认证后即可使用电子证照")
    expect(prompt.get_by_role("link", name="去实名认证")).to_be_visible()
    seed_demo_wallet(container)
    open_logged_in(page, client, "/wallet/certificate?id=0123456789abcdef01234567")
    expect(page.get_by_test_id("error-panel")).to_be_visible()
