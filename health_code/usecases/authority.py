"""What the health authority decides: risk areas, bulk imports of facts, manual colours."""

from core.errors import ServiceError
from health_code.usecases.imports import import_batch


class AuthorityService:
    def __init__(self, records, risk_areas, colours, facts, person_index_of, audit, clock):
        self.records, self.risk_areas, self.colours = records, risk_areas, colours
        self.facts, self.audit, self.clock = facts, audit, clock
        # (doc_type, doc_number) -> the person's index, the same for every source of facts
        self.person_index_of = person_index_of

    def import_rows(self, kind: str, rows: list[dict], actor) -> dict:
        """Group validated rows by person and apply them all in one transaction."""
        by_person: dict[str, list[dict]] = {}
        imported_at = self.clock()
        for row in rows:
            person = self.person_index_of(row["doc_type"], row["doc_number"])
            fact = {k: v for k, v in row.items() if k not in ("doc_type", "doc_number")}
            by_person.setdefault(person, []).append({**fact, "imported_at": imported_at})
        import_batch(self.records, self.risk_areas, kind, by_person, self.clock())
        report = {"applied": len(rows), "people": len(by_person)}
        self.audit.record("authority.imported", "ok", actor, subject=f"import:{kind}", **report)
        return report

    def publish_risk_area(self, area: dict, actor) -> dict:
        """Publish a risk area and re-assess everyone who declared travel there."""
        area = {**area, "published_by": actor.id, "published_at": self.clock()}
        self.risk_areas.insert(area)
        self.audit.record(
            "risk_area.published",
            "ok",
            actor,
            subject=f"risk_area:{area['_id']}",
            region_code=area["region_code"],
            level=area["level"],
        )
        return {**area, "travellers_reassessed": self.reassess_travellers(area["region_code"])}

    def end_risk_area(self, area_id, end, actor) -> dict:
        """End a risk area at `end` (now when None) and re-assess everyone who went there.

        An end in the past corrects an area left in force too long; one in the future
        schedules it. An area that has already ended is refused.
        """
        now = self.clock()
        end = end or now
        area = self.risk_areas.find(area_id)
        if area is None:
            raise ServiceError("risk_area.not_found", "not_found")
        if end <= area["start"]:
            raise ServiceError(
                "request.invalid", "invalid", errors={"end": ["field.end_before_start"]}
            )
        ended = self.risk_areas.end(area["_id"], end, actor.id, now)
        if ended is None:
            raise ServiceError("risk_area.already_ended", "conflict")
        self.audit.record(
            "risk_area.ended",
            "ok",
            actor,
            subject=f"risk_area:{area_id}",
            region_code=area["region_code"],
            end=end.isoformat(),
        )
        return {**ended, "travellers_reassessed": self.reassess_travellers(area["region_code"])}

    def risk_areas_recent(self, limit: int, offset: int = 0) -> tuple[list[dict], int]:
        """Return the published risk areas, newest first, and how many there are."""
        return self.risk_areas.list_recent(limit, offset), self.risk_areas.count()

    def set_manual_colour(self, doc_type: str, doc_number: str, override: dict, set_by: str):
        """Set a person's colour by the authority's decision, with its reason."""
        person = self.person_index_of(doc_type, doc_number)
        fact = {**override, "set_at": self.clock(), "set_by": set_by}
        return self.facts.add(person, "overrides", [fact])["assessment"]

    def reassess_travellers(self, region_code: str) -> int:
        """Re-assess everyone who declared travel to a region a new risk area covers."""
        travellers = self.records.travelled_to(region_code)
        for record in travellers:
            self.colours.reassess(record)
        return len(travellers)
