"""The clerk's workbench: their department's queue and the moves a clerk makes on a case.

A clerk sees and moves only cases of their own department's services; a case of another
department answers like a missing one. Every move goes through the one `CaseMover`.
"""

from core.clock import CHINA_STANDARD_TIME
from core.errors import ServiceError
from services.statuses import (
    ACCEPTED,
    COMPLETED,
    CORRECTION,
    NOT_ACCEPTED,
    PROCESSING,
    SPECIAL_ENDED,
    SPECIAL_STARTED,
)
from services.usecases.cases import case_view

ACTIONS = {
    "accept": ACCEPTED,
    "refuse": NOT_ACCEPTED,
    "request_correction": CORRECTION,
    "process": PROCESSING,
    "start_special": SPECIAL_STARTED,
    "end_special": SPECIAL_ENDED,
    "complete": COMPLETED,
}
QUEUES = {
    "new": [1],
    "correction": [6],
    "in_progress": [3, 8, 9, 10],
    "ended": [4, 11, 99],
}


class Workbench:
    def __init__(self, cases, staff, mover, rectifications, clock):
        self.cases, self.staff, self.mover = cases, staff, mover
        self.rectifications, self.clock = rectifications, clock

    def department_of(self, username: str) -> str:
        """Return the clerk's department, refusing a clerk who has none yet."""
        member = self.staff.find_by_username(username) or {}
        if not member.get("department"):
            raise ServiceError("services.clerk_without_department", "forbidden")
        return member["department"]

    def queue(self, username: str, queue: str, limit: int, offset: int):
        """Return a page of the department's cases in one queue, oldest first."""
        department, now = self.department_of(username), self.clock()
        if queue == "overdue":
            today = now.astimezone(CHINA_STANDARD_TIME).date().isoformat()
            found, total = self.cases.overdue(department, today, limit, offset)
        else:
            found, total = self.cases.queue(department, QUEUES[queue], limit, offset)
        return [case_view(case, now) for case in found], total

    def show(self, username: str, case_id) -> dict:
        """Return a case with what completing it would still need for its certificate (出证)."""
        case = self.case(username, case_id)
        issuer = self.mover.issuer
        return {
            **case_view(case, self.clock()),
            "result_certificate": issuer.to_supply(case) if issuer else None,
        }

    def act(self, username: str, case_id, body: dict) -> dict:
        """Make one move on a case: accept, refuse, ask for correction, process, … complete."""
        case = self.case(username, case_id)
        moved = self.mover.move(
            case,
            ACTIONS[body["action"]],
            "clerk",
            note=body.get("note"),
            outcome=body.get("outcome"),
            extra={"certificate_fields": body.get("certificate_fields"), "clerk": username},
        )
        return case_view(moved, self.clock())

    def case(self, username: str, case_id) -> dict:
        case = self.cases.find_by_id(case_id)
        if case is None or case["department"] != self.department_of(username):
            raise ServiceError("services.case_not_found", "not_found")
        return case

    def rectifications_of(self, username: str, status: str, limit: int, offset: int):
        department = self.department_of(username)
        return self.rectifications.page_of_department(department, status, limit, offset)

    def close_rectification(self, username: str, task_id, outcome: str) -> dict:
        """Record what the department did about a bad rating; the resident sees it."""
        department = self.department_of(username)
        closed = self.rectifications.close(task_id, department, outcome, username, self.clock())
        if closed is None:
            raise ServiceError("services.rectification_not_found", "not_found")
        return closed
