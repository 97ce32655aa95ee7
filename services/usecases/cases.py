"""Moving cases and showing them: one mover for clerks, residents and the system.

`CaseMover.move` checks a move with the engine's workflow, applies it only if the case is
still where it was read (two clerks at once: one wins, the other gets a conflict), records
the summary the reform figures read, tells the resident, and runs what a move sets off:
completion issues the result certificate, a refusal or withdrawal refunds a paid fee.
"""

from core.errors import ServiceError
from services.cases import case_summary
from services.statuses import COMPLETED, NOT_ACCEPTED, STATUS_NAMES, WITHDRAWN
from services.time_limits import is_overdue
from services.usecases.reasons import keyed_reasons
from services.workflow import EVENT_NAMES, transition

REFUNDING = (NOT_ACCEPTED, WITHDRAWN)


class CaseMover:
    def __init__(self, cases, inbox, calendar, clock, issuer=None, payments=None):
        self.cases, self.inbox, self.calendar, self.clock = cases, inbox, calendar, clock
        self.issuer, self.payments = issuer, payments

    @keyed_reasons
    def move(self, case: dict, target: int, actor: str, note=None, outcome=None, extra=None):
        """Move a case to target status as actor; answer the case afterwards."""
        if target == COMPLETED and outcome == "approved":
            self._require_paid(case)
        step = transition(
            case,
            target,
            actor=actor,
            at=self.clock(),
            calendar=self.calendar,
            note=note,
            outcome=outcome,
        )
        if target == COMPLETED and outcome == "approved" and actor == "clerk" and self.issuer:
            # Refused before the move, so a missing or wrong value leaves the case as it was.
            fields = (extra or {}).get("certificate_fields") or {}
            self.issuer.check_clerk_values(case, fields)
        moved = self.cases.apply_transition(case["_id"], step.from_status, step.changes, step.event)
        if moved is None:
            raise ServiceError("services.case_moved", "conflict")
        moved = self.cases.set_fields(moved["_id"], {"summary": case_summary(moved, self.calendar)})
        self.announce(moved, step.event)
        return self._aftermath(moved, extra or {})

    def announce(self, case: dict, event: dict) -> None:
        """Tell the applicant (and the agent) what happened to their case."""
        self.inbox.notify(
            case["submitted_by"],
            "case_" + event["event"],
            EVENT_NAMES[event["event"]],
            body=event.get("note"),
            ref={"case_id": str(case["_id"]), "number": case["number"]},
        )

    def completed(self, case: dict) -> dict:
        """Run what a completion sets off for a case the system completed at submission."""
        return self._aftermath(case, {})

    def _require_paid(self, case: dict) -> None:
        if case.get("fee_fen") and (case.get("payment") or {}).get("status") != "paid":
            raise ServiceError("services.payment_required", "conflict")

    def _aftermath(self, case: dict, extra: dict) -> dict:
        refused = case["status"] in REFUNDING or case.get("outcome") == "refused"
        if refused and self.payments is not None:
            case = self.payments.refund_case(case) or case
        if case["status"] == COMPLETED and case["outcome"] == "approved" and self.issuer:
            case = self.issuer.issue_result(case, extra.get("certificate_fields") or {}) or case
        return case


def case_view(case: dict, now, rating=None) -> dict:
    """Return a case as the resident and the clerk see it: names and the overdue flag added."""
    return {
        **case,
        "status_name": STATUS_NAMES[case["status"]],
        "overdue": is_overdue(case, now),
        "timeline": [
            {**event, "name": EVENT_NAMES.get(event["event"])} for event in case["timeline"]
        ],
        "rating": rating,
    }
