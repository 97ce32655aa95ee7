"""Appeals (申诉): a holder disputes a yellow or red colour; the health authority decides.

An upheld appeal lifts the colour the way the authority always does, with a manual override
(green, with the decision's reason), so the holder's reasons show why the colour changed.
"""

from core.errors import Duplicate, ServiceError

OPEN = "open"

OUTCOMES = ("upheld", "rejected")
AUDIT_EVENT = "health_code.appeal"
_OUTCOME_WORDS = {
    "upheld": {
        "zh-CN": "申诉成立，健康码已转为绿码",
        "zh-HK": "申訴成立，健康碼已轉為綠碼",
        "en": "Appeal upheld: your code is now green",
    },
    "rejected": {
        "zh-CN": "申诉未获支持，健康码颜色不变",
        "zh-HK": "申訴未獲支持，健康碼顏色不變",
        "en": "Appeal rejected: your colour stays as it was",
    },
}


class AppealService:
    def __init__(self, appeals, notifications, health_codes, facts, audit, clock):
        self.appeals, self.notifications, self.facts = appeals, notifications, facts
        self.health_codes, self.audit, self.clock = health_codes, audit, clock

    def file(self, account_id: str, reason: str, actor) -> dict:
        """File an appeal against my current yellow or red colour (one open at a time)."""
        record = self.health_codes.record_of_account(account_id)
        assessment = self.health_codes.assessment(record)
        if assessment["colour"] == "green":
            raise ServiceError("appeal.colour_green", "invalid")
        appeal = {
            "account_id": account_id,
            "person_index": record["_id"],
            "masked_name": record.get("masked_name", ""),
            "colour_appealed": assessment["colour"],
            "rule_ids": [r["rule_id"] for r in assessment["reasons"] if r["colour"] != "green"],
            "reason": reason,
            "status": OPEN,
            "created_at": self.clock(),
            "decided_at": None,
            "decided_by": None,
            "decision_reason": None,
        }
        try:
            self.appeals.insert(appeal)
        except Duplicate:
            raise ServiceError("appeal.already_open", "conflict") from None
        self.audit.record(
            AUDIT_EVENT,
            "filed",
            actor,
            subject=account_id,
            appeal=str(appeal["_id"]),
            colour=appeal["colour_appealed"],
        )
        return appeal

    def mine(self, account_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of my appeals, newest first, with their decisions, and their number."""
        return self.appeals.page_of_account(account_id, limit, offset)

    def one_of_mine(self, account_id: str, appeal_id: str) -> dict:
        """Return one of my appeals; somebody else's is not found."""
        appeal = self.appeals.find_of_account(appeal_id, account_id)
        if appeal is None:
            raise ServiceError("appeal.not_found", "not_found")
        return appeal

    def queue(self, status: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of appeals of a status (open: oldest first) with how long each waited."""
        now = self.clock()
        appeals, total = self.appeals.page_by_status(status, limit, offset)
        return [_with_wait(appeal, now) for appeal in appeals], total

    def decide(self, appeal_id: str, decision: dict, decided_by: str, actor) -> dict:
        """Uphold (lift the colour to green) or reject an open appeal, and tell the holder."""
        appeal = self.appeals.find(appeal_id)
        if appeal is None:
            raise ServiceError("appeal.not_found", "not_found")
        now = self.clock()
        changes = {
            "status": decision["outcome"],
            "decided_at": now,
            "decided_by": decided_by,
            "decision_reason": decision["reason"],
            "lifted_until": decision.get("until"),
        }

        def apply(session):
            decided = self.appeals.decide(appeal["_id"], changes, session=session)
            if decided is None:
                raise ServiceError("appeal.already_decided", "conflict")
            if decided["status"] == "upheld":
                self._lift(decided, now, session)
            self._notify(decided, now, session)
            return decided

        decided = self.appeals.in_transaction(apply)
        self.audit.record(
            AUDIT_EVENT,
            decided["status"],
            actor,
            subject=appeal["account_id"],
            appeal=str(appeal_id),
            decided_by=decided_by,
        )
        return _with_wait(decided, now)

    def _lift(self, appeal: dict, now, session) -> None:
        override = {
            "colour": "green",
            "reason": appeal["decision_reason"],
            "set_at": now,
            "set_by": appeal["decided_by"],
            "until": appeal["lifted_until"],
            "appeal_id": str(appeal["_id"]),
        }
        self.facts.add(appeal["person_index"], "overrides", [override], session=session)

    def _notify(self, appeal: dict, now, session) -> None:
        self.notifications.add(
            {
                "account_id": appeal["account_id"],
                "kind": "appeal_decided",
                "created_at": now,
                "title": _OUTCOME_WORDS[appeal["status"]],
                "body": appeal["decision_reason"],
                "ref": {"appeal_id": str(appeal["_id"]), "outcome": appeal["status"]},
            },
            session=session,
        )


def _with_wait(appeal: dict, now) -> dict:
    # A decided appeal waited until its decision, not until whenever the queue is read.
    waited = (appeal["decided_at"] or now) - appeal["created_at"]
    return {**appeal, "waited_seconds": int(waited.total_seconds())}
