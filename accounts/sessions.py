"""Device sessions: each login opens one; refresh tokens rotate within it; reuse revokes it.

A session belongs to one subject (account id or staff username), one kind and, for staff,
the roles it was opened with. Tokens name their session (sid); wherever a session is read
for a token, it must also name the token's subject, kind and roles, so a token carrying
someone else's session id is refused rather than borrowing that session.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from core.errors import ServiceError
from core.paging import page_of_list


@dataclass(frozen=True)
class SessionGrant:
    """What the HTTP shell needs to mint a token pair for a session."""

    session_id: str
    refresh_jti: str
    subject: str
    kind: str
    roles: tuple[str, ...]


class SessionService:
    def __init__(self, repository, refresh_days: int, clock, states=None):
        self.repository = repository
        self.refresh_days = refresh_days
        self.clock = clock
        # What this process remembers of sessions (bindings, revocations): see session_states.
        self.states = states

    def open(self, subject: str, kind: str, roles=(), device: str = "") -> SessionGrant:
        """Start a session for an account (kind 'resident' or 'staff')."""
        now = self.clock()
        grant = SessionGrant(
            secrets.token_urlsafe(12), secrets.token_urlsafe(12), subject, kind, tuple(roles)
        )
        self.repository.insert(
            {
                "_id": grant.session_id,
                "account_id": subject,
                "kind": kind,
                "roles": list(roles),
                "refresh_jti": grant.refresh_jti,
                "created_at": now,
                "last_used_at": now,
                "expires_at": now + timedelta(days=self.refresh_days),
                "revoked_at": None,
                "device": device[:200],
            }
        )
        return grant

    def rotate(self, session_id: str, presented_jti: str, subject: str) -> SessionGrant:
        """Swap the subject's refresh token; an already-used one revokes the whole session."""
        now, new_jti = self.clock(), secrets.token_urlsafe(12)
        changes = {"last_used_at": now, "expires_at": now + timedelta(days=self.refresh_days)}
        session = self.repository.rotate(session_id, subject, presented_jti, new_jti, changes)
        if session:
            return SessionGrant(
                session_id, new_jti, session["account_id"], session["kind"], tuple(session["roles"])
            )
        current = self.repository.find(session_id)
        if current and current["account_id"] != subject:
            raise ServiceError("auth.invalid_token", "unauthorized")
        if current and current["revoked_at"] is None:
            self.repository.revoke(session_id, subject, now, "refresh_reused")
            self._revoked_here(session_id)
            raise ServiceError("auth.refresh_reused", "unauthorized")
        raise ServiceError("auth.revoked_token", "unauthorized")

    def check(self, session_id: str, subject: str, kind: str, roles=()) -> str:
        """Say whether a token may be used: 'active', 'revoked', or 'foreign'.

        'foreign' means the session exists but names another subject, kind or roles than
        the token does: the token was not issued for it. With the process's session states,
        this reads nothing in the steady state; without, one indexed read.
        """
        if self.states is not None:
            return self.states.state(session_id, subject, kind, roles)
        session = self.repository.find(session_id)
        if not session:
            return "revoked"
        if (session["account_id"], session["kind"], sorted(session["roles"])) != (
            subject,
            kind,
            sorted(roles or ()),
        ):
            return "foreign"
        return "active" if session["revoked_at"] is None else "revoked"

    def close(self, session_id: str, subject: str) -> None:
        """End one of the subject's sessions (another subject's is left alone)."""
        if self.repository.revoke(session_id, subject, self.clock(), "logout"):
            self._revoked_here(session_id)

    def close_all(self, subject: str, reason: str = "logout_all") -> int:
        """End every session of the subject; this process refuses their tokens at once."""
        closed = self.repository.revoke_all(subject, self.clock(), reason)
        if closed and self.states is not None:
            self.states.catch_up_now()
        return closed

    def _revoked_here(self, session_id: str) -> None:
        if self.states is not None:
            self.states.revoked_here(session_id)

    def list_active(self, subject: str) -> list[dict]:
        return self.repository.list_active(subject)

    def devices(self, subject: str, current_id: str, limit: int, offset: int):
        """Return a page of the subject's live sessions, the asking one marked current."""
        sessions = [
            {**session, "current": session["_id"] == current_id}
            for session in self.repository.list_active(subject)
        ]
        return page_of_list(sessions, limit, offset)
