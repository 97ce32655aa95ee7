"""Steps the console tests share: a staff member logged in on the tab, the console screens."""

from tests.browser.journeys import TOKENS_KEY, wait_until_drawn
from tests.factories import STAFF_PASSWORD, create_staff

# Every console screen, by the role whose console it belongs to.
CONSOLE_SCREENS = [
    ("venue_manager", "/staff/venue_manager"),
    ("health_authority", "/staff/health_authority"),
    ("health_authority", "/staff/health_authority/risk-areas"),
    ("health_authority", "/staff/health_authority/imports"),
    ("health_authority", "/staff/health_authority/appeals"),
    ("health_authority", "/staff/health_authority/code-cards"),
    ("health_authority", "/staff/health_authority/rules"),
    ("admin", "/staff/admin"),
    ("admin", "/staff/admin/staff"),
    ("admin", "/staff/admin/audit"),
    ("admin", "/staff/admin/partner-regions"),
    ("admin", "/staff/password"),
]


def staff_tokens(client, username: str, password: str = STAFF_PASSWORD) -> dict:
    response = client.post(
        "/api/v1/auth/staff-tokens", json={"username": username, "password": password}
    )
    assert response.status_code == 201, response.json
    return response.json


def open_as_staff(page, client, container, role: str, path: str, username=None) -> dict:
    """Make a staff member with role, put their tokens in the tab, open path; return tokens.

    The staff login screen does the same with the answer of POST /api/v1/auth/staff-tokens.
    """
    username = create_staff(container, role, username or role)
    pair = staff_tokens(client, username)
    stored = {"access": pair["access_token"], "refresh": pair["refresh_token"]}
    page.goto("/mp/")
    wait_until_drawn(page)
    page.evaluate(
        "([key, value]) => sessionStorage.setItem(key, JSON.stringify(value))", [TOKENS_KEY, stored]
    )
    page.goto(f"/mp/#{path}")
    wait_until_drawn(page)
    return pair


def confirm(button) -> None:
    """Tap a hard-to-undo action and, after a moment, tap it again (now named as a question)."""
    handle = button.element_handle()
    handle.click()
    button.page.wait_for_timeout(700)
    handle.click()
