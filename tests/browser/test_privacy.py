"""Privacy journeys: the notice at first login and when it changes, my data, consents, deletion."""

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from app.seed import DEMO_PHONE
from tests.browser.journeys import (
    agree_on_login,
    open_logged_in,
    seed_demo_resident,
    stored_tokens,
    wait_until_drawn,
)
from tests.factories import allow_resend, bearer, resident_tokens

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def consents(client, phone: str = DEMO_PHONE) -> dict:
    headers = bearer(resident_tokens(client, phone)["access_token"])
    return client.get("/api/v1/me/consents", headers=headers).json


def outbox_code(client, phone: str = DEMO_PHONE) -> str:
    return client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone}).json["code"]


def send_confirmation_code(page, client) -> None:
    """Tap "send code" (past the login code's cool-down) and type what arrives."""
    allow_resend(client, DEMO_PHONE)
    page.get_by_role("button", name="获取验证码").click()
    page.get_by_text("秒后重发").wait_for()
    page.fill("input[name=code]", outbox_code(client))


def test_the_first_login_shows_the_notice_and_records_the_version_agreed(page, client, container):
    seed_demo_resident(container)
    page.goto("/mp/#/login")
    summary = page.get_by_test_id("notice-summary")
    expect(summary).to_contain_text("人脸识别（需单独同意）")
    page.fill("input[name=phone]", DEMO_PHONE)
    page.get_by_role("button", name="获取验证码").click()
    page.get_by_text("秒后重发").wait_for()
    page.fill("input[name=code]", outbox_code(client))

    page.get_by_role("button", name="登录", exact=True).click()
    expect(page.locator("[data-field=agree] .field-error")).to_have_text(
        "请先阅读并勾选同意隐私政策"
    )
    assert stored_tokens(page) is None  # nothing was sent before the box was ticked
    agree_on_login(page)
    page.get_by_role("button", name="登录", exact=True).click()

    expect(page.locator(".hero-hello")).to_have_text("您好，138****0001")
    answer = consents(client)
    assert answer["needs_agreement"] is False
    assert answer["purposes"][0]["version"] == client.get("/api/v1/privacy-notice").json["version"]


def test_the_full_text_opens_from_the_login_screen(page):
    page.goto("/mp/#/login")
    page.get_by_test_id("notice-link").click()

    expect(page).to_have_url(re.compile(r"#/privacy$"))
    expect(page.get_by_test_id("notice-version")).to_contain_text("版本 1.0")
    expect(page.get_by_role("heading", name="您的权利")).to_be_visible()


def test_a_new_notice_version_asks_a_logged_in_resident_again(page, client, container, monkeypatch):
    seed_demo_resident(container)
    newer = replace(container.consents.notice, version="99.0")
    open_logged_in(page, client, "/health-code")
    expect(page.get_by_test_id("banner")).to_be_visible()
    monkeypatch.setattr(container.consents, "notice", newer)

    page.reload()

    expect(page).to_have_url(re.compile(r"#/privacy/agree\?next=%2Fhealth-code$"))
    expect(page.get_by_test_id("agree-form")).to_contain_text("99.0")
    agree_on_login(page)
    page.get_by_role("button", name="同意并继续").click()
    expect(page.get_by_test_id("banner")).to_be_visible()
    assert consents(client)["purposes"][0]["version"] == "99.0"


def test_my_data_downloads_as_a_json_file(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, "/profile")
    page.get_by_test_id("menu-data").click()
    send_confirmation_code(page, client)

    with page.expect_download() as download:
        page.get_by_role("button", name="下载我的数据").click()

    assert re.fullmatch(
        r"shengshi-personal-data-\d{4}-\d{2}-\d{2}\.json", download.value.suggested_filename
    )
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["profile"]["phone"] == DEMO_PHONE
    assert data["profile"]["real_name"]["name"] == "陈小明"
    expect(page.locator("#toast")).to_have_text("已下载")


def test_face_verification_is_turned_on_and_withdrawn_on_the_consents_screen(
    page, client, container
):
    seed_demo_resident(container)
    open_logged_in(page, client, "/profile/consents")
    status = page.get_by_test_id("face-status")
    expect(status).to_have_text("未开启")

    page.get_by_test_id("face-toggle").click()
    expect(status).to_have_text("已开启")
    page.get_by_test_id("face-toggle").click()
    expect(page.get_by_test_id("face-toggle")).to_have_text("确认撤回？")
    page.get_by_test_id("face-toggle").click()

    expect(status).to_have_text("已撤回")
    face = [p for p in consents(client)["purposes"] if p["purpose"] == "face_verification"]
    assert face[0]["status"] == "withdrawn"


def test_deleting_the_account_shows_what_stays_then_ends_on_its_done_screen(
    page, client, container
):
    seed_demo_resident(container)
    pair = open_logged_in(page, client, "/profile/delete")
    expect(page.get_by_test_id("kept")).to_contain_text("网络安全法")
    expect(page.get_by_test_id("erased")).to_contain_text("该手机号可以重新注册")
    send_confirmation_code(page, client)

    page.get_by_role("button", name="注销账号").click()
    expect(page.locator("[data-field=understood] .field-error")).to_have_text("请先勾选确认")
    page.locator("[data-field=understood] input").check()
    page.get_by_role("button", name="注销账号").click()

    expect(page.get_by_test_id("deleted")).to_contain_text("账号已注销")
    expect(page.get_by_test_id("kept-after")).to_contain_text("网络安全法")
    assert stored_tokens(page) is None
    assert client.get("/api/v1/me", headers=bearer(pair["access_token"])).status_code == 401
    page.get_by_role("link", name="返回首页").click()
    wait_until_drawn(page)
    expect(page.get_by_role("link", name="登录")).to_be_visible()
