"""Find services: search, browse, the guide, hot services, favourites and recently used.

Search is one indexed read of at most CANDIDATE_LIMIT candidates (`$in` over the query's
terms) ranked by the engine; browse filters run on compound indexes. The catalogue is
seeded at start from `services.catalogue`, idempotently: an item is written when it is new
or its seed content changed, never over an administrator's edit.
"""

import hashlib
import json
import time

from core.departments import DEPARTMENTS
from core.errors import ServiceError
from services.assurance import step_up_needed
from services.catalogue.themes import THEMES
from services.prefill import gather_certificates, prefill
from services.search import CANDIDATE_LIMIT, rank
from services.search_terms import item_terms, query_terms, search_profile

HOT_CACHE_SECONDS = 60


def stored_form(item: dict) -> dict:
    """Return an item as stored: its search terms, ranking profile and sort key added."""
    profile = search_profile(item)
    return {
        **item,
        "search_terms": item_terms(item),
        "search": profile,
        "sort_name": profile["pinyin"][0] if profile["pinyin"] else item["implementation_code"],
    }


_PREPARED: dict[tuple[str, str], dict] = {}


def _prepared(item: dict, fingerprint: str) -> dict:
    # Terms cost ~1.5 ms an item (pypinyin): compute a seed item once per process.
    key = (item["implementation_code"], fingerprint)
    if key not in _PREPARED:
        _PREPARED[key] = stored_form(item)
    return dict(_PREPARED[key])


def seed_hash(item: dict) -> str:
    """Return a fingerprint of a seed item's content (a changed seed is a new guide version)."""
    text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Catalogue:
    def __init__(self, items, versions, favourites, recent, people, wallet, clock, pending=None):
        self.items, self.versions = items, versions
        self.favourites, self.recent = favourites, recent
        self.people, self.wallet, self.clock = people, wallet, clock
        self._hot = (0.0, [])
        self._pending = pending  # seed items to store on first use (when not seeded at start)

    def ready(self) -> None:
        """Store the seed catalogue now if it was left for the first use (idempotent)."""
        if self._pending is not None:
            self.seed(self._pending)
            self._pending = None

    def seed(self, seed_items: list[dict]) -> int:
        """Store new and changed seed items as guide versions; return how many were written."""
        state = self.items.seed_state()
        now, documents = self.clock(), []
        for item in seed_items:
            fingerprint, stored = seed_hash(item), state.get(item["implementation_code"])
            if stored and (stored.get("edited") or stored.get("seed_hash") == fingerprint):
                continue
            version = (stored or {}).get("guide_version", 0) + 1
            documents.append(
                {
                    **_prepared(item, fingerprint),
                    "seed_hash": fingerprint,
                    "guide_version": version,
                    "status": "published",
                    "published_at": now,
                }
            )
        written = self.items.upsert_seeded(documents)
        self.versions.keep_many(documents, now)
        return written

    def search(self, query: str, filters: dict, limit: int, offset: int):
        """Return (ranked page, total) for a resident's query, filters applied to candidates."""
        self.ready()
        terms = query_terms(query)
        if not terms:
            return [], 0
        candidates = [
            item
            for item in self.items.find_by_terms(terms, CANDIDATE_LIMIT)
            if item.get("status") == "published" and _passes(item, filters)
        ]
        ranked = rank(query, candidates, limit=CANDIDATE_LIMIT)
        page = [{**entry["item"], "match": entry["match"]} for entry in ranked]
        return page[offset : offset + limit], len(ranked)

    def find(self, query: dict):
        """Search when there is text, browse otherwise; answer (items, total)."""
        self.ready()
        filters = _filters(query)
        # Text that normalises to nothing ('.*', '$ne') finds nothing rather than everything.
        if (query.get("q") or "").strip():
            return self.search(query["q"], filters, query["limit"], query["offset"])
        return self.items.browse(_query_of(filters), query["limit"], query["offset"])

    def item(self, item_id) -> dict:
        """Return a published item, or the not-found refusal."""
        self.ready()
        item = self.items.find_by_id(item_id)
        if item is None or item.get("status") != "published":
            raise ServiceError("services.item_not_found", "not_found")
        return item

    def guide(self, item_id, account_id: str | None, dependant_id: str | None = None) -> dict:
        """Return the guide; for a resident, what pre-fill offers and what their wallet covers."""
        item = self.item(item_id)
        if account_id is None:
            return {**item, "personal": None, "favourite": None}
        item = {**item, "favourite": self.favourites.holds(account_id, item["implementation_code"])}
        try:
            applicant = self.people.applicant(account_id, dependant_id)
        except ServiceError as refusal:
            if refusal.key != "identity.needs_real_name":
                raise
            return {**item, "personal": None}  # the guide is there before real name too
        held = gather_certificates(self.wallet, applicant.person_index, item)
        offered = prefill(item, applicant.profile, held)
        self.recent.touch(account_id, item["implementation_code"], self.clock())
        return {**item, "personal": personal_view(item, applicant, offered)}

    def used(self, case: dict) -> None:
        """Count a submission towards hot services and the resident's recently used."""
        self.items.count_use(case["implementation_code"])
        self.recent.touch(case["submitted_by"], case["implementation_code"], self.clock())

    def hot(self, limit: int) -> list[dict]:
        """Return the most used services (cached briefly: the order changes slowly)."""
        self.ready()
        cached_at, items = self._hot
        if time.monotonic() - cached_at > HOT_CACHE_SECONDS or len(items) < limit:
            items = self.items.hot(max(limit, 20))
            self._hot = (time.monotonic(), items)
        return items[:limit]

    def themes(self) -> list[dict]:
        return [{"slug": s, "kind": kind, "name": name} for s, kind, name in THEMES]

    def departments(self) -> list[dict]:
        return [
            {"slug": d.slug, "credit_code": d.credit_code, "name": _names(d)} for d in DEPARTMENTS
        ]

    def add_favourite(self, account_id: str, item_id) -> dict:
        item = self.item(item_id)
        self.favourites.add(account_id, item["implementation_code"], self.clock())
        return item

    def remove_favourite(self, account_id: str, item_id) -> None:
        item = self.items.find_by_id(item_id)
        if item is None or not self.favourites.remove(account_id, item["implementation_code"]):
            raise ServiceError("services.favourite_not_found", "not_found")

    def favourites_of(self, account_id: str, limit: int, offset: int):
        rows, total = self.favourites.page_of_account(account_id, limit, offset)
        return self._in_order([row["implementation_code"] for row in rows]), total

    def recent_of(self, account_id: str, limit: int, offset: int):
        codes = self.recent.codes(account_id)
        return self._in_order(codes[offset : offset + limit]), len(codes)

    def _in_order(self, codes: list[str]) -> list[dict]:
        found = {item["implementation_code"]: item for item in self.items.by_codes(codes)}
        return [found[code] for code in codes if code in found]


