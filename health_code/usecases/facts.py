"""Append facts (declarations, test results, decisions …) to a person's record and re-assess."""

from health_code.rules.facts import covering_codes
from health_code.rules.records import new_subject_id


class FactLog:
    def __init__(self, records, colours, clock):
        self.records, self.colours, self.clock = records, colours, clock

    def add(self, person_index: str, kind: str, facts: list[dict], *, session=None) -> dict:
        """Append facts to the person's record (made if missing), re-assess, return the record."""
        # Store every code that could cover the travel, so a new risk area finds its travellers
        # with one exact, indexed match whatever level (district/prefecture/province) it names.
        travel = sorted(
            {
                code
                for fact in facts
                for trip in fact.get("travel", ())
                for code in covering_codes(trip["region_code"])
            }
        )
        on_insert = {"subject_id": new_subject_id(), "created_at": self.clock(), "masked_name": ""}
        record = self.records.add_facts(
            person_index, kind, facts, on_insert, travel, session=session
        )
        self.colours.reassess(record, session=session)
        return record
