"""Demo data of services: a clerk per main department and finished cases of the demo resident."""

import io

from PIL import Image

from core.errors import ServiceError

# The demo `clerk` works in human resources (社保); each main department has its own too.
CLERK_DEPARTMENT = "human_resources"
MAIN_DEPARTMENTS = (
    "public_security",
    "traffic_police",
    "exit_entry",
    "human_resources",
    "housing_fund",
    "civil_affairs",
    "health",
    "education",
    "taxation",
    "medical_insurance",
)
# (service name, what the department does): instant, then one a clerk completed.
DEMO_CASES = (
    ("个人参保证明查询打印", None),
    ("免费孕前优生健康检查预约", "approved"),
)
TYPED = {"date": "2026-01-05", "text": "广州市天河区体育西路1号", "region": "440106"}


def seed_clerks(container, password: str) -> list[str]:
    """Create the department clerks that are missing; return what was created."""
    created = []
    for slug in MAIN_DEPARTMENTS:
        try:
            container.staff.create(
                f"clerk-{slug}", password, ["clerk"], f"演示 {slug} 窗口", department=slug
            )
            created.append(f"staff clerk-{slug} ({slug})")
        except ServiceError:
            pass
    return created


def seed_cases(container, account_id: str) -> list[str]:
    """Give the demo resident finished cases, unless they already have cases."""
    if container.my_cases.list(account_id, 1, 0)[1]:
        return []
    made = []
    for index, (name, outcome) in enumerate(DEMO_CASES):
        found, _total = container.catalogue.search(name, {}, 1, 0)
        item = found[0]
        body = _body(container, account_id, item)
        case = container.applying.submit(account_id, item["_id"], body, f"demo-case-{index}")
        if outcome and case["status"] == 1:
            clerk = f"clerk-{item['department']}"
            container.workbench.act(clerk, case["_id"], {"action": "accept"})
            container.workbench.act(clerk, case["_id"], {"action": "complete", "outcome": outcome})
        made.append(f"case {case['number']} ({name})")
    return made


def _body(container, account_id: str, item: dict) -> dict:
    guide = container.catalogue.guide(item["_id"], account_id)
    values = {entry["field"]: entry["value"] for entry in guide["personal"]["prefilled"]}
    for field in guide["form"]:
        if field["required"] and field["name"] not in values:
            values[field["name"]] = TYPED.get(field["type"], "演示")
    materials = {}
    for material in guide["materials"]:
        if material["required"] and material.get("upload"):
            stored = container.uploads.store(account_id, f"{material['id']}.png", _png())
            materials[material["id"]] = [str(stored["_id"])]
    return {"values": values, "materials": materials}


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()
