"""好差评 for residents: rate a completed case once, one follow-up, rectification of bad ones."""

from core.errors import Duplicate, ServiceError
from services.ratings import effective_rating, follow_up, rate, rectification_task
from services.statuses import COMPLETED
from services.usecases.reasons import keyed_reasons


class Ratings:
    def __init__(self, ratings, rectifications, cases, calendar, policy, clock):
        self.ratings, self.rectifications, self.cases = ratings, rectifications, cases
        self.calendar, self.policy, self.clock = calendar, policy, clock

    @keyed_reasons
    def rate(self, account_id: str, case_id, score, comment=None) -> dict:
        """Rate one of my completed cases; 1–2 opens a rectification task for the department."""
        case = self._case(account_id, case_id)
        existing = self.ratings.find_by_case(case["number"])
        rating = rate(case, existing, score, comment, self.clock(), self.policy)
        try:
            self.ratings.insert(rating)
        except Duplicate:  # rated twice at the same moment
            raise ServiceError("services.rating_exists", "conflict") from None
        task = rectification_task(rating, self.calendar, self.policy)
        if task:
            self.rectifications.open(task)
        return self.shown(case)

    @keyed_reasons
    def follow_up(self, account_id: str, case_id, comment) -> dict:
        """Add my one later comment (追评) to my rating of a case."""
        case = self._case(account_id, case_id)
        added = follow_up(
            self.ratings.find_by_case(case["number"]), comment, self.clock(), self.policy
        )
        if self.ratings.add_follow_up(case["number"], added) is None:
            raise ServiceError("services.follow_up_exists", "conflict")
        return self.shown(case)

    def _case(self, account_id: str, case_id) -> dict:
        case = self.cases.find_of_account(case_id, account_id)
        if case is None:
            raise ServiceError("services.case_not_found", "not_found")
        return case

    def shown(self, case: dict) -> dict | None:
        """Return the rating that counts for a case, with the rectification outcome if any."""
        if case["status"] != COMPLETED:
            return None
        stored = self.ratings.find_by_case(case["number"])
        rating = effective_rating(case, stored, self.clock(), self.policy)
        if rating is None:
            return None
        task = self.rectifications.find_by_case(case["number"]) if stored else None
        rectification = None
        if task:
            keys = ("status", "due_day", "outcome", "closed_at")
            rectification = {key: task.get(key) for key in keys}
        return {**rating, "rectification": rectification}
