"""Accessibility of every screen reachable from home, in normal and elderly mode.

axe-core (vendored) must find no serious or critical violation, text contrast included; touch
targets must measure at least 44 px (60 px in elderly mode) and text at least 18 px in elderly
mode, as rendered.
"""

from pathlib import Path

import pytest

from tests.browser.journeys import (
    SCREENS,
    drawn_qr,
    open_logged_in,
    seed_demo_resident,
    wait_until_drawn,
)

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

AXE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text()
NORMAL_TARGET, ELDERLY_TARGET, ELDERLY_TEXT = 44, 60, 18

SMALL_TARGETS = """min => {
  const controls = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button]';
  const shown = [...document.querySelectorAll(controls)].filter((el) => el.checkVisibility());
  return shown.flatMap((el) => {
    // A checkbox or radio is tapped through its label, which is the target a finger meets.
    const target = (el.matches('[type=checkbox], [type=radio]') && el.closest('label')) || el;
    const box = target.getBoundingClientRect();
    const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
    const small = box.width + 0.5 < min || box.height + 0.5 < min;
    return small ? [`${size} ${target.outerHTML.slice(0, 90)}`] : [];
  });
}"""

SMALL_TEXT = """min => {
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const element = walker.currentNode.parentElement;
    if (!text || !element.checkVisibility()) continue;
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size + 0.01 < min) small.push(`${size}px: ${text.slice(0, 30)}`);
  }
  return small;
}"""

HEADING_LEVELS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName[1]))"""


def headings_skip(levels: list[int]) -> bool:
    """Tell whether headings start below h1 or jump down more than one level."""
    steps = zip(levels, levels[1:], strict=False)
    return not levels or levels[0] != 1 or any(b > a + 1 for a, b in steps)


def serious_violations(page) -> list[str]:
    """Run axe-core on the page; return its serious and critical violations, one line each."""
    if not page.evaluate("() => Boolean(window.axe)"):
        page.evaluate(AXE)
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {node['html'][:100]} {node.get('failureSummary', '')[:160]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
        for node in v["nodes"]
    ]


def switch_elderly(page) -> None:
    """Turn elderly mode on through the app's own preferences, which redraws the screen."""
    page.evaluate(
        "() => import('/mp/js/store.js').then((store) => store.setPrefs({elderly: true}))"
    )
    page.wait_for_function("() => document.documentElement.classList.contains('elderly')")
    wait_until_drawn(page)


def check_screen(page, elderly: bool) -> None:
    assert serious_violations(page) == []
    assert not headings_skip(page.evaluate(HEADING_LEVELS))
    target = ELDERLY_TARGET if elderly else NORMAL_TARGET
    assert page.evaluate(SMALL_TARGETS, target) == []
    if elderly:
        assert page.evaluate(SMALL_TEXT, ELDERLY_TEXT) == []


@pytest.mark.parametrize("path", SCREENS)
def test_every_screen_passes_in_normal_and_elderly_mode(page, client, container, path):
    seed_demo_resident(container)
    open_logged_in(page, client, path)
    wait_until_drawn(page)
    if path == "/health-code":
        drawn_qr(page)
    check_screen(page, elderly=False)
    switch_elderly(page)
    check_screen(page, elderly=True)


def recolour_the_code(page, colour: str) -> None:
    """Answer the code's JSON in another colour (the token stays valid; only the screen changes)."""

    def answer(route):
        response = route.fetch()
        route.fulfill(response=response, json={**response.json(), "colour": colour})

    page.route("**/api/v1/health-code", answer)


@pytest.mark.parametrize("colour", ["green", "yellow", "red"])
def test_each_code_colour_keeps_its_text_readable_and_named(page, client, container, colour):
    seed_demo_resident(container)
    recolour_the_code(page, colour)
    open_logged_in(page, client, "/health-code")
    drawn_qr(page)
    words = {"green": "绿码", "yellow": "黄码", "red": "红码"}[colour]
    expect(page.get_by_test_id("banner")).to_contain_text(words)  # never the colour alone
    check_screen(page, elderly=False)
    switch_elderly(page)
    drawn_qr(page)
    check_screen(page, elderly=True)


def test_an_expired_offline_code_and_a_refused_form_pass_too(page, client, container):
    seed_demo_resident(container)
    page.clock.install()
    open_logged_in(page, client, "/health-code")
    drawn_qr(page)
    page.context.set_offline(True)
    page.clock.run_for((client.application.config["HEALTH_CODE_TOKEN_SECONDS"] + 1) * 1000)
    expect(page.get_by_test_id("code-card")).to_have_attribute("data-state", "stale")
    check_screen(page, elderly=False)
    page.context.set_offline(False)
    page.evaluate("location.hash = '#/health-code/declare'")
    wait_until_drawn(page)
    page.get_by_role("button", name="＋ 添加旅居地").click()
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("error-summary")).to_be_visible()
    check_screen(page, elderly=False)


def test_the_checks_find_what_they_look_for(page):
    page.goto("/mp/#/services")
    wait_until_drawn(page)
    page.evaluate(
        """() => {
          const card = document.querySelector('main .page');
          const faint = Object.assign(document.createElement('p'), {textContent: '浅色文字'});
          faint.style.cssText = 'color: #bbb; font-size: 12px';
          const tiny = Object.assign(document.createElement('button'), {textContent: 'x'});
          tiny.style.cssText = 'width: 20px; height: 20px; padding: 0';
          card.append(faint, tiny, document.createElement('select'));
        }"""
    )
    assert any(line.startswith("color-contrast") for line in serious_violations(page))
    assert any(line.startswith("select-name") for line in serious_violations(page))
    assert any("20x20" in line for line in page.evaluate(SMALL_TARGETS, NORMAL_TARGET))
    assert any("浅色文字" in line for line in page.evaluate(SMALL_TEXT, ELDERLY_TEXT))
    assert not headings_skip(page.evaluate(HEADING_LEVELS))
    page.evaluate("() => document.querySelector('main').append(document.createElement('h4'))")
    page.locator("main h4").evaluate("h => (h.textContent = '跳级标题')")
    assert headings_skip(page.evaluate(HEADING_LEVELS))


def test_the_privacy_notice_passes_before_logging_in_too(page):
    page.goto("/mp/#/privacy")
    wait_until_drawn(page)
    expect(page.get_by_test_id("notice-full")).to_be_visible()
    check_screen(page, elderly=False)
    switch_elderly(page)
    check_screen(page, elderly=True)
