"""The current colour of a person: the one operation showing a code and scanning one share.

A stored assessment is reused until the rules say it goes stale (a test result ageing out,
an isolation ending) or the ruleset changes; only then are the facts evaluated again.
"""

from health_code.rules.records import assess_record
from health_code.rules.ruleset import RULESET


class LiveColours:
    def __init__(self, records, risk_areas, clock):
        self.records, self.risk_areas, self.clock = records, risk_areas, clock

    def assessment(self, record: dict) -> dict:
        """Return the record's assessment, re-evaluating it first if it is stale."""
        stored, now = record.get("assessment"), self.clock()
        if (
            stored
            and stored["ruleset_version"] == RULESET.version
            and (stored["stale_at"] is None or now < stored["stale_at"])
        ):
            return stored
        return self.reassess(record)

    def reassess(self, record: dict, session=None) -> dict:
        """Evaluate the rules over the record's facts and store the result."""
        regions = record.get("travel_regions") or []
        areas = self.risk_areas.covering(regions) if regions else []
        document, history = assess_record(record, areas, self.clock())
        self.records.save_assessment(record["_id"], document, history, session=session)
        # Mirror the write, so callers holding this record (history()) see the change.
        record["assessment"] = document
        if history:
            record.setdefault("history", []).append(history)
        return document

    def of_subject(self, subject_id: str) -> str | None:
        """Return the live colour of the person a code's subject id names, or None if unknown."""
        record = self.records.find_by_subject(subject_id)
        return record and self.assessment(record)["colour"]

    def of_person(self, person_index: str) -> str | None:
        """Return the live colour of a person by their index, or None if they have no record."""
        record = self.records.find(person_index)
        return record and self.assessment(record)["colour"]
