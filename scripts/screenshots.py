"""Regenerate the README's screenshots: phone-sized PNGs (375×812, scale 1) in docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--only NAME ...]

It starts the app on an in-memory SecantusDB with the demo data and a few venues, appeals
and risk areas, opens each screen in Debian's chromium as the person who uses it (a resident
or a staff member, logged in as the app's login screens would) and saves what the phone shows.
The PNGs are reduced to 256 colours, which keeps them small and the text sharp.
"""

import argparse
import io
import os
import sys
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PIL import Image
from werkzeug.serving import WSGIRequestHandler, make_server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accounts.audit import Actor  # noqa: E402
from app import create_app  # noqa: E402
from app.embedded_db import EmbeddedDatabase  # noqa: E402
from app.seed import DEMO_PHONE, seed_demo  # noqa: E402
from identity.documents import mod11_2_check_char  # noqa: E402

PASSWORD = "screenshot demo password"
APPELLANT_PHONE = "13800000002"
SEED = Actor(kind="system", id="screenshots")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
PHONE = {"width": 375, "height": 812}


def person(first17: str, right: bool = True) -> str:
    """A resident ID number with its check character (or, with right=False, a wrong one)."""
    check = mod11_2_check_char(first17)
    return first17 + (check if right else next(c for c in "10X98765432" if c != check))


def bad_import() -> bytes:
    """A file of test results with a mistyped ID number on row 3 and a bad result on row 4."""
    rows = [
        "doc_type,doc_number,sampled_at,result",
        f"resident_id,{person('44010619850312201')},2026-11-05 08:30,negative",
        f"resident_id,{person('44010619790721302', right=False)},2026-11-05 08:40,negative",
        f"resident_id,{person('44010620010105403')},2026-11-05 08:45,阴性",
    ]
    return "\r\n".join([*rows, ""]).encode()


@dataclass(frozen=True)
class Shot:
    name: str
    who: str  # "resident" or a staff role (the demo account of that role)
    path: str
    language: str = "zh-CN"
    elderly: bool = False
    then: str = ""  # what to do on the screen before the picture (see act)


SHOTS = [
    Shot("resident-code", "resident", "/health-code"),
    Shot("resident-code-elderly", "resident", "/health-code", elderly=True),
    Shot("resident-home-en", "resident", "/", language="en"),
    Shot("console-venues", "venue_manager", "/staff/venue_manager"),
    Shot("console-authority", "health_authority", "/staff/health_authority"),
    Shot(
        "console-import-refused",
        "health_authority",
        "/staff/health_authority/imports",
        then="bad-import",
    ),
    Shot("console-staff-en", "admin", "/staff/admin/staff", language="en"),
    Shot("wallet", "resident", "/wallet"),
    Shot("wallet-show-qr", "resident", "/wallet", then="show-licence"),
    Shot("verifier-result", "verifier", "/staff/verifier", then="verify-licence"),
    Shot("services-home", "resident", "/services"),
    Shot("services-guide", "resident", "/services/guide?id={visit_service}"),
    Shot("services-case-timeline", "resident", "/cases/detail?id={completed_case}"),
    # The checkpoint scanner's result screens (green, refused) join these with the scanner.
]


