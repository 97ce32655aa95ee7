"""Accessibility of every staff console screen, with something in its lists, in normal and
elderly mode: axe-core, touch targets, elderly text size and headings, as for resident screens.
"""

import pytest

from tests.browser.consoles import CONSOLE_SCREENS, confirm, open_as_staff
from tests.browser.journeys import SEED, wait_until_drawn
from tests.browser.test_accessibility import check_screen, switch_elderly
from tests.factories import create_staff
from tests.health_code_factories import declare, person_number, real_named

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

AREA = {"region_code": "440106", "name": "天河路", "level": "high"}


def seed(client, container, path: str) -> None:
    """Put one of each thing the screen lists into the database."""
    if path == "/staff/venue_manager":
        venue = {"name": "天河城", "region_code": "440106", "address": "天河路", "type": "mall"}
        container.venues.register("venue_manager", venue)
    elif path == "/staff/health_authority/risk-areas":
        container.authority.publish_risk_area({**AREA, "start": container.authority.clock()}, SEED)
    elif path in ("/staff/health_authority", "/staff/health_authority/appeals"):
        resident = real_named(client)
        declare(client, resident, symptoms=True)
        client.post("/api/v1/health-code/appeals", json={"reason": "过敏"}, headers=resident)
    elif path == "/staff/health_authority/code-cards":
        holder = {"doc_type": "resident_id", "doc_number": person_number(500), "name": "黄大伯"}
        container.code_cards.issue(holder, "seed", SEED)
    elif path == "/staff/admin/staff":
        create_staff(container, "clerk", "clerk-li")


@pytest.mark.parametrize(("role", "path"), CONSOLE_SCREENS)
def test_every_console_screen_passes_in_normal_and_elderly_mode(
    page, client, container, role, path
):
    seed(client, container, path)
    open_as_staff(page, client, container, role, path)
    check_screen(page, elderly=False)
    switch_elderly(page)
    check_screen(page, elderly=True)


def upload_a_bad_file(page) -> None:
    rows = "doc_type,doc_number,sampled_at,result\r\nresident_id,123,2026-11-05,maybe\r\n"
    upload = {"name": "bad.csv", "mimeType": "text/csv", "buffer": rows.encode()}
    page.get_by_test_id("import-form").get_by_label("CSV 文件").set_input_files(upload)
    page.get_by_role("button", name="上传并导入").click()
    expect(page.get_by_test_id("import-errors")).to_be_visible()


def test_a_refused_import_passes_too(page, client, container):
    open_as_staff(page, client, container, "health_authority", "/staff/health_authority/imports")
    upload_a_bad_file(page)
    check_screen(page, elderly=False)
    switch_elderly(page)  # the screen is drawn again, without the last outcome
    upload_a_bad_file(page)
    check_screen(page, elderly=True)


def test_a_one_time_password_and_open_forms_pass_too(page, client, container):
    create_staff(container, "clerk", "clerk-li")
    open_as_staff(page, client, container, "admin", "/staff/admin/staff")
    for elderly in (False, True):
        if elderly:
            switch_elderly(page)
        clerk = page.locator("[data-testid=staff][data-username=clerk-li]")
        confirm(clerk.get_by_role("button", name="重置密码"))
        expect(page.get_by_test_id("one-time-password")).to_be_visible()
        clerk.get_by_role("button", name="修改角色").click()
        check_screen(page, elderly=elderly)


def test_the_console_refusals_pass_too(page, client, container):
    page.goto("/mp/#/staff/admin")
    wait_until_drawn(page)
    check_screen(page, elderly=False)
    open_as_staff(page, client, container, "venue_manager", "/staff/admin")
    switch_elderly(page)
    check_screen(page, elderly=True)
