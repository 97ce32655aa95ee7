"""A generated catalogue for the bench: every city's implementation of 1,200 services.

1,200 services are made from the 146 seeded ones and variants of each (变更, 注销, 补办 …),
each implemented by the 21 prefecture-level cities: 25,200 items, of which the first
25,000 are stored. Generated for the bench only; nothing here reaches the app or the tests.
"""

import copy

from services import all_items
from services.catalogue.build import REGIONS
from services.usecases.catalogue import stored_form

VARIANTS = ("", "变更", "注销", "补办", "延续", "迁移", "查询", "更正", "预约")
SERVICES = 1200
ITEMS = 25_000
CITIES = tuple(code for code in REGIONS if code != "440000")


def generated_services() -> list[dict]:
    """Return 1,200 services as stored (terms computed once per service, not per city)."""
    seeds, made = all_items(), []
    for variant in VARIANTS:
        for seed in seeds:
            if len(made) == SERVICES:
                return made
            item = copy.deepcopy(seed)
            if variant:
                for language in ("zh-CN", "zh-HK"):
                    item["name"][language] += f"（{variant}）"
                item["name"]["en"] += f" ({variant})"
            item["bench_service"] = len(made)
            made.append(stored_form(item))
    return made


def generated_items(limit: int = ITEMS):
    """Yield every city's implementation of each service, up to limit items."""
    services, count = generated_services(), 0
    for city in CITIES:
        for service in services:
            if count == limit:
                return
            count += 1
            code = f"G{service['bench_service']:05d}{city}{service['department_code']}"
            yield {
                **service,
                "implementation_code": code,
                "region": city,
                "status": "published",
                "guide_version": 1,
                "uses": 0,
            }


def store(db, limit: int = ITEMS, batch: int = 1000) -> int:
    """Insert the generated catalogue into a bench database; return how many items."""
    pending, stored = [], 0
    for item in generated_items(limit):
        pending.append(item)
        if len(pending) == batch:
            db.service_items.insert_many(pending, ordered=False)
            stored, pending = stored + len(pending), []
    if pending:
        db.service_items.insert_many(pending, ordered=False)
        stored += len(pending)
    return stored
