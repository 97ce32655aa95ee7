"""Registered verifier organisations (核验单位): a bank counter, a hotel desk, a school office.

An administrator registers each organisation with a short code, its name, the staff
accounts who verify for it and its purposes; each purpose names the certificate types it
concerns and, per type, the fields it may see. A holder sees the registered name and
purpose before agreeing, and a presentation or grant asking for more than the registration
allows is refused. Presentations are made for the audience `v:<code>`; an organisation's
staff verify only those.
"""

from __future__ import annotations

from core.errors import Duplicate, ServiceError
from ecert.catalogue import BY_SLUG, HOLDER_NAME, CertificateType

AUDIENCE_PREFIX = "v:"
VERIFIER_ROLES = ("verifier", "clerk")


def audience_of(organisation: dict) -> str:
    """Return the presentation audience (KB-JWT `aud`) of an organisation."""
    return AUDIENCE_PREFIX + organisation["code"]


def shareable(certificate_type: CertificateType) -> set[str]:
    """Return what a verifier may be registered to see of a type: disclosable or readable."""
    fields = {field.name for field in certificate_type.fields}
    return {HOLDER_NAME, *certificate_type.disclosable(), *fields}


class VerifierRegistry:
    def __init__(self, repository, find_staff, clock) -> None:
        self.repository, self.find_staff, self.clock = repository, find_staff, clock

    def register(self, body: dict, admin: str) -> dict:
        """Register an organisation {code, name, credit_code, purposes, staff, active}."""
        self._check(body)
        self._refuse_staff_elsewhere(body["staff"], None)
        now = self.clock()
        organisation = {**body, "created_at": now, "updated_at": now, "updated_by": admin}
        try:
            return self.repository.insert(organisation)
        except Duplicate:
            raise ServiceError("ecert.verifier_code_taken", "conflict") from None

    def update(self, organisation_id, changes: dict, admin: str) -> dict:
        """Change an organisation's name, purposes, staff or whether it is active."""
        current = self.show(organisation_id)
        merged = {**current, **changes}
        self._check(merged)
        if "staff" in changes:
            self._refuse_staff_elsewhere(changes["staff"], current["_id"])
        stamped = {**changes, "updated_at": self.clock(), "updated_by": admin}
        return self.repository.update(current["_id"], stamped)

    def find(self, organisation_id) -> dict | None:
        """Return one organisation, or None."""
        return self.repository.find(organisation_id)

    def show(self, organisation_id) -> dict:
        """Return one organisation."""
        organisation = self.repository.find(organisation_id)
        if organisation is None:
            raise ServiceError("ecert.verifier_not_found", "not_found")
        return organisation

    def list(self, limit: int, offset: int, active_only: bool = False) -> tuple[list, int]:
        """Return a page of organisations by name."""
        return self.repository.page_all(limit, offset, active_only)

    def for_holders(self, limit: int, offset: int, type_slug: str | None = None):
        """Return a page of active organisations (with a purpose for a type, when given)."""
        return self.repository.page_all(limit, offset, active_only=True, type_slug=type_slug)

    def active(self, organisation_id) -> dict:
        """Return an active organisation a holder may show or grant to."""
        organisation = self.repository.find(organisation_id)
        if organisation is None or not organisation["active"]:
            raise ServiceError("ecert.verifier_not_found", "not_found")
        return organisation

    def of_staff(self, username: str) -> dict:
        """Return the active organisation a staff member verifies for; refuse anyone else."""
        organisation = self.repository.of_staff(username)
        if organisation is None:
            raise ServiceError("ecert.verifier_not_registered", "forbidden")
        return organisation

    def permitted(self, organisation: dict, purpose_code: str, type_slug: str, names) -> dict:
        """Return the purpose if it lets the organisation see `names` of a type; else refuse."""
        purpose = next((p for p in organisation["purposes"] if p["code"] == purpose_code), None)
        if purpose is None:
            raise ServiceError(
                "ecert.purpose_not_registered",
                "invalid",
                errors={"purpose": ["ecert.field.purpose_not_registered"]},
            )
        beyond = [name for name in names if name not in purpose["fields"].get(type_slug, ())]
        if beyond:
            raise ServiceError(
                "ecert.beyond_registration",
                "forbidden",
                errors={"disclose": ["ecert.field.beyond_registration"]},
                names=", ".join(str(name)[:40] for name in beyond),
            )
        return purpose

    def _check(self, body: dict) -> None:
        errors = {}
        purposes = {}
        for number, purpose in enumerate(body["purposes"]):
            problems = _purpose_problems(purpose)
            if problems:
                purposes[str(number)] = problems
        if purposes:
            errors["purposes"] = purposes
        if len({purpose["code"] for purpose in body["purposes"]}) != len(body["purposes"]):
            errors.setdefault("purposes", {})["_schema"] = ["ecert.field.purpose_repeated"]
        if not all(self._is_verifier(username) for username in body["staff"]):
            errors["staff"] = ["ecert.field.not_verifier_staff"]
        if errors:
            raise ServiceError("ecert.verifier_invalid", "invalid", errors=errors)

    def _is_verifier(self, username: str) -> bool:
        staff = self.find_staff(username)
        return bool(staff) and bool(set(staff["roles"]) & set(VERIFIER_ROLES))

    def _refuse_staff_elsewhere(self, usernames: list[str], organisation_id) -> None:
        if usernames and self.repository.holding_staff(usernames, organisation_id):
            raise ServiceError(
                "ecert.verifier_staff_taken",
                "conflict",
                errors={"staff": ["ecert.field.staff_elsewhere"]},
            )


def _purpose_problems(purpose: dict) -> dict:
    problems = {}
    for type_slug, names in purpose["fields"].items():
        certificate_type = BY_SLUG.get(type_slug)
        if certificate_type is None:
            problems[type_slug] = ["ecert.field.unknown_type"]
        elif not set(names) <= shareable(certificate_type):
            problems[type_slug] = ["ecert.field.not_shareable"]
    return {"fields": problems} if problems else {}
