"""Steps the services browser tests share: a seeded clerk on the tab, items by name, a PNG."""

import io

from PIL import Image

from app.seed_services import seed_clerks
from tests.browser.consoles import staff_tokens
from tests.browser.journeys import TOKENS_KEY, wait_until_drawn
from tests.factories import STAFF_PASSWORD

VISIT = "免费孕前优生健康检查预约"  # health: to a clerk, one upload, a typed date
UNEMPLOYMENT = "失业登记"  # instant for adults; issues an employment registration


def service_id(client, name: str) -> str:
    """The id of the catalogue entry with exactly this zh-CN name."""
    found = client.get("/api/v1/services", query_string={"q": name, "limit": 5}).json["items"]
    return next(item["id"] for item in found if item["name"]["zh-CN"] == name)


def png_file(name: str = "身份证.png") -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return {"name": name, "mimeType": "image/png", "buffer": buffer.getvalue()}


def open_as_clerk(page, client, container, department: str, path: str) -> None:
    """Seed the department clerks as app.seed does; log clerk-<department> in on the tab."""
    seed_clerks(container, STAFF_PASSWORD)
    pair = staff_tokens(client, f"clerk-{department}")
    stored = {"access": pair["access_token"], "refresh": pair["refresh_token"]}
    page.evaluate(
        "([key, value]) => sessionStorage.setItem(key, JSON.stringify(value))", [TOKENS_KEY, stored]
    )
    page.goto(f"/mp/#{path}")
    wait_until_drawn(page)