def personal_view(item: dict, applicant, offered: dict) -> dict:
    """Shape what pre-fill offers a resident: values with sources, covered materials."""
    return {
        "applicant": applicant.masked_name,
        "agent": applicant.agent,
        "prefilled": [
            {"field": name, "value": value, "source": offered["sources"][name]}
            for name, value in offered["values"].items()
        ],
        "materials_covered": [
            {"material": mid, **covered} for mid, covered in offered["materials"].items()
        ],
        "step_up": step_up_needed(item, applicant.level),
    }


def _filters(query: dict) -> dict:
    keys = ("department", "theme", "life_event", "region", "zero_visit")
    return {key: query[key] for key in keys if query.get(key) not in (None, "")}


def _passes(item: dict, filters: dict) -> bool:
    query = _query_of(filters)
    for key, wanted in query.items():
        value = item.get(key)
        if isinstance(wanted, dict):  # {"$in": [...]} or {"$all": [...]}
            values = set(value if isinstance(value, list) else [value])
            if "$in" in wanted and not values & set(wanted["$in"]):
                return False
            if "$all" in wanted and not set(wanted["$all"]) <= values:
                return False
        elif isinstance(value, list):
            if wanted not in value:
                return False
        elif value != wanted:
            return False
    return True


def _query_of(filters: dict) -> dict:
    """Turn API filters into a stored-field query (the repository adds the status)."""
    query = {}
    if "department" in filters:
        query["department"] = filters["department"]
    themes = [filters[key] for key in ("theme", "life_event") if key in filters]
    if themes:
        query["themes"] = themes[0] if len(themes) == 1 else {"$all": themes}
    if "region" in filters:
        # A province-wide service serves every city; a city's own only that city.
        query["region"] = {"$in": sorted({filters["region"], "440000"})}
    if filters.get("zero_visit"):
        query["visits"] = 0
    return query


def _names(department) -> dict:
    return {lang: department.name(lang) for lang in ("zh-CN", "zh-HK", "en")}
