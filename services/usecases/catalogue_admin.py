"""Administrators maintain the catalogue: edit a guide (a new version), publish, withdraw.

An edited guide is checked with the same rules as the seed (`item_problems`) before it is
stored; the version it replaces is kept, and a case records the version it was made under.
Edits name the version they start from, so two administrators cannot overwrite each other.
"""

from core.errors import Details, ServiceError
from services.catalogue.checks import item_problems
from services.usecases.catalogue import stored_form
from services.usecases.reasons import as_key

EDITABLE = (
    "name",
    "keywords",
    "themes",
    "conditions",
    "materials",
    "time_limits",
    "fee_fen",
    "visits",
    "online_depth",
    "instant",
    "appointment",
    "delivery",
    "min_level",
    "form",
    "service_object",
)
EDITED_EVENT = "catalogue.item_edited"
PUBLISHED_EVENT = "catalogue.item_published"
WITHDRAWN_EVENT = "catalogue.item_withdrawn"
_STATUS_EVENTS = {"published": PUBLISHED_EVENT, "withdrawn": WITHDRAWN_EVENT}
_INTERNAL = ("_id", "search_terms", "search", "sort_name", "uses", "status", "guide_version")


class CatalogueAdmin:
    def __init__(self, items, versions, audit, clock, ready=lambda: None):
        self.items, self.versions, self.audit, self.clock = items, versions, audit, clock
        self.ready = ready  # the catalogue's seeding, when it waits for the first use

    def edit(self, item_id, base_version: int, changes: dict, actor) -> dict:
        """Store a new guide version of an item after checking it as the seed is checked."""
        self.ready()
        current = self._item(item_id)
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise ServiceError(
                "services.item_field_fixed",
                "invalid",
                errors={f: [as_key("fixed")] for f in unknown},
            )
        merged = {k: v for k, v in current.items() if k not in _INTERNAL}
        merged = {key: merged.get(key) for key in _NATIONAL_FIELDS} | changes
        problems = item_problems(merged)
        if problems:
            raise ServiceError(
                "services.item_invalid", "invalid", errors=Details({"item": problems[:20]})
            )
        stored = stored_form(merged)
        updated = self.items.replace_guide(item_id, base_version, _without_code(stored))
        if updated is None:
            raise ServiceError("services.item_version_moved", "conflict", version=base_version)
        self.versions.keep(updated, self.clock())
        self._audit(EDITED_EVENT, actor, updated, version=updated["guide_version"])
        return updated

    def publish(self, item_id, actor) -> dict:
        return self._status(item_id, "published", actor)

    def withdraw(self, item_id, actor) -> dict:
        return self._status(item_id, "withdrawn", actor)

    def list(self, status: str | None, limit: int, offset: int):
        self.ready()
        return self.items.admin_page(status, limit, offset)

    def versions_of(self, item_id, limit: int, offset: int):
        item = self._item(item_id)
        return self.versions.page_of(item["implementation_code"], limit, offset)

    def _status(self, item_id, status: str, actor) -> dict:
        self.ready()
        self._item(item_id)
        updated = self.items.set_status(item_id, status, self.clock())
        self._audit(_STATUS_EVENTS[status], actor, updated)
        return updated

    def _item(self, item_id) -> dict:
        item = self.items.find_by_id(item_id)
        if item is None:
            raise ServiceError("services.item_not_found", "not_found")
        return item

    def _audit(self, event: str, actor, item: dict, **details) -> None:
        self.audit.record(event, "ok", actor, subject=item["implementation_code"], **details)


_NATIONAL_FIELDS = (
    "implementation_code",
    "basic_code",
    "item_type",
    "department",
    "department_code",
    "region",
    "result_certificate",
    *EDITABLE,
)


def _without_code(stored: dict) -> dict:
    return {k: v for k, v in stored.items() if k != "implementation_code"}
