"""Device sessions: each login opens one; refresh tokens rotate within it; reuse revokes it."""

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
    def __init__(self, repository, refresh_days: int, clock):
        self.repository = repository
        self.refresh_days = refresh_days
        self.clock = clock

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

    def rotate(self, session_id: str, presented_jti: str) -> SessionGrant:
        """Swap the refresh token; an already-used one revokes the whole session."""
        now, new_jti = self.clock(), secrets.token_urlsafe(12)
        changes = {"last_used_at": now, "expires_at": now + timedelta(days=self.refresh_days)}
        session = self.repository.rotate(session_id, presented_jti, new_jti, changes)
        if session:
            return SessionGrant(
                session_id, new_jti, session["account_id"], session["kind"], tuple(session["roles"])
            )
        current = self.repository.find(session_id)
        if current and current["revoked_at"] is None:
            self.repository.revoke(session_id, now, "refresh_reused")
            raise ServiceError("auth.refresh_reused", "unauthorized")
        raise ServiceError("auth.revoked_token", "unauthorized")

    def is_active(self, session_id: str) -> bool:
        """Say whether tokens of this session may still be used (one indexed read)."""
        session = self.repository.find(session_id)
        return bool(session) and session["revoked_at"] is None

    def close(self, session_id: str) -> None:
        self.repository.revoke(session_id, self.clock(), "logout")

    def close_all(self, subject: str, reason: str = "logout_all") -> int:
        return self.repository.revoke_all(subject, self.clock(), reason)

    def list_active(self, subject: str) -> list[dict]:
        return self.repository.list_active(subject)

    def devices(self, subject: str, current_id: str, limit: int, offset: int):
        """Return a page of the subject's live sessions, the asking one marked current."""
        sessions = [
            {**session, "current": session["_id"] == current_id}
            for session in self.repository.list_active(subject)
        ]
        return page_of_list(sessions, limit, offset)
