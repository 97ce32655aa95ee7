"""Staff accounts: creation, password login, roles."""

from core.departments import BY_SLUG as DEPARTMENTS
from core.errors import Duplicate, ServiceError

ROLES = (
    "checkpoint_operator",
    "venue_manager",
    "clerk",
    "issuer",
    "verifier",
    "health_authority",
    "admin",
)


class StaffService:
    def __init__(self, repository, passwords, sessions, audit, clock):
        self.repository, self.passwords, self.sessions = repository, passwords, sessions
        self.audit, self.clock = audit, clock

    def create(
        self,
        username: str,
        password: str,
        roles,
        display_name: str = "",
        must_change=False,
        department=None,
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
            "must_change_password": must_change,
            "created_at": self.clock(),
        }
        try:
            return self.repository.insert(staff)
        except Duplicate:
            key = "staff.username_taken"
            raise ServiceError(key, "conflict", errors={"username": [key]}) from None

    def create_audited(self, fields: dict, actor) -> dict:
        """Create a staff account on an administrator's behalf and log it.

        The administrator chose the first password, so the person must replace it when they
        first log in.
        """
        staff = self.create(
            fields["username"],
            fields["password"],
            fields["roles"],
            fields.get("display_name", ""),
            must_change=True,
            department=fields.get("department"),
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

    def authenticate(self, username: str, password: str, actor, new_password=None) -> tuple:
        """Return the staff account if the password is right, and the notices it should see.

        The notices tell the real user what happened since their last login: failed
        attempts on their username and locks those attempts caused. Audited either way.
        With new_password the password is changed first; a one-time password set by an
        administrator must be changed so, or the login is refused.
        """
        staff = self.repository.find_by_username(username)
        ok = self.passwords.check_password(staff and staff["password_hash"], password)
        if not ok:
            if staff:
                self.repository.record_failed_login(username, self.clock())
            self.audit.record("staff.login", "failed", actor, subject=f"staff:{username}")
            raise ServiceError("auth.staff_credentials", "unauthorized")
        if staff.get("disabled"):
            self.audit.record("staff.login", "disabled", actor, subject=f"staff:{username}")
            raise ServiceError("auth.staff_disabled", "forbidden")
        if new_password is not None:
            self._change_password(username, password, new_password, actor)
        elif staff.get("must_change_password"):
            self.audit.record("staff.login", "must_change", actor, subject=f"staff:{username}")
            key = "auth.password_change_required"
            raise ServiceError(key, "forbidden", errors={"new_password": [key]})
        before = self.repository.record_login(username, self.clock()) or staff
        self.audit.record("staff.login", "ok", actor, subject=f"staff:{username}")
        return staff, login_notices(before)

    def _change_password(self, username: str, password: str, new_password: str, actor) -> None:
        if new_password == password:
            key = "auth.password_unchanged"
            raise ServiceError(key, "invalid", errors={"new_password": [key]})
        hashed = self.passwords.hash_password(new_password)
        self.repository.set_password(username, hashed, False, self.clock())
        self.audit.record("staff.password_changed", "ok", actor, subject=f"staff:{username}")

    def note_lockout(self, username: str, until, actor, limit: str) -> None:
        """Record (once per lock) that failed attempts have locked this username's logins."""
        if self.repository.record_lockout(username, self.clock(), until):
            self.audit.record(
                "staff.login_locked",
                "refused",
                actor,
                subject=f"staff:{username}",
                until=until.isoformat(),
                limit=limit,
            )

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


def login_notices(before: dict) -> list[dict]:
    """Say what happened to the account between its previous login and this one."""
    notices = []
    since = before.get("last_login_at")
    if before.get("failed_logins"):
        count, last = before["failed_logins"], before.get("last_failed_login_at")
        notices.append({"kind": "failed_logins", "count": count, "since": since, "last_at": last})
    if before.get("lockouts"):
        count, last = before["lockouts"], before.get("last_locked_at")
        notices.append({"kind": "locked_out", "count": count, "since": since, "last_at": last})
    return notices


def _check_roles(roles) -> None:
    unknown = sorted(set(roles) - set(ROLES))
    if unknown or not roles:
        raise ValueError(f"roles must be a non-empty subset of {ROLES}; unknown: {unknown}")
