"""Steps the browser tests share: a real-named demo resident, a logged-in tab, reading QR codes."""

from accounts.audit import Actor
from app.seed import DEMO_NAME, DEMO_PHONE, demo_resident_id
from tests.factories import resident_tokens

TOKENS_KEY = "shengshi.tokens"
SEED = Actor(kind="system", id="browser-test")

# Every screen reachable from home, with what marks it as drawn.
SCREENS = [
    "/",
    "/wallet",
    "/wallet/usage",
    "/wallet/grants",
    "/wallet/family",
    "/wallet/scan",
    "/services",
    "/services/drafts",
    "/cases",
    "/messages",
    "/health-code",
    "/health-code/declare",
    "/health-code/history",
    "/health-code/appeals",
    "/health-code/conversions",
    "/family",
    "/family/guardians",
    "/venue-checkin",
    "/profile",
    "/real-name",
    "/face",
    "/login",
    "/privacy",
    "/privacy/agree",
    "/profile/data",
    "/profile/consents",
    "/profile/delete",
    "/staff/login",
]


def seed_demo_resident(container) -> None:
    """Create the demo resident, real-named (L2), as app.seed does (without the staff)."""
    account = container.residents.login_by_phone(DEMO_PHONE, SEED, method="seed")
    container.residents.verify_real_name(
        str(account["_id"]), "resident_id", demo_resident_id(), DEMO_NAME, SEED
    )


def open_logged_in(
    page, client, path: str, phone: str = DEMO_PHONE, access=None, agree: bool = True
) -> dict:
    """Log in through the API, hand the tokens to the tab, open path; return the tokens.

    The resident has agreed to the privacy notice in force (as logging in on the login
    screen records), unless agree=False.
    """
    pair = resident_tokens(client, phone)
    if agree:
        agree_through_api(client, pair["access_token"])
    stored = {"access": access or pair["access_token"], "refresh": pair["refresh_token"]}
    page.goto("/mp/")
    wait_until_drawn(page)  # home is drawn logged out, before the tokens arrive
    page.evaluate(
        "([key, value]) => sessionStorage.setItem(key, JSON.stringify(value))", [TOKENS_KEY, stored]
    )
    page.goto(f"/mp/#{path}")
    return pair


def agree_through_api(client, access_token: str) -> None:
    """Agree to the privacy notice in force, as the login screen does after logging in."""
    version = client.get("/api/v1/privacy-notice").json["version"]
    response = client.put(
        "/api/v1/me/consents/privacy_notice",
        json={"version": version},
        headers={"Authorization": f"Bearer {access_token}"},
    )
    assert response.status_code == 200, response.json


def agree_on_login(page) -> None:
    """Tick the privacy notice's box on the login screen, as a resident must."""
    page.locator("[data-field=agree] input[type=checkbox]").check()


def wait_until_drawn(page) -> None:
    """Wait until the screen has finished loading (the router clears aria-busy)."""
    page.locator("main[aria-busy=false] .page > *").first.wait_for()


def stored_tokens(page):
    return page.evaluate(f"() => JSON.parse(sessionStorage.getItem('{TOKENS_KEY}'))")


def set_elderly(page, on: bool = True) -> None:
    """Switch elderly mode on this device (as the profile switch does) and redraw."""
    page.evaluate(
        """on => {
          const prefs = JSON.parse(localStorage.getItem('shengshi.prefs') || '{}');
          localStorage.setItem('shengshi.prefs', JSON.stringify({...prefs, elderly: on}));
        }""",
        on,
    )


def drawn_qr(page):
    """Wait for the health-code QR canvas to be drawn; return its locator."""
    page.wait_for_function(
        "() => document.querySelector('[data-testid=code-card]')?.dataset.state === 'live'"
    )
    return page.get_by_test_id("qr")


def decode_qr(png: bytes) -> str:
    from tests.qr_reader import qr_texts

    found = qr_texts(png)
    assert found, "no QR code found in the screenshot"
    return found[0]
