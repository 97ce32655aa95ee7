"""Family codes (亲友码): a resident shows the health codes of the people they look after.

Framework-free: the repository, the resident and health-code engines, the inbox, the audit
log and the clock are passed in. Every guardian action, refused ones included, goes to the
audit trail. Who needs to consent and which relations fit the ages: `family_rules`.
"""

from datetime import date

from accounts.residents import level_at_least
from core.clock import china_date
from core.errors import CapReached, Duplicate, ServiceError
from core.paging import page_of_list
from health_code.usecases import family_rules as rules
from health_code.usecases.people import confirm_name, identify
from identity.masking import mask_document, mask_name

MAX_DEPENDANTS = 8  # per guardian
MAX_GUARDIANS = 3  # per dependant
RELATIONS = rules.RELATIONS
GUARDIAN_LEVEL = "L2"


class FamilyService:
    def __init__(self, guardianships, residents, health_codes, notifications, audit, clock):
        self.guardianships, self.residents = guardianships, residents
        self.health_codes, self.notifications = health_codes, notifications
        self.audit, self.clock = audit, clock

    def add_dependant(self, guardian_id: str, dependant: dict, actor) -> dict:
        """Real-name check a dependant {doc_type, doc_number, name, relation}, then link them.

        An adult with an account here is asked first: the link stays pending until they
        accept it in their own app (or it lapses); anyone else is linked at once.
        """
        link = self._audited(
            "guardian.added",
            actor,
            guardian_id,
            lambda: self._add(guardian_id, dependant),
            relation=dependant.get("relation"),
        )
        return self.view(link)

    def list(self, guardian_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of the guardian's dependants and requests, newest first, masked."""
        now = self.clock()
        links = self.guardianships.list_of_guardian(guardian_id)  # at most MAX_DEPENDANTS
        live = [self.view(link) for link in links if rules.is_live(link, now)]
        return page_of_list(live, limit, offset)

    def remove(self, guardian_id: str, dependant_id, actor) -> None:
        """Take a dependant (or a request not yet answered) off the guardian's list."""

        def remove():
            link = self.guardianships.remove(dependant_id, guardian_id)
            if link is None:
                raise ServiceError("family.dependant_not_found", "not_found")
            return link

        self._audited("guardian.removed", actor, guardian_id, remove, dependant_id)

    def show_code(self, guardian_id: str, dependant_id, actor):
        """Sign a fresh family-kind (F) token with the dependant's live colour and masked name."""

        def show():
            link = self._link(guardian_id, dependant_id)
            if link.get("status") != rules.ACTIVE:
                raise ServiceError("family.awaiting_consent", "conflict")
            record = self.health_codes.record_for_holder(link["person_index"], link["masked_name"])
            return self.health_codes.show(record, kind="F")

        return self._audited("guardian.code_shown", actor, guardian_id, show, dependant_id)

    def view(self, link: dict) -> dict:
        """Shape a link for its guardian: name and document number masked."""
        number = self.residents.pii.decrypt(link["doc_number_enc"], "document")
        return {
            "_id": link["_id"],
            "masked_name": link["masked_name"],
            "doc_type": link["doc_type"],
            "masked_doc_number": mask_document(number),
            "relation": link["relation"],
            "status": link.get("status", rules.ACTIVE),
            "expires_at": link.get("expires_at"),
            "created_at": link["created_at"],
        }

    def _add(self, guardian_id: str, dependant: dict) -> dict:
        guardian = self._guardian(guardian_id)
        person = identify(
            self.residents, dependant["doc_type"], dependant["doc_number"], dependant["name"]
        )
        if person.person_index == guardian["real_name"]["person_index"]:
            raise ServiceError("family.self", "invalid", errors={"doc_number": ["family.self"]})
        self._check_relation(dependant["relation"], guardian, person.document.birth_date)
        self._drop_lapsed_request(guardian_id, person.person_index)
        confirm_name(self.residents.identity_provider, person)
        link = self._new_link(guardian_id, guardian, person, dependant["relation"])
        link = self._insert(link)
        if link["status"] == rules.PENDING:
            self._ask(link)
        return link

    def _new_link(self, guardian_id: str, guardian: dict, person, relation: str) -> dict:
        now, pii = self.clock(), self.residents.pii
        guardian_name = pii.decrypt(guardian["real_name"]["name_enc"], "name")
        account = self.residents.account_of_person(person.person_index)
        birth = person.document.birth_date
        pending = rules.needs_consent(account is not None, birth, china_date(now))
        link = {
            "guardian_account_id": guardian_id,
            "guardian_masked_name": mask_name(guardian_name),
            "person_index": person.person_index,
            "doc_type": person.document.doc_type,
            "doc_number_enc": pii.encrypt(person.document.number, "document"),
            "name_enc": pii.encrypt(person.name, "name"),
            "masked_name": person.masked_name,
            "relation": relation,
            "status": rules.PENDING if pending else rules.ACTIVE,
            "consent": None if pending else rules.DECLARED,
            "created_at": now,
        }
        if pending:
            link["dependant_account_id"] = str(account["_id"])
            link["expires_at"] = now + rules.REQUEST_LIFETIME
        return link

    def _check_relation(self, relation: str, guardian: dict, dependant_birth: date | None):
        known = guardian["real_name"].get("birth_date")
        guardian_birth = date.fromisoformat(known) if known else None
        if not rules.relation_fits(relation, guardian_birth, dependant_birth):
            raise ServiceError(
                "family.relation_age", "invalid", errors={"relation": ["family.relation_age"]}
            )

    def _drop_lapsed_request(self, guardian_id: str, person_index: str) -> None:
        link = self.guardianships.find_pair(guardian_id, person_index)
        if link is None:
            return
        if rules.is_live(link, self.clock()):
            raise ServiceError("family.already_added", "conflict")
        self.guardianships.remove(link["_id"], guardian_id)  # a request that lapsed

    def _ask(self, link: dict) -> None:
        self.notifications.add(
            {
                "account_id": link["dependant_account_id"],
                "kind": "guardian_request",
                "created_at": link["created_at"],
                "title": {
                    "zh-CN": "亲友码添加请求",
                    "zh-HK": "親友碼加入請求",
                    "en": "A request to look after you",
                },
                "body": link["guardian_masked_name"],
                "ref": {"guardianship_id": str(link["_id"]), "relation": link["relation"]},
            }
        )

    def _insert(self, link: dict) -> dict:
        try:
            return self.guardianships.add_capped(link, MAX_DEPENDANTS, MAX_GUARDIANS)
        except Duplicate:  # the same person added twice at the same moment
            raise ServiceError("family.already_added", "conflict") from None
        except CapReached as full:
            if full.side == "guardian":
                raise ServiceError(
                    "family.too_many_dependants", "conflict", limit=MAX_DEPENDANTS
                ) from None
            raise ServiceError(
                "family.too_many_guardians", "conflict", limit=MAX_GUARDIANS
            ) from None

    def _guardian(self, guardian_id: str) -> dict:
        account = self.residents.get(guardian_id)
        if not account.get("real_name") or not level_at_least(account["level"], GUARDIAN_LEVEL):
            raise ServiceError("identity.needs_real_name", "forbidden")
        return account

    def _link(self, guardian_id: str, dependant_id) -> dict:
        # Someone else's id answers exactly like a missing one, so ids cannot be probed.
        link = self.guardianships.find_of_guardian(dependant_id, guardian_id)
        if link is None or not rules.is_live(link, self.clock()):
            raise ServiceError("family.dependant_not_found", "not_found")
        return link

    def _audited(self, event: str, actor, guardian_id: str, action, dependant_id=None, **details):
        """Run action and record the event with its outcome: "ok" or the refusal's key."""
        attempted = str(dependant_id)[:64] if dependant_id is not None else None
        try:
            result = action()
        except ServiceError as refusal:
            self.audit.record(
                event, refusal.key, actor, subject=guardian_id, dependant=attempted, **details
            )
            raise
        self.audit.record(
            event,
            "ok",
            actor,
            subject=guardian_id,
            dependant=attempted or str(result["_id"]),
            **details,
        )
        return result
