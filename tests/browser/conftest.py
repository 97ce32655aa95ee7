"""Fixtures for browser tests: the app on a real HTTP port and a phone-sized Chromium."""

import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import WSGIRequestHandler, make_server

# Debian's chromium, which test.sh installs; CHROMIUM names another binary.
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.exists():  # no browser: the browser tests are not collected
    collect_ignore_glob = ["test_*.py"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {
    "viewport": {"width": 375, "height": 812},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "zh-CN",
    "timezone_id": "Asia/Shanghai",
}


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass  # the app's own request log already has every request


@pytest.fixture
def live_server(app):
    """Serve the test app on a free loopback port; return its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    # A short poll keeps shutdown() from waiting half a second per test.
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page_errors():
    """Script errors and console errors (CSP violations among them) seen by the page."""
    return []


@pytest.fixture
def page(browser, live_server, page_errors):
    """A fresh 375×812 phone tab on the live server."""
    context = browser.new_context(base_url=live_server, **PHONE)
    context.set_default_timeout(5000)
    tab = context.new_page()
    tab.on("pageerror", lambda error: page_errors.append(str(error)))
    tab.on("console", lambda message: message.type == "error" and page_errors.append(message.text))
    yield tab
    context.close()
