"""A resident's cases: the list, one case with its timeline, withdrawal, and 补正."""

from core.errors import ServiceError
from services.forms import validate_form
from services.statuses import CORRECTION, RECEIVED, WITHDRAWN
from services.usecases.cases import case_view
from services.usecases.reasons import keyed_reasons


class MyCases:
    def __init__(self, cases, items, mover, ratings, clock):
        self.cases, self.items, self.mover = cases, items, mover
        self.ratings, self.clock = ratings, clock

    def list(self, account_id: str, limit: int, offset: int):
        found, total = self.cases.page_of_account(account_id, limit, offset)
        now = self.clock()
        return [case_view(case, now) for case in found], total

    def show(self, account_id: str, case_id) -> dict:
        """Return one of my cases with its timeline, rating and rectification outcome."""
        case = self.case(account_id, case_id)
        return case_view(case, self.clock(), self.ratings.shown(case))

    def withdraw(self, account_id: str, case_id, note=None) -> dict:
        """Withdraw a case that has not ended (a paid fee is refunded)."""
        moved = self.mover.move(self.case(account_id, case_id), WITHDRAWN, "applicant", note)
        return case_view(moved, self.clock())

    @keyed_reasons
    def resubmit(self, account_id: str, case_id, values: dict | None) -> dict:
        """Send a case asked for correction (补正) back to the department, with new answers."""
        case = self.case(account_id, case_id)
        if values is not None and case["status"] == CORRECTION:
            item = self.items.find_by_code(case["implementation_code"])
            cleaned = validate_form(item["form"], values)
            case = self.cases.set_fields(case["_id"], {"form": cleaned})
        return case_view(self.mover.move(case, RECEIVED, "applicant"), self.clock())

    def case(self, account_id: str, case_id) -> dict:
        # Someone else's case answers exactly like a missing one.
        case = self.cases.find_of_account(case_id, account_id)
        if case is None:
            raise ServiceError("services.case_not_found", "not_found")
        return case
