"""Consents: agreement to the privacy notice, and optional purposes granted and withdrawn.

Agreeing to the notice (`privacy_notice`) covers the purposes it lists as required; it is
recorded with the notice's version, and a newer version in force means the resident must
agree again. An optional purpose (`face_verification`: a face is sensitive personal
information, PIPL Art. 29) needs its own consent, is checked before that processing, and may
be withdrawn at any time; what withdrawal stops besides the purpose itself is registered per
purpose (`on_withdrawal`). Every change goes to the audit trail.
"""

from core.errors import ServiceError

NOTICE = "privacy_notice"
FACE = "face_verification"
PURPOSES = (NOTICE, FACE)
OPTIONAL = (FACE,)
GRANTED, WITHDRAWN, NOT_GIVEN = "granted", "withdrawn", "not_given"
# The refusal a client acts on when a purpose's consent is missing (ask for it, then retry).
REQUIRED_KEYS = {FACE: "consent.face_verification_required"}


class ConsentService:
    def __init__(self, repository, notice, audit, clock):
        self.repository, self.notice = repository, notice
        self.audit, self.clock = audit, clock
        self._effects = {purpose: [] for purpose in OPTIONAL}

    def on_withdrawal(self, purpose: str, effect) -> None:
        """Run effect(account_id, actor) whenever the purpose is withdrawn (idempotent)."""
        self._effects[purpose].append(effect)

    def notice_in_force(self):
        """Return the privacy notice residents agree to now."""
        return self.notice

    def overview(self, account_id: str) -> dict:
        """Return the notice in force, whether it must be agreed (again), and each purpose."""
        stored = {c["purpose"]: c for c in self.repository.of_account(account_id)}
        states = [self._state(purpose, stored.get(purpose)) for purpose in PURPOSES]
        return {
            "current_version": self.notice.version,
            "needs_agreement": not states[0]["in_force"],
            "purposes": states,
        }

    def grant(self, account_id: str, purpose: str, version: str, actor) -> dict:
        """Record consent to a purpose as worded in the notice `version` the resident read."""
        self._known(purpose)
        if version != self.notice.version:
            raise ServiceError(
                "consent.version_outdated",
                "conflict",
                errors={"version": ["consent.version_outdated"]},
                current=self.notice.version,
            )
        before = self._stored(account_id, purpose)
        if before and before["status"] == GRANTED and before["version"] == version:
            return self.overview(account_id)  # agreeing again to the same text changes nothing
        self.repository.grant(account_id, purpose, version, self.clock())
        self.audit.record(
            "consent.granted",
            "ok",
            actor,
            subject=account_id,
            purpose=purpose,
            version=version,
            previous_version=before and before.get("version"),
        )
        return self.overview(account_id)

    def withdraw(self, account_id: str, purpose: str, actor) -> dict:
        """Withdraw an optional consent: the purpose stops, and so does what depends on it."""
        self._known(purpose)
        if purpose not in OPTIONAL:
            raise ServiceError("consent.required_purpose", "conflict")
        if self.repository.withdraw(account_id, purpose, self.clock()):
            self.audit.record("consent.withdrawn", "ok", actor, subject=account_id, purpose=purpose)
        # Run even when it was withdrawn before, so a retry finishes an interrupted withdrawal.
        for effect in self._effects[purpose]:
            effect(account_id, actor)
        return self.overview(account_id)

    def in_force(self, account_id: str, purpose: str) -> bool:
        """Say whether the account's consent currently allows the purpose."""
        return self._state(purpose, self._stored(account_id, purpose))["in_force"]

    def require(self, account_id: str, purpose: str) -> None:
        """Refuse (403, a key the client acts on) unless the purpose's consent is in force."""
        if not self.in_force(account_id, purpose):
            raise ServiceError(REQUIRED_KEYS[purpose], "forbidden")

    def _state(self, purpose: str, stored: dict | None) -> dict:
        status = stored["status"] if stored else NOT_GIVEN
        version = stored.get("version") if stored else None
        # The notice must be the one in force; an optional purpose keeps its consent across
        # versions (its wording is part of the text the resident agreed to when granting it).
        current = purpose not in OPTIONAL and version != self.notice.version
        return {
            "purpose": purpose,
            "optional": purpose in OPTIONAL,
            "status": status,
            "version": version,
            "changed_at": stored and stored["changed_at"],
            "in_force": status == GRANTED and not current,
        }

    def _stored(self, account_id: str, purpose: str) -> dict | None:
        return next(
            (c for c in self.repository.of_account(account_id) if c["purpose"] == purpose), None
        )

    @staticmethod
    def _known(purpose: str) -> None:
        if purpose not in PURPOSES:
            raise ServiceError("consent.unknown_purpose", "not_found")
