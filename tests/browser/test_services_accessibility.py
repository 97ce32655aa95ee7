"""Accessibility of the services screens that need something to show (a guide, a case, a
queue), in normal and elderly mode: axe-core, touch targets, elderly text size and headings.
The screens without an id are in SCREENS (test_accessibility.py)."""

import pytest

from app.seed import DEMO_PHONE
from app.seed_services import seed_cases, seed_clerks
from tests.browser.consoles import open_as_staff
from tests.browser.journeys import SEED, open_logged_in, seed_demo_resident, wait_until_drawn
from tests.browser.services_steps import VISIT, open_as_clerk, service_id
from tests.browser.test_accessibility import check_screen, switch_elderly
from tests.factories import STAFF_PASSWORD, bearer
from tests.services_factories import submitted

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect


def demo_with_cases(client, container) -> None:
    """The demo resident with completed cases (one instant, one by a clerk), unrated."""
    seed_demo_resident(container)
    seed_clerks(container, STAFF_PASSWORD)
    account = container.residents.login_by_phone(DEMO_PHONE, SEED, method="seed")
    seed_cases(container, str(account["_id"]))


def check_both_modes(page) -> None:
    wait_until_drawn(page)
    check_screen(page, elderly=False)
    switch_elderly(page)
    check_screen(page, elderly=True)


@pytest.mark.parametrize("screen", ["guide", "apply", "completed", "open", "appointment"])
def test_resident_services_screens_pass(page, client, container, screen):
    demo_with_cases(client, container)
    item = service_id(client, VISIT)
    tokens = open_logged_in(page, client, "/services")
    wait_until_drawn(page)
    headers = bearer(tokens["access_token"])
    if screen in ("open", "appointment"):
        case = submitted(client, headers, VISIT)
    else:
        cases = client.get("/api/v1/cases", headers=headers).json["items"]
        case = next(c for c in cases if c["status"] == 11 and c["instant"]["instant"] is False)
    path = {
        "guide": f"/services/guide?id={item}",
        "apply": f"/services/apply?id={item}",
        "completed": f"/cases/detail?id={case['id']}",
        "open": f"/cases/detail?id={case['id']}",
        "appointment": f"/cases/appointment?id={case['id']}",
    }[screen]
    page.evaluate(f"location.hash = '#{path}'")
    check_both_modes(page)


def test_a_refused_application_passes_too(page, client, container):
    seed_demo_resident(container)
    open_logged_in(page, client, f"/services/apply?id={service_id(client, VISIT)}")
    form = page.get_by_test_id("application")
    form.get_by_label("联系电话").fill("123")
    form.get_by_test_id("submit").click()
    expect(page.get_by_test_id("error-summary")).to_be_visible()
    check_screen(page, elderly=False)


@pytest.mark.parametrize("path", ["/staff/clerk", "case", "/staff/clerk/rectifications"])
def test_clerk_screens_pass(page, client, container, path):
    demo_with_cases(client, container)
    headers = bearer(open_logged_in(page, client, "/cases")["access_token"])
    case = submitted(client, headers, VISIT)
    path = f"/staff/clerk/case?id={case['id']}" if path == "case" else path
    open_as_clerk(page, client, container, "health", path)
    check_both_modes(page)


@pytest.mark.parametrize("path", ["/staff/admin/services", "/staff/admin/reform"])
def test_admin_services_screens_pass(page, client, container, path):
    service_id(client, VISIT)  # the catalogue is stored at its first use
    open_as_staff(page, client, container, "admin", path)
    check_both_modes(page)
