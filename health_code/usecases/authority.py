"""What the health authority decides: risk areas, bulk imports of facts, manual colours."""

from health_code.usecases.imports import import_batch


class AuthorityService:
    def __init__(self, records, risk_areas, colours, facts, person_index_of, clock):
        self.records, self.risk_areas, self.colours = records, risk_areas, colours
        self.facts, self.clock = facts, clock
        # (doc_type, doc_number) -> the person's index, the same for every source of facts
        self.person_index_of = person_index_of

    def import_rows(self, kind: str, rows: list[dict]) -> dict:
        """Group validated rows by person and apply them all in one transaction."""
        by_person: dict[str, list[dict]] = {}
        imported_at = self.clock()
        for row in rows:
            person = self.person_index_of(row["doc_type"], row["doc_number"])
            fact = {k: v for k, v in row.items() if k not in ("doc_type", "doc_number")}
            by_person.setdefault(person, []).append({**fact, "imported_at": imported_at})
        import_batch(self.records, self.risk_areas, kind, by_person, self.clock())
        return {"applied": len(rows), "people": len(by_person)}

    def publish_risk_area(self, area: dict, published_by: str) -> dict:
        """Publish a risk area and re-assess everyone who declared travel there."""
        area = {**area, "published_by": published_by, "published_at": self.clock()}
        self.risk_areas.insert(area)
        return {**area, "travellers_reassessed": self.reassess_travellers(area["region_code"])}

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
