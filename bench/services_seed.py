"""Seeding for the services targets: a real-named resident's upload and application body.

With `--services-catalogue generated`, the bench database also gets the 25,000-item
catalogue of bench/services_catalogue.py before anything is measured.
"""

import io
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlencode

from bson import Binary, ObjectId
from PIL import Image

from bench import services_catalogue
from bench.targets import BenchContext
from models.service_items import ServiceItemRepository

VISIT = "免费孕前优生健康检查预约"  # free, to a clerk: every submit makes a case


def seed_services(sender, ctx: BenchContext, db, generated: bool) -> BenchContext:
    """Store the generated catalogue if asked; prepare a submission; return the context."""
    items = 0
    if generated:
        # Indexing after the insert is faster on SecantusDB than item by item.
        db.service_items.drop_index("search_terms")
        items = services_catalogue.store(db)
        ServiceItemRepository.ensure_indexes(db)
    resident = {"Authorization": f"Bearer {ctx.access_token}"}
    found = _expect(sender("GET", "/api/v1/services?" + urlencode({"q": VISIT}), None, resident))
    item = next(entry for entry in found["items"] if entry["name"]["zh-CN"] == VISIT)
    guide = _expect(sender("GET", f"/api/v1/services/{item['id']}", None, resident))
    values = {entry["field"]: entry["value"] for entry in guide["personal"]["prefilled"]}
    values["preferred_date"] = "2026-03-02"
    upload = _upload(db, ctx.account_id)
    body = {"values": values, "materials": {"resident_id_card": [upload]}}
    extras = {"services_item": item["id"], "services_body": body, "catalogue_items": items}
    return replace(ctx, extras={**ctx.extras, **extras})


def _upload(db, account_id: str) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    content = buffer.getvalue()
    upload_id = ObjectId()
    db.uploads.insert_one(
        {
            "_id": upload_id,
            "account_id": account_id,
            "filename": "id.png",
            "file_type": "png",
            "media_type": "image/png",
            "size": len(content),
            "content": Binary(content),
            "case_id": None,
            "created_at": datetime.now(UTC),
        }
    )
    return str(upload_id)


def _expect(reply) -> dict:
    if reply[0] != 200:
        raise RuntimeError(f"services seeding got HTTP {reply[0]}: {reply[1]}")
    return reply[1]
