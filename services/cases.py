"""A new case (办件) from a checked submission, and the summary the reform figures read."""

from datetime import datetime

from services.instant_approval import Decision
from services.statuses import ACCEPTED, COMPLETED, RECEIVED
from services.time_limits import working_days_taken
from services.workflow import apply_step, transition


def new_case(
    item: dict,
    number: str,
    applicant: str,
    received_at: datetime,
    values: dict,
    provenance: dict,
    decision: Decision,
    calendar,
) -> dict:
    """Return the case record of a submission; an instant approval is accepted and completed."""
    limits = item["time_limits"]
    case = {
        "number": number,
        "implementation_code": item["implementation_code"],
        "department": item["department"],
        "item_name": item["name"],
        "applicant": applicant,
        "status": RECEIVED,
        "outcome": None,
        "received_at": received_at,
        "updated_at": received_at,
        "accepted_at": None,
        "ended_at": None,
        "special_started_at": None,
        "legal_days": limits["legal_days"],
        "promised_days": limits["promised_days"],
        "due_day": None,
        "due_estimated": False,
        "paused_days": 0,
        "visits_required": item["visits"],
        "fee_fen": item["fee_fen"],
        "form": dict(values),
        "provenance": provenance,
        "instant": {
            "instant": decision.instant,
            "decided_by": decision.decided_by,
            "checked": list(decision.checked),
        },
        "timeline": [
            {
                "event": "received",
                "status": RECEIVED,
                "at": received_at,
                "by": "applicant",
                "note": None,
            }
        ],
    }
    if decision.instant:
        for target, outcome in ((ACCEPTED, None), (COMPLETED, "approved")):
            step = transition(
                case, target, actor="system", at=received_at, calendar=calendar, outcome=outcome
            )
            case = apply_step(case, step)
    return case


def case_summary(case: dict, calendar) -> dict:
    """Return the figures of one case that the reform statistics add up."""
    provenance = case.get("provenance") or {}
    return {
        "implementation_code": case["implementation_code"],
        "department": case["department"],
        "status": case["status"],
        "outcome": case.get("outcome"),
        "instant": bool((case.get("instant") or {}).get("instant")),
        "visits_required": case["visits_required"],
        "promised_days": case["promised_days"],
        "working_days_taken": working_days_taken(case, calendar),
        "fields_prefilled": len(provenance.get("fields_prefilled", ())),
        "fields_typed": len(provenance.get("fields_typed", ())),
        "materials_from_certificates": len(provenance.get("materials_from_certificates", ())),
        "materials_uploaded": len(provenance.get("materials_uploaded", ())),
    }
