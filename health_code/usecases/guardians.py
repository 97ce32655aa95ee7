"""The dependant's side of family codes: see who looks after me, answer requests, end links.

A person real-named here sees every guardian who added them — requests waiting for their
answer and links made on a guardian's declaration before they had an account — and can
accept, refuse or remove each. Every answer goes to the audit trail under both accounts.
"""

from core.errors import ServiceError
from core.paging import page_of_list
from health_code.usecases import family_rules as rules


class GuardianRequests:
    def __init__(self, guardianships, residents, audit, clock):
        self.guardianships, self.residents = guardianships, residents
        self.audit, self.clock = audit, clock

    def mine(self, account_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of my guardians and the requests waiting for me, newest first."""
        now = self.clock()
        links = self.guardianships.list_of_person(self._person(account_id))
        live = [self._named(link) for link in links if rules.is_live(link, now)]
        return page_of_list(live, limit, offset)

    def accept(self, account_id: str, link_id, actor) -> dict:
        """Accept a guardian's request: they may show my health code from now on."""
        link = self.guardianships.accept(link_id, self._person(account_id), self.clock())
        if link is None:
            self._refused("guardian.request_accepted", actor, account_id, link_id)
        self._record("guardian.request_accepted", actor, account_id, link)
        return _view(link)

    def refuse(self, account_id: str, link_id, actor) -> None:
        """Refuse a guardian's request."""
        self._end("guardian.request_refused", account_id, link_id, actor, pending_only=True)

    def remove(self, account_id: str, link_id, actor) -> None:
        """End a guardian's link to me, whether I accepted it or they declared it."""
        self._end("guardian.removed_by_dependant", account_id, link_id, actor, pending_only=False)

    def _end(self, event: str, account_id: str, link_id, actor, *, pending_only: bool) -> None:
        person = self._person(account_id)
        link = self.guardianships.find_of_person(link_id, person)
        if link is None or not rules.is_live(link, self.clock()):
            self._refused(event, actor, account_id, link_id)
        if pending_only and link["status"] != rules.PENDING:
            self._refused(event, actor, account_id, link_id)
        removed = self.guardianships.remove_of_person(link_id, person)
        if removed is None:  # removed a moment ago by the guardian
            self._refused(event, actor, account_id, link_id)
        self._record(event, actor, account_id, removed)

    def _named(self, link: dict) -> dict:
        # Links declared before guardians' names were kept on them: look the name up.
        if not link.get("guardian_masked_name"):
            holder = self.residents.holder_identity(link["guardian_account_id"])
            link = {**link, "guardian_masked_name": holder[1] if holder else ""}
        return _view(link)

    def _person(self, account_id: str) -> str:
        holder = self.residents.holder_identity(account_id)
        if holder is None:
            raise ServiceError("identity.needs_real_name", "forbidden")
        return holder[0]

    def _record(self, event: str, actor, account_id: str, link: dict) -> None:
        # Under both accounts, so each side's audit search finds the answer.
        for subject in (account_id, link["guardian_account_id"]):
            self.audit.record(event, "ok", actor, subject=subject, link=str(link["_id"]))

    def _refused(self, event: str, actor, account_id: str, link_id):
        self.audit.record(
            event, "family.request_not_found", actor, subject=account_id, link=str(link_id)
        )
        raise ServiceError("family.request_not_found", "not_found")


def _view(link: dict) -> dict:
    return {
        "_id": link["_id"],
        "guardian_masked_name": link.get("guardian_masked_name", ""),
        "relation": link["relation"],
        "status": link.get("status", rules.ACTIVE),
        "consent": link.get("consent"),
        "expires_at": link.get("expires_at"),
        "created_at": link["created_at"],
    }
