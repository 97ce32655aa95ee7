"""Apply a bulk import of facts in one transaction with a constant number of round trips.

A batch of thousands of rows costs four requests to the database (append the facts, read
the records, read the risk areas they may touch, store the assessments) instead of two
per person, and either all of it is applied or none of it.
"""

from health_code.rules.records import assess_record, new_subject_id


def import_batch(records, risk_areas, kind: str, facts_by_person: dict[str, list[dict]], now):
    """Append each person's facts, re-assess everyone touched, all in one transaction."""

    def new_record() -> dict:
        return {"subject_id": new_subject_id(), "created_at": now, "masked_name": ""}

    def apply(session):
        records.add_facts_many(kind, facts_by_person, new_record, session=session)
        touched = records.find_many(list(facts_by_person), session=session)
        regions = {code for record in touched for code in record.get("travel_regions", ())}
        areas = risk_areas.covering(regions, session=session) if regions else []
        results = []
        for record in touched:
            document, history = assess_record(record, _areas_for(record, areas), now)
            results.append((record["_id"], document, history))
        records.save_assessments(results, session=session)

    records.in_transaction(apply)


def _areas_for(record: dict, areas: list[dict]) -> list[dict]:
    regions = set(record.get("travel_regions", ()))
    return [area for area in areas if area["region_code"] in regions]
