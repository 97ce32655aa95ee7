"""Staff accounts: creation, password login, roles."""

from pymongo.errors import DuplicateKeyError

from core.departments import BY_SLUG as DEPARTMENTS
from core.errors import ServiceError

ROLES = ("checkpoint_operator", "venue_manager", "clerk", "issuer", "health_authority", "admin")


class StaffService:
    def __init__(self, repository, passwords, sessions, audit, clock):
        self.repository, self.passwords, self.sessions = repository, passwords, sessions
        self.audit, self.clock = audit, clock

    def create(
        self, username: str, password: str, roles, display_name: str = "", department=None
    ) -> dict:
        """Make a staff account with a hashed password; usernames are unique."""
        _check_roles(roles)
        _check_department(roles, department)
        staff = {
            "username": username,
            "display_name": display_name or username,
            "password_hash": self.passwords.hash_password(password),
            "roles": list(roles),
            "department": department,
            "disabled": False,
            "created_at": self.clock(),
        }
        try:
            return self.repository.insert(staff)
        except DuplicateKeyError:
            raise ServiceError("staff.username_taken", "conflict") from None

    def create_audited(self, fields: dict, actor) -> dict:
        """Create a staff account on an administrator's behalf and log it."""
        staff = self.create(
            fields["username"],
            fields["password"],
            fields["roles"],
            fields.get("display_name", ""),
            fields.get("department"),
        )
        self.audit.record(
            "staff.created",
            "ok",
            actor,
            subject=f"staff:{fields['username']}",
            roles=list(fields["roles"]),
            department=fields.get("department"),
        )
        return staff

    def list(self) -> list[dict]:
        return self.repository.list_all()

    def authenticate(self, username: str, password: str, actor) -> dict:
        """Return the staff account if the password is right; audit either way."""
        staff = self.repository.find_by_username(username)
        ok = self.passwords.check_password(staff and staff["password_hash"], password)
        if not ok:
            self.audit.record("staff.login", "failed", actor, subject=f"staff:{username}")
            raise ServiceError("auth.staff_credentials", "unauthorized")
        if staff.get("disabled"):
            self.audit.record("staff.login", "disabled", actor, subject=f"staff:{username}")
            raise ServiceError("auth.staff_disabled", "forbidden")
        self.audit.record("staff.login", "ok", actor, subject=f"staff:{username}")
        return staff

    def set_roles(self, username: str, roles, actor) -> dict:
        """Replace a staff member's roles, log who did it, and end their sessions.

        Roles travel inside tokens, so ending the sessions makes the change apply at once.
        """
        _check_roles(roles)
        before = self.repository.find_by_username(username)
        if not before:
            raise ServiceError("staff.not_found", "not_found")
        after = self.repository.set_roles(username, list(roles))
        self.audit.record(
            "staff.roles_changed",
            "ok",
            actor,
            subject=f"staff:{username}",
            before=before["roles"],
            after=list(roles),
        )
        self.sessions.close_all(username, "roles_changed")
        return after

    def set_department(self, username: str, department: str | None, actor) -> dict:
        """Place a staff member in a department (a clerk works on its services only)."""
        _check_department((), department)
        before = self.repository.find_by_username(username)
        if not before:
            raise ServiceError("staff.not_found", "not_found")
        after = self.repository.set_department(username, department)
        self.audit.record(
            "staff.department_changed",
            "ok",
            actor,
            subject=f"staff:{username}",
            before=before.get("department"),
            after=department,
        )
        return after


def _check_department(roles, department) -> None:
    if department is not None and department not in DEPARTMENTS:
        raise ServiceError(
            "staff.department_unknown", "invalid", errors={"department": ["field.invalid"]}
        )


def _check_roles(roles) -> None:
    unknown = sorted(set(roles) - set(ROLES))
    if unknown or not roles:
        raise ValueError(f"roles must be a non-empty subset of {ROLES}; unknown: {unknown}")
