"""Steps the wallet's browser tests share: the demo wallet, its bank counter, reading results."""

from app.seed import DEMO_NAME, demo_resident_id
from app.seed_ecert import seed_verifier, seed_wallet
from tests.browser.conftest import PHONE
from tests.browser.consoles import staff_tokens
from tests.browser.journeys import TOKENS_KEY, seed_demo_resident, wait_until_drawn
from tests.factories import allow_resend, create_staff

DEMO_HOLDER = {"name": DEMO_NAME, "doc_type": "resident_id", "doc_number": demo_resident_id()}
DESK = "verifier"  # the bank counter's staff account, as app.seed registers it


def seed_demo_wallet(container) -> None:
    """The demo resident (L2) with the seed's five certificates, and the seed's bank counter."""
    seed_demo_resident(container)
    create_staff(container, "verifier", DESK)
    seed_wallet(container, DEMO_HOLDER)
    seed_verifier(container)


def second_phone(page):
    """A tab on another phone (a browser context of its own) on the same server."""
    if page.url == "about:blank":
        page.goto("/mp/")  # the server's address is read from where the first phone is
    base_url = page.url.split("/mp/")[0]
    tab = page.context.browser.new_context(base_url=base_url, **PHONE).new_page()
    tab.set_default_timeout(5000)
    return tab


def open_staff_tab(page, client, path: str, username: str = DESK):
    """Open path on a second phone, logged in as a staff member who exists already."""
    pair = staff_tokens(client, username)
    tab = second_phone(page)
    tab.goto("/mp/")
    wait_until_drawn(tab)
    stored = {"access": pair["access_token"], "refresh": pair["refresh_token"]}
    tab.evaluate(
        "([key, value]) => sessionStorage.setItem(key, JSON.stringify(value))", [TOKENS_KEY, stored]
    )
    tab.goto(f"/mp/#{path}")
    wait_until_drawn(tab)
    return tab


def outbox_code(client, phone: str) -> str:
    """The last SMS code sent to phone (the development outbox)."""
    return client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone}).json["code"]


def step_up_by_sms(page, client, phone: str) -> None:
    """In the open step-up dialog: send the code, type what arrives, confirm."""
    allow_resend(client, phone)
    dialog = page.get_by_test_id("step-up")
    dialog.get_by_role("button", name="获取验证码").click()
    dialog.get_by_text("秒后重发").wait_for()
    dialog.locator("input[name=code]").fill(outbox_code(client, phone))
    dialog.get_by_role("button", name="验证", exact=True).click()
