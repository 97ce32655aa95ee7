"""The reform figures (改革成效) the system measures about itself, as pure functions.

The seed's targets: 60 % fewer fields to fill, 50 % fewer materials to hand in, 70 %
fewer visits. Here: fields pre-filled vs typed, materials from e-certificates vs uploaded,
visits required vs avoided, with the catalogue's zero-visit share, online completion,
instant approvals and processing time against the promise. Case figures come from
services.cases.case_summary.
"""

from services.statuses import COMPLETED

# Before the reform a service meant two trips: one to hand the application in, one to
# collect the result. Visits avoided are counted against that.
COUNTER_BASELINE_VISITS = 2


def share(count: int, total: int) -> dict:
    """Return a count out of a total with its share (None when there is nothing to count)."""
    return {"count": count, "total": total, "share": round(count / total, 4) if total else None}


def zero_visit_share(items: list[dict]) -> dict:
    """Return the share of catalogue services that need no visit (零跑动)."""
    return share(sum(1 for item in items if item["visits"] == 0), len(items))


def instant_service_share(items: list[dict]) -> dict:
    """Return the share of catalogue services offering instant approval (秒办)."""
    return share(sum(1 for item in items if item.get("instant")), len(items))


def online_completion_share(summaries: list[dict]) -> dict:
    """Return the share of completed cases that were done entirely online."""
    done = [s for s in summaries if s["status"] == COMPLETED]
    return share(sum(1 for s in done if s["visits_required"] == 0), len(done))


def instant_approval_share(summaries: list[dict]) -> dict:
    """Return the share of completed cases the system approved at once."""
    done = [s for s in summaries if s["status"] == COMPLETED]
    return share(sum(1 for s in done if s["instant"]), len(done))


def processing_time(summaries: list[dict]) -> dict:
    """Return average working days taken against the promised, and the share on time."""
    timed = [
        s for s in summaries if s["status"] == COMPLETED and s["working_days_taken"] is not None
    ]
    if not timed:
        return {
            "cases": 0,
            "average_days": None,
            "average_promised_days": None,
            "within_promise": share(0, 0),
        }
    on_time = sum(1 for s in timed if s["working_days_taken"] <= s["promised_days"])
    return {
        "cases": len(timed),
        "average_days": round(sum(s["working_days_taken"] for s in timed) / len(timed), 2),
        "average_promised_days": round(sum(s["promised_days"] for s in timed) / len(timed), 2),
        "within_promise": share(on_time, len(timed)),
    }


def prefilled_fields(summaries: list[dict]) -> dict:
    """Return the fields pre-filled out of all fields the applicants filled in."""
    prefilled = sum(s["fields_prefilled"] for s in summaries)
    return share(prefilled, prefilled + sum(s["fields_typed"] for s in summaries))


def certificate_materials(summaries: list[dict]) -> dict:
    """Return the materials e-certificates supplied out of all materials supplied."""
    certified = sum(s["materials_from_certificates"] for s in summaries)
    return share(certified, certified + sum(s["materials_uploaded"] for s in summaries))


def visits(summaries: list[dict]) -> dict:
    """Return visits required and avoided against two counter visits per case."""
    required = sum(s["visits_required"] for s in summaries)
    avoided = sum(max(0, COUNTER_BASELINE_VISITS - s["visits_required"]) for s in summaries)
    return {
        "required": required,
        "avoided": share(avoided, COUNTER_BASELINE_VISITS * len(summaries)),
    }


def reform_figures(items: list[dict], summaries: list[dict]) -> dict:
    """Return every reform figure for a catalogue and a set of case summaries."""
    return {
        "zero_visit_services": zero_visit_share(items),
        "instant_services": instant_service_share(items),
        "online_completion": online_completion_share(summaries),
        "instant_approvals": instant_approval_share(summaries),
        "processing_time": processing_time(summaries),
        "prefilled_fields": prefilled_fields(summaries),
        "certificate_materials": certificate_materials(summaries),
        "visits": visits(summaries),
    }
