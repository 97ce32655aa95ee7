"""Accessibility of the wallet's screens with the demo wallet in them, and of the verifier's,
issuer's and administrator's screens with something in them: axe-core, touch targets, elderly
text size and headings in normal and elderly mode, as for every other screen."""

import pytest

from tests.browser.consoles import open_as_staff
from tests.browser.journeys import open_logged_in, wait_until_drawn
from tests.browser.test_accessibility import check_screen, switch_elderly
from tests.browser.wallet_steps import open_staff_tab, seed_demo_wallet
from tests.factories import bearer

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

# Resident screens that name a certificate ({id}: the demo driving licence).
CERTIFICATE_SCREENS = [
    "/wallet/certificate?id={id}",
    "/wallet/show?id={id}",
    "/wallet/image?id={id}",
    "/wallet/grant?id={id}",
    "/wallet/usage?certificate_id={id}",
]
ISSUER_SCREENS = [
    "/staff/issuer",
    "/staff/issuer/issue",
    "/staff/issuer/batch",
    "/staff/issuer/certificates",
    "/staff/issuer/certificate?id={id}",
]


def licence_id(client, access: str) -> str:
    listed = client.get("/api/v1/wallet/certificates", headers=bearer(access)).json["items"]
    return next(item["id"] for item in listed if item["type"] == "driving_licence")


def both_modes(page) -> None:
    check_screen(page, elderly=False)
    switch_elderly(page)
    check_screen(page, elderly=True)


@pytest.mark.parametrize("path", CERTIFICATE_SCREENS)
def test_every_certificate_screen_passes(page, client, container, path):
    seed_demo_wallet(container)
    tokens = open_logged_in(page, client, "/wallet")
    wait_until_drawn(page)
    page.evaluate(
        f"location.hash = '#{path.format(id=licence_id(client, tokens['access_token']))}'"
    )
    wait_until_drawn(page)
    both_modes(page)


def test_the_presentation_qr_and_the_step_up_dialog_pass(page, client, container):
    seed_demo_wallet(container)
    tokens = open_logged_in(page, client, "/wallet")
    wait_until_drawn(page)
    licence = licence_id(client, tokens["access_token"])
    page.evaluate(f"location.hash = '#/wallet/show?id={licence}'")
    wait_until_drawn(page)
    for elderly in (False, True):
        if elderly:
            switch_elderly(page)  # redraws the screen: the QR is made again
        page.get_by_role("button", name="同意并出示").click()
        expect(page.get_by_test_id("qr-screen")).to_have_attribute("data-state", "live")
        check_screen(page, elderly=elderly)
        page.get_by_role("button", name="完成").click()
    page.evaluate(f"location.hash = '#/wallet/certificate?id={licence}'")
    wait_until_drawn(page)
    page.get_by_test_id("show-full").click()
    expect(page.get_by_test_id("step-up-sms")).to_be_visible()
    check_screen(page, elderly=True)


def test_a_desks_request_passes(page, client, container):
    seed_demo_wallet(container)
    tokens = open_logged_in(page, client, "/wallet")
    wait_until_drawn(page)
    bank = client.get("/api/v1/wallet/verifiers", headers=bearer(tokens["access_token"]))
    page.evaluate(
        f"location.hash = '#/wallet/request?verifier={bank.json['items'][0]['id']}&purpose=loan'"
    )
    wait_until_drawn(page)
    expect(page.get_by_test_id("request").get_by_test_id("certificate")).to_have_count(2)
    both_modes(page)


def test_the_verifier_screen_and_a_refusal_pass(page, client, container):
    seed_demo_wallet(container)
    open_logged_in(page, client, "/")
    desk = open_staff_tab(page, client, "/staff/verifier")
    both_modes(desk)
    desk.get_by_test_id("presentation-input").fill("not-a-presentation")
    desk.get_by_role("button", name="核验", exact=True).click()
    expect(desk.get_by_test_id("verify-result")).to_have_attribute("data-kind", "forged")
    check_screen(desk, elderly=True)
    desk.context.close()


@pytest.mark.parametrize("path", ISSUER_SCREENS)
def test_every_issuer_screen_passes(page, client, container, path):
    seed_demo_wallet(container)
    tokens = open_as_staff(page, client, container, "issuer", "/staff/issuer")
    issued = client.post(
        "/api/v1/issuer/certificates",
        json={
            "type": "vocational_skill_certificate",
            "holder_name": "陈小明",
            "holder_code_type": "resident_id",
            "holder_code": "440304199001011233",
            "valid_from": "2026-01-01",
            "valid_until": None,
            "fields": {
                "number": "S2026001",
                "occupation": "电工",
                "skill_level": "3",
                "issued_on": "2026-01-01",
            },
        },
        headers=bearer(tokens["access_token"]),
    )
    assert issued.status_code == 201, issued.json
    page.evaluate(f"location.hash = '#{path.format(id=issued.json['id'])}'")
    wait_until_drawn(page)
    both_modes(page)


def test_the_verifier_register_passes(page, client, container):
    seed_demo_wallet(container)
    open_as_staff(page, client, container, "admin", "/staff/admin/verifiers")
    expect(page.get_by_test_id("verifier")).to_have_count(1)
    both_modes(page)
