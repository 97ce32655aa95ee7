"""What an administrator does to staff accounts: list, disable, enable, reset a password.

A password reset makes a one-time password that the server generates and shows once: the
administrator never picks one (so never reuses one, and it always meets the rules), and it
is stored only as a hash. Because the administrator has seen it, the person must replace it
at their next login (`StaffService.authenticate`). Every change ends the person's sessions,
so it applies at once, and is written to the audit trail without any password in it.
"""

import secrets

from core.errors import ServiceError

# No 0/O, 1/l/I: the password is read off a screen and typed or read out over the phone.
ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
GROUPS, GROUP_LENGTH = 4, 4  # 16 characters, 80 bits
DISABLED_EVENT = "staff.disabled"
ENABLED_EVENT = "staff.enabled"


def one_time_password() -> str:
    """Return a random password in groups of four ("k7mw-2qpx-…")."""
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))
    return "-".join(groups)


class StaffAdmin:
    def __init__(self, repository, passwords, sessions, audit, clock):
        self.repository, self.passwords, self.sessions = repository, passwords, sessions
        self.audit, self.clock = audit, clock

    def page(self, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of staff accounts by username, without their password hashes."""
        return self.repository.page_by_username(limit, offset)

    def disable(self, username: str, actor) -> dict:
        """Stop an account from logging in and end its sessions (an administrator not their own)."""
        if username == actor.id:
            raise ServiceError("staff.cannot_disable_self", "conflict")
        return self._set_disabled(username, True, DISABLED_EVENT, actor)

    def enable(self, username: str, actor) -> dict:
        """Let a disabled account log in again."""
        return self._set_disabled(username, False, ENABLED_EVENT, actor)

    def reset_password(self, username: str, actor) -> dict:
        """Replace the password with a one-time one, shown once; sessions end."""
        password = one_time_password()
        staff = self.repository.set_password(
            username, self.passwords.hash_password(password), True, self.clock()
        )
        if staff is None:
            raise ServiceError("staff.not_found", "not_found")
        self.audit.record("staff.password_reset", "ok", actor, subject=f"staff:{username}")
        self.sessions.close_all(username, "password_reset")
        return {**_public(staff), "one_time_password": password}

    def _set_disabled(self, username: str, disabled: bool, event: str, actor) -> dict:
        changed = self.repository.set_disabled(username, disabled, self.clock())
        staff = self.repository.find_by_username(username)
        if staff is None:
            raise ServiceError("staff.not_found", "not_found")
        if changed:
            self.audit.record(event, "ok", actor, subject=f"staff:{username}")
        if disabled:
            self.sessions.close_all(username, "disabled")
        return _public(staff)


def _public(staff: dict) -> dict:
    return {key: value for key, value in staff.items() if key != "password_hash"}