class Quiet(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass


def seed(app) -> None:
    """Demo accounts, two venues with check-ins, an open appeal, risk areas, a code card."""
    container, client = app.extensions["container"], app.test_client()
    seed_demo(container, PASSWORD)
    resident = bearer(resident_tokens(client))
    appellant = bearer(resident_tokens(client, APPELLANT_PHONE))
    document = {"doc_type": "resident_id", "doc_number": person("44010619880808123")}
    client.post("/api/v1/me/real-name", json={**document, "name": "李华"}, headers=appellant)
    now = container.authority.clock()
    venues = [
        {"name": "天河城购物中心", "region_code": "440106", "address": "天河路208号"},
        {"name": "东门农贸市场", "region_code": "440303", "address": "东门中路1号"},
    ]
    made = [
        container.venues.register("venue_manager", {**venue, "type": kind})
        for venue, kind in zip(venues, ("mall", "market"), strict=True)
    ]
    client.post("/api/v1/venue-checkins", json={"venue_token": made[0]["token"]}, headers=resident)
    client.post("/api/v1/health-code/declarations", json={"symptoms": True}, headers=appellant)
    appeal = {"reason": "花粉过敏，没有发热，昨天核酸阴性"}
    client.post("/api/v1/health-code/appeals", json=appeal, headers=appellant)
    area = {"region_code": "440106", "name": "天河路商圈", "level": "medium"}
    container.authority.publish_risk_area({**area, "start": now - timedelta(days=2)}, SEED)
    card = {"doc_type": "resident_id", "doc_number": person("44010619500101777"), "name": "黄大伯"}
    client.post(
        "/api/v1/code-cards", json=card, headers=bearer(staff_tokens(client, "health_authority"))
    )


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


def resident_tokens(client, phone: str = DEMO_PHONE) -> dict:
    """Log a resident in by SMS and agree to the privacy notice, as the login screen does."""
    client.post("/api/v1/auth/sms-codes", json={"phone": phone})
    code = client.get("/api/v1/dev/sms-outbox", query_string={"phone": phone}).json["code"]
    pair = client.post("/api/v1/auth/tokens", json={"phone": phone, "code": code}).json
    version = client.get("/api/v1/privacy-notice").json["version"]
    agreement = {"version": version}
    client.put("/api/v1/me/consents/privacy_notice", json=agreement, headers=bearer(pair))
    return pair


def staff_tokens(client, role: str) -> dict:
    body = {"username": role, "password": PASSWORD}
    return client.post("/api/v1/auth/staff-tokens", json=body).json


def tokens_for(app, who: str) -> dict:
    client = app.test_client()
    pair = resident_tokens(client) if who == "resident" else staff_tokens(client, who)
    return {"access": pair["access_token"], "refresh": pair["refresh_token"]}


def presented_licence(app) -> str:
    """The demo driving licence shown to the demo bank counter, name only; return the token."""
    client = app.test_client()
    resident = bearer(resident_tokens(client))
    listed = client.get("/api/v1/wallet/certificates", headers=resident).json["items"]
    licence = next(item for item in listed if item["type"] == "driving_licence")
    bank = client.get("/api/v1/wallet/verifiers", headers=resident).json["items"][0]
    body = {"verifier_id": bank["id"], "purpose": "identity_check", "disclose": ["holder_name"]}
    url = f"/api/v1/wallet/certificates/{licence['id']}/presentations"
    return client.post(url, json=body, headers=resident).json["token"]


def act(page, then: str, app) -> None:
    """Bring the screen to the state the picture shows."""
    if then == "show-licence":
        page.locator("[data-testid=certificate][data-type=driving_licence]").click()
        page.get_by_role("link", name="亮证").click()
        page.get_by_role("radio", name="核验身份").check()
        page.get_by_role("checkbox", name="年满18周岁").uncheck()
        page.get_by_role("button", name="同意并出示").click()
        page.get_by_test_id("presentation-qr").wait_for()
    if then == "verify-licence":
        page.get_by_test_id("presentation-input").fill(presented_licence(app))
        page.get_by_role("button", name="核验", exact=True).click()
        page.get_by_test_id("verify-result").wait_for()
        page.get_by_test_id("verify-result").evaluate("(panel) => panel.scrollIntoView()")
    if then == "bad-import":
        upload = {"name": "核酸结果.csv", "mimeType": "text/csv", "buffer": bad_import()}
        page.get_by_test_id("import-form").locator("input[type=file]").set_input_files(upload)
        page.get_by_test_id("import-form").locator("button[type=submit]").click()
        page.get_by_test_id("import-errors").wait_for()
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")


def placeholders(app, tokens: dict) -> dict:
    """Ids the services shots open: a guide, and the demo resident's case a clerk completed."""
    client = app.test_client()
    found = client.get("/api/v1/services", query_string={"q": "免费孕前优生健康检查预约"}).json
    mine = {"Authorization": f"Bearer {tokens['access']}"}
    cases = client.get("/api/v1/cases", headers=mine).json["items"]
    completed = next(case for case in cases if not case["instant"]["instant"])
    return {"visit_service": found["items"][0]["id"], "completed_case": completed["id"]}


def take(browser, base: str, app, shot: Shot, out: Path) -> Path:
    context = browser.new_context(
        base_url=base,
        viewport=PHONE,
        device_scale_factor=1,
        is_mobile=True,
        has_touch=True,
        locale=shot.language,
        timezone_id="Asia/Shanghai",
    )
    page = context.new_page()
    tokens = tokens_for(app, shot.who)
    path = shot.path.format(**placeholders(app, tokens)) if "{" in shot.path else shot.path
    page.goto("/mp/")
    page.evaluate(
        "([tokens, prefs]) => {"
        " sessionStorage.setItem('shengshi.tokens', JSON.stringify(tokens));"
        " localStorage.setItem('shengshi.prefs', JSON.stringify(prefs)); }",
        [tokens, {"language": shot.language, "elderly": shot.elderly}],
    )
    page.goto(f"/mp/#{path}")
    page.reload()
    page.locator("main[aria-busy=false] .page > *").first.wait_for()
    if path == "/health-code":
        page.wait_for_function(
            "() => document.querySelector('[data-testid=code-card]')?.dataset.state === 'live'"
        )
    act(page, shot.then, app)
    page.wait_for_timeout(300)  # the last toast or spinner settles
    target = out / f"{shot.name}.png"
    small = Image.open(io.BytesIO(page.screenshot())).convert("RGB").quantize(256)
    small.save(target, optimize=True)
    context.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs="*", help="names of the shots to take (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    database = EmbeddedDatabase(":memory:").start()
    settings = {"APP_ENV": "testing", "LOG_LEVEL": "WARNING", "SMS_RESEND_SECONDS": 0}
    app = create_app({**settings, "MONGODB_URI": database.uri, "MONGODB_DB": "screenshots"})
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        seed(app)
        base = f"http://127.0.0.1:{server.server_port}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=CHROMIUM_ARGS
            )
            for shot in SHOTS:
                if not args.only or shot.name in args.only:
                    path = take(browser, base, app, shot, args.out)
                    print(f"{path}  {path.stat().st_size // 1024} KB")
            browser.close()
    finally:
        server.shutdown()
        database.stop()


if __name__ == "__main__":
    main()
