"""Who an application is for: the resident themselves, or a dependant they look after (代办).

Family links are read through `GuardianLinks`, an adapter over the health-code family
relation; nothing else of that engine is touched. The profile handed to pre-fill holds plain
values for this request only; it is never stored.
"""

from dataclasses import dataclass

from core.errors import ServiceError
from identity.documents import DocumentError, normalise_document
from identity.masking import mask_name


@dataclass(frozen=True)
class Applicant:
    """The person a case is for, and who made it when that is someone else."""

    account_id: str  # the logged-in resident (the applicant, or the agent)
    person_index: str
    masked_name: str
    profile: dict
    level: str
    agent: dict | None = None  # {account_id, masked_name, relation} for 代办


class GuardianLinks:
    """Read a guardian's dependant from the family relation (guardianships collection)."""

    def __init__(self, guardianships, pii):
        self.guardianships, self.pii = guardianships, pii

    def dependant_of(self, guardian_account_id: str, dependant_id: str) -> dict | None:
        """Return {person_index, name, doc_type, doc_number, relation} or None."""
        link = self.guardianships.find_of_guardian(dependant_id, guardian_account_id)
        if link is None:
            return None
        return {
            "person_index": link["person_index"],
            "name": self.pii.decrypt(link["name_enc"], "name"),
            "doc_type": link["doc_type"],
            "doc_number": self.pii.decrypt(link["doc_number_enc"], "document"),
            "relation": link["relation"],
        }


class People:
    def __init__(self, residents, pii, links: GuardianLinks):
        self.residents, self.pii, self.links = residents, pii, links

    def applicant(self, account_id: str, dependant_id: str | None = None) -> Applicant:
        """Return the applicant: the resident, or a dependant linked to them."""
        account = self.residents.get(account_id)
        real_name = account.get("real_name")
        if not real_name:
            raise ServiceError("identity.needs_real_name", "forbidden")
        own = self._own_profile(account)
        if dependant_id is None:
            return Applicant(
                account_id, real_name["person_index"], mask_name(own["name"]), own, account["level"]
            )
        link = self.links.dependant_of(account_id, dependant_id)
        if link is None:
            raise ServiceError("services.dependant_not_found", "not_found")
        profile = {**_document_profile(link["doc_type"], link["doc_number"]), "name": link["name"]}
        profile["phone"] = own.get("phone")  # the agent is the one to call
        agent = {
            "account_id": account_id,
            "masked_name": mask_name(own["name"]),
            "relation": link["relation"],
        }
        return Applicant(
            account_id,
            link["person_index"],
            mask_name(link["name"]),
            profile,
            account["level"],
            agent,
        )

    def _own_profile(self, account: dict) -> dict:
        real_name = account["real_name"]
        number = self.pii.decrypt(real_name["doc_number_enc"], "document")
        profile = _document_profile(real_name["doc_type"], number)
        profile["name"] = self.pii.decrypt(real_name["name_enc"], "name")
        profile["phone"] = self.pii.decrypt(account["phone_enc"], "phone")
        return profile


def _document_profile(doc_type: str, number: str) -> dict:
    profile = {"doc_type": doc_type, "doc_number": number}
    try:
        document = normalise_document(doc_type, number)
    except DocumentError:
        return profile
    if document.birth_date:
        profile["birth_date"] = document.birth_date.isoformat()
    if doc_type == "resident_id" and len(document.number) == 18:
        profile["gender"] = "male" if int(document.number[16]) % 2 else "female"
    return profile
