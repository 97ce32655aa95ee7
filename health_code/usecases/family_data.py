"""Family links as personal data: both sides exported, both sides ended by a deletion.

The people a resident looks after are shown masked, as on their screen (their documents are
those people's data, not the resident's); the people who look after them by masked name.
A deletion ends every link naming the account, as guardian or as dependant, and tells the
audit trail of the other side why their link ended.
"""

from health_code.usecases.family_rules import ACTIVE
from identity.masking import mask_document

LINK_ENDED_EVENT = "guardian.link_ended"


class FamilyData:
    name = "family"
    erases = {
        "zh-CN": "亲友关系：您添加的家人（含其证件和姓名）和把您添加为家人的关系，双方立即解除",
        "zh-HK": "親友關係：您加入的家人（含其證件和姓名）和把您加入為家人的關係，雙方立即解除",
        "en": "Family links: the people you added (their documents and names) and the people "
        "who added you; both sides end at once",
    }
    keeps = None

    def __init__(self, guardianships, pii, account_of_person, audit):
        # account_of_person(person_index) -> the account real-named with it, or None
        self.guardianships, self.pii = guardianships, pii
        self.account_of_person, self.audit = account_of_person, audit

    def export(self, subject) -> dict:
        mine = self.guardianships.list_of_guardian(subject.account_id)
        minding = (
            self.guardianships.list_of_person(subject.person_index) if subject.person_index else []
        )
        return {
            "people_i_look_after": [self._dependant(link) for link in mine],
            "people_who_look_after_me": [_guardian(link) for link in minding],
        }

    def erase(self, subject) -> int:
        ended = 0
        for link in self.guardianships.list_of_guardian(subject.account_id):
            if self.guardianships.remove(link["_id"], subject.account_id):
                ended += 1
                other = self.account_of_person(link["person_index"])
                self._tell(other and str(other["_id"]), link, "dependant", subject)
        if subject.person_index:
            for link in self.guardianships.list_of_person(subject.person_index):
                if self.guardianships.remove_of_person(link["_id"], subject.person_index):
                    ended += 1
                    self._tell(link["guardian_account_id"], link, "guardian", subject)
        self.guardianships.forget_counters(subject.account_id, subject.person_index)
        return ended

    def _tell(self, account_id: str | None, link: dict, side: str, subject) -> None:
        if account_id and account_id != subject.account_id:
            self.audit.record(
                LINK_ENDED_EVENT,
                "account_deleted",
                subject.actor,
                subject=account_id,
                link=str(link["_id"]),
                side=side,
            )

    def _dependant(self, link: dict) -> dict:
        number = self.pii.decrypt(link["doc_number_enc"], "document")
        return {
            "masked_name": link["masked_name"],
            "doc_type": link["doc_type"],
            "masked_doc_number": mask_document(number),
            **_common(link),
        }


def _guardian(link: dict) -> dict:
    return {"guardian_masked_name": link.get("guardian_masked_name", ""), **_common(link)}


def _common(link: dict) -> dict:
    return {
        "relation": link["relation"],
        "status": link.get("status", ACTIVE),
        "consent": link.get("consent"),
        "created_at": link["created_at"],
        "expires_at": link.get("expires_at"),
    }
