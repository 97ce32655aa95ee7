"""Whose certificates a request acts on: the logged-in resident's own, or a dependant's.

A resident needs level L2 (a verified real name) to hold certificates: a lower level gets
the step-up answer asking for real-name verification. A guardian acts for a dependant linked
through the family relation (家人, `health_code.usecases.family`), read here only through
the `Guardianships` interface; whatever a guardian does is logged for the dependant, naming
the guardian.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from accounts.step_up import require_level
from core.errors import ServiceError
from identity.masking import mask_name

HOLDER_LEVEL = "L2"


class Guardianships(Protocol):
    def find_of_guardian(self, guardianship_id: str, guardian_account_id: str) -> dict | None:
        """Return the link {person_index, masked_name, …} if it is this guardian's, else None."""


@dataclass(frozen=True)
class Holder:
    """The holder whose certificates are acted on, and who acts."""

    person_index: str
    account: dict  # the logged-in resident
    guardian: dict | None = None  # {"kind": "guardian", "id", "name"} when acting for another

    @property
    def account_id(self) -> str:
        return str(self.account["_id"])


class Holders:
    def __init__(self, residents, guardianships: Guardianships, step_up_max_age: int) -> None:
        self.residents, self.guardianships = residents, guardianships
        self.step_up_max_age = step_up_max_age

    def resolve(self, account_id: str, dependant_id=None) -> Holder:
        """Return the holder: the resident at L2, or a dependant they are the guardian of."""
        account = self.residents.get(account_id)
        require_level(account, HOLDER_LEVEL, self.step_up_max_age)
        if dependant_id is None:
            return Holder(account["real_name"]["person_index"], account)
        link = self.guardianships.find_of_guardian(str(dependant_id), account_id)
        if link is None:
            raise ServiceError("family.dependant_not_found", "not_found")
        name = self.residents.pii.decrypt(account["real_name"]["name_enc"], "name")
        guardian = {"kind": "guardian", "id": account_id, "name": mask_name(name)}
        return Holder(link["person_index"], account, guardian)
