"""Translate between stored fact documents and the engine's dataclasses."""

import secrets
from dataclasses import fields

from health_code.rules.evaluator import Assessment, evaluate
from health_code.rules.facts import (
    CloseContact,
    Colour,
    Declaration,
    Facts,
    IsolationOrder,
    ManualOverride,
    PartnerCode,
    RiskArea,
    TestResult,
    Travel,
)

FACT_KINDS = {
    "declarations": Declaration,
    "tests": TestResult,
    "isolation_orders": IsolationOrder,
    "close_contacts": CloseContact,
    "partner_codes": PartnerCode,
    "overrides": ManualOverride,
}


def _build(cls, document: dict):
    values = {f.name: document.get(f.name) for f in fields(cls) if f.name in document}
    if cls is Declaration:
        values["travel"] = tuple(
            Travel(t["region_code"], t["left_at"]) for t in document.get("travel", ())
        )
    if "colour" in values:
        values["colour"] = Colour(values["colour"])
    return cls(**values)


def facts_from_record(record: dict, risk_area_documents) -> Facts:
    """Build the engine's Facts from a health record and the risk areas that may apply."""
    stored = record.get("facts", {})
    built = {
        kind: tuple(_build(cls, doc) for doc in stored.get(kind, ()))
        for kind, cls in FACT_KINDS.items()
    }
    areas = tuple(_build(RiskArea, doc) for doc in risk_area_documents)
    return Facts(risk_areas=areas, **built)


def new_subject_id() -> str:
    """Return a fresh opaque subject id for a health record (what its QR codes name)."""
    return secrets.token_hex(10)


def assess_record(record: dict, risk_area_documents, now) -> tuple[dict, dict | None]:
    """Evaluate a record; return the assessment document and a history entry if it changed."""
    assessment = evaluate(facts_from_record(record, risk_area_documents), now)
    document = assessment_document(assessment, now)
    if (record.get("assessment") or {}).get("colour") == document["colour"]:
        return document, None
    rule = document["reasons"][0]["rule_id"] if document["reasons"] else None
    history = {
        "colour": document["colour"],
        "at": document["since"] or now,
        "recorded_at": now,
        "rule_id": rule,
    }
    return document, history


def assessment_document(assessment: Assessment, now) -> dict:
    """Serialise an assessment for storage and for the holder to read."""
    # The stored assessment goes stale at the next colour change or when any reason shown
    # lapses (a reason can lapse without changing the colour, e.g. a partner green code).
    ends = [r.until for r in assessment.reasons if r.until is not None]
    ends += [assessment.next_change_at] if assessment.next_change_at else []
    return {
        "colour": str(assessment.colour),
        "since": assessment.since,
        "next_change_at": assessment.next_change_at,
        "stale_at": min(ends, default=None),
        "ruleset_version": assessment.ruleset_version,
        "evaluated_at": now,
        "reasons": [
            {
                "rule_id": r.rule_id,
                "colour": str(r.colour),
                "summary": dict(r.summary),
                "fact_at": r.fact_at,
                "applies_from": r.applies_from,
                "until": r.until,
            }
            for r in assessment.reasons
        ],
    }
