"""What one process remembers of sessions, so checking a token costs no database read.

A token is checked against its session on every request: revoked (logout, a reused refresh
token, a role change) or not, and naming the token's subject, kind and roles. Reading the
session each time doubled the reads of every request, so each process keeps
- the binding of each session it has seen (read once per session and process), and
- the set of revoked sessions, kept current by one indexed query for revocations newer
  than the last it saw, made at most every `refresh_seconds` (1 s).
A revocation made in this process counts here at once; in every other process and app
instance it counts within `refresh_seconds` of the revocation's commit. Revocations older
than an access token's lifetime are forgotten: no token they could stop is still valid.
"""

import threading
import time
from collections import OrderedDict
from datetime import timedelta

# Revocations are stamped by the clock of the instance that made them; read back a little
# earlier than the newest one seen, so another instance's slower clock loses none.
CLOCK_SKEW = timedelta(seconds=10)


class SessionStates:
    def __init__(
        self,
        repository,
        clock,
        *,
        token_lifetime: timedelta,
        refresh_seconds: float = 1.0,
        ticker=time.monotonic,
        max_bindings: int = 200_000,
    ):
        self.repository, self.clock, self.ticker = repository, clock, ticker
        self.token_lifetime, self.refresh_seconds = token_lifetime, refresh_seconds
        self.max_bindings = max_bindings
        self._bindings: OrderedDict[str, tuple] = OrderedDict()
        self._revoked: dict[str, object] = {}
        self._seen_until = None
        self._checked_at = float("-inf")
        self._lock = threading.Lock()

    def state(self, session_id: str, subject: str, kind: str, roles=()) -> str:
        """Say 'active', 'revoked' or 'foreign' (the session names another subject or roles)."""
        self._catch_up()
        if session_id in self._revoked:
            return "revoked"
        binding = self._bindings.get(session_id) or self._load(session_id)
        if binding is None:
            return "revoked"
        return "active" if binding == (subject, kind, tuple(sorted(roles or ()))) else "foreign"

    def revoked_here(self, session_id: str) -> None:
        """Refuse a session's tokens in this process at once (it was revoked here)."""
        self._revoked[session_id] = self.clock()

    def catch_up_now(self) -> None:
        """Read the revocation feed now (after revoking several sessions here)."""
        self._catch_up(force=True)

    def _load(self, session_id: str) -> tuple | None:
        session = self.repository.find(session_id)
        if session is None or session["revoked_at"] is not None:
            return None
        binding = (session["account_id"], session["kind"], tuple(sorted(session["roles"])))
        self._bindings[session_id] = binding
        if len(self._bindings) > self.max_bindings:
            self._bindings.popitem(last=False)
        return binding

    def _catch_up(self, force: bool = False) -> None:
        if not force and self.ticker() - self._checked_at < self.refresh_seconds:
            return
        if not self._lock.acquire(blocking=force):
            return  # another thread is reading the feed; its answer serves this request too
        try:
            now = self.clock()
            since = self._seen_until or now - self.token_lifetime
            for session_id, revoked_at in self.repository.revoked_since(since - CLOCK_SKEW):
                self._revoked[session_id] = revoked_at
                self._bindings.pop(session_id, None)
                self._seen_until = max(self._seen_until or revoked_at, revoked_at)
            self._seen_until = self._seen_until or since
            self._forget_old(now)
            self._checked_at = self.ticker()
        finally:
            self._lock.release()

    def _forget_old(self, now) -> None:
        horizon = now - self.token_lifetime - CLOCK_SKEW
        for session_id in [sid for sid, at in self._revoked.items() if at < horizon]:
            del self._revoked[session_id]
