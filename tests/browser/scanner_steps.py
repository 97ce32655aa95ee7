"""Steps the scanner tests share: an operator logged in at a checkpoint, codes of every kind."""

from datetime import timedelta

from app.seed import DEMO_PHONE
from core.clock import utcnow
from health_code.codes.partner_token import PartnerClaims, issue_partner_code
from health_code.codes.venue_token import issue_venue_token
from signing_keys import generate_key
from tests.browser.journeys import seed_demo_resident, wait_until_drawn
from tests.factories import STAFF_PASSWORD, bearer, create_staff, resident_tokens

OPERATOR = "gate-1"
CHECKPOINT = "深圳北站 B2 入口"


def operator_at_checkpoint(page, container, username: str = OPERATOR) -> None:
    """Log an operator in through the staff login screen and open the scanner at CHECKPOINT."""
    create_staff(container, "checkpoint_operator", username)
    page.goto("/mp/#/staff/login")
    wait_until_drawn(page)
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    page.get_by_label("卡口名称").fill(CHECKPOINT)
    page.get_by_role("button", name="开始核验").click()
    page.get_by_test_id("handheld").wait_for()
    keys_cached(page)


def keys_cached(page) -> None:
    """Wait until the scanner has saved the published key set on the device."""
    page.wait_for_function("() => localStorage.getItem('shengshi.scanner.keys') !== null")


def demo_code(client, container) -> str:
    """Return a freshly signed health-code token of the demo resident (陈*明, green)."""
    seed_demo_resident(container)
    pair = resident_tokens(client, DEMO_PHONE)
    response = client.get("/api/v1/health-code", headers=bearer(pair["access_token"]))
    assert response.status_code == 200, response.json
    return response.json["token"]


def handheld_scan(page, text: str) -> None:
    """Type text and Enter into the focused field, as a USB or Bluetooth scanner does."""
    field = page.get_by_test_id("handheld")
    field.focus()
    page.keyboard.insert_text(text)
    page.keyboard.press("Enter")


def result(page):
    """The full-screen result of the last scan."""
    return page.get_by_test_id("scan-result")


def next_scan(page) -> None:
    page.get_by_test_id("scan-next").click()
    result(page).wait_for(state="detached")


def venue_code(wiring) -> str:
    """A venue code (场所码) as printed on a poster."""
    return issue_venue_token("ab" * 12, utcnow(), wiring.keyring.signing_key())


def partner_code() -> str:
    """A green code of a partner region (Macau), as its app shows it."""
    now = utcnow()
    claims = PartnerClaims("green", now, now + timedelta(hours=1), b"mo-123", "陈*明")
    return issue_partner_code("MO", claims, generate_key(now, lifetime=timedelta(days=1)))
