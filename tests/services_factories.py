"""Factories for the services API tests: residents, items by name, uploads, cases, clerks."""

import io

from PIL import Image

from tests.factories import STAFF_PASSWORD, bearer
from tests.health_code_factories import real_named

SERVICES = "/api/v1/services"
INSTANT = "个人参保证明查询打印"  # human_resources, instant for L2, free
UNEMPLOYMENT = "失业登记"  # instant for adults, issues an employment registration
VISIT = "免费孕前优生健康检查预约"  # health, one booked visit, free, to a clerk
PAID = "居民身份证遗失补领"  # public security, 40 yuan, to a clerk, issues an ID card
L3_ONLY = "居民身份证有效期满换领"


def resident(client, n: int = 0) -> dict:
    """A real-named (L2) resident's Authorization header."""
    return real_named(client, n)


def item(client, name: str) -> dict:
    """Return the catalogue entry with exactly this zh-CN name (found by search)."""
    found = client.get(SERVICES, query_string={"q": name, "limit": 5}).json["items"]
    return next(entry for entry in found if entry["name"]["zh-CN"] == name)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(client, headers, content: bytes | None = None, name: str = "id.png"):
    data = {"file": (io.BytesIO(content if content is not None else png_bytes()), name)}
    return client.post("/api/v1/uploads", data=data, headers=headers)


def uploaded(client, headers) -> str:
    response = upload(client, headers)
    assert response.status_code == 201, response.json
    return response.json["id"]


def application(client, headers, guide: dict, **values) -> dict:
    """A complete application body for a guide: pre-filled values, typed rest, uploads."""
    detail = client.get(f"{SERVICES}/{guide['id']}", headers=headers).json
    body = {entry["field"]: entry["value"] for entry in detail["personal"]["prefilled"]}
    for field in detail["form"]:
        if field["name"] not in body and field["required"]:
            body[field["name"]] = _typed(field)
    body.update(values)
    materials = {
        m["id"]: [uploaded(client, headers)]
        for m in detail["materials"]
        if m["required"] and m.get("upload")
    }
    return {"values": body, "materials": materials}


def _typed(field: dict):
    samples = {
        "date": "2026-01-05",
        "text": "广州市天河区体育西路1号",
        "textarea": "申请说明",
        "number": 1,
        "region": "440106",
        "phone": "13900000000",
        "boolean": True,
    }
    if field["type"] == "select":
        return field["options"][0]["value"]
    return samples[field["type"]]


def submit(client, headers, name: str, key: str | None = None, **values):
    guide = item(client, name)
    body = application(client, headers, guide, **values)
    extra = {"Idempotency-Key": key} if key else {}
    return client.post(
        f"{SERVICES}/{guide['id']}/applications", json=body, headers={**headers, **extra}
    )


def submitted(client, headers, name: str, **values) -> dict:
    response = submit(client, headers, name, **values)
    assert response.status_code == 201, response.json
    return response.json


def clerk(client, container, department: str, username: str | None = None) -> dict:
    """A clerk of a department, logged in; return the Authorization header."""
    username = username or f"clerk-{department}"
    container.staff.create(username, STAFF_PASSWORD, ["clerk"], department=department)
    response = client.post(
        "/api/v1/auth/staff-tokens", json={"username": username, "password": STAFF_PASSWORD}
    )
    assert response.status_code == 201, response.json
    return bearer(response.json["access_token"])


def act(client, headers, case_id: str, action: str, **body):
    return client.post(
        f"/api/v1/workbench/cases/{case_id}/actions",
        json={"action": action, **body},
        headers=headers,
    )
