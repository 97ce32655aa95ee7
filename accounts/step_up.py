"""Step-up (加强认证): prove again, on this device, who you are before a sensitive action.

A session steps up by one method: an SMS code sent to the account's own phone (level L2 for
a real-named account) or a face check through the face provider (level L3). The level,
method and time are recorded on the session; an action that needs a fresh assurance asks
`require(session, account, level)`, which raises the one step-up answer
(`core.errors.StepUpRequired`) when the session has not stepped up recently enough. A level
the account itself lacks is asked for the same way (real-name verification for L2, a face
check for L3), so a lower level gets a prompt, never a dead end.
"""

from datetime import timedelta

from accounts.residents import LEVELS, level_at_least
from core.errors import ServiceError, StepUpRequired
from identity.masking import mask_phone

SMS, FACE, REAL_NAME = "sms", "face", "real_name"
# What can prove each level afresh on a device.
FRESH_METHODS = {"L1": (SMS,), "L2": (SMS, FACE), "L3": (FACE,)}
STEP_UP_EVENT = "resident.step_up"


def require_level(account: dict, level: str, max_age_seconds: int) -> None:
    """Raise StepUpRequired when the account itself is below `level` (no freshness asked)."""
    if level_at_least(account["level"], level):
        return
    methods = (REAL_NAME,) if not account.get("real_name") else (FACE,)
    raise StepUpRequired(level, methods, max_age_seconds)


class StepUp:
    def __init__(self, sessions, residents, sms, audit, clock, max_age_seconds: int = 300):
        self.sessions, self.residents, self.sms = sessions, residents, sms
        self.audit, self.clock, self.max_age_seconds = audit, clock, max_age_seconds

    def send_sms_code(self, account_id: str) -> dict:
        """Send a step-up code to the account's own phone; answer where and when to retry."""
        phone = self._phone(self.residents.get(account_id))
        resend_after = self.sms.send_code(phone)
        ttl = self.sms.policy.ttl_seconds
        return {"phone": mask_phone(phone), "resend_after": resend_after, "expires_in": ttl}

    def by_method(self, session_id: str, account_id: str, proof: dict, actor) -> dict:
        """Step up by {"method": "sms", "code"} or {"method": "face", "liveness_token"}."""
        if proof["method"] == FACE:
            return self.by_face(session_id, account_id, proof["liveness_token"], actor)
        return self.by_sms(session_id, account_id, proof["code"], actor)

    def by_sms(self, session_id: str, account_id: str, code: str, actor) -> dict:
        """Check the SMS code and record the step-up on this session (L2 when real-named)."""
        account = self.residents.get(account_id)
        try:
            self.sms.check_code(self._phone(account), code)
        except ServiceError as refusal:
            self._audit(actor, account_id, SMS, refusal.key)
            # A wrong code is a mistake in the form, not a lost login: 422 beside the field.
            raise ServiceError(
                refusal.key, "invalid", errors={"code": [refusal.key]}, **refusal.params
            ) from None
        level = min(account["level"], "L2", key=LEVELS.index)
        return self._record(session_id, account_id, level, SMS, actor)

    def by_face(self, session_id: str, account_id: str, liveness_token: str, actor) -> dict:
        """Check the face against the real-name record and record an L3 step-up."""
        try:
            self.residents.verify_face(account_id, liveness_token, actor)
        except ServiceError as refusal:
            self._audit(actor, account_id, FACE, refusal.key)
            raise
        return self._record(session_id, account_id, "L3", FACE, actor)

    def stepped_up(self, session_id: str, account_id: str, level: str, max_age_seconds=None):
        """Say whether this session proved `level` within the last max_age seconds."""
        session = self.sessions.find(session_id)
        if not session or session["account_id"] != account_id or session["revoked_at"]:
            return False
        step_up = session.get("step_up")
        if not step_up or not level_at_least(step_up["level"], level):
            return False
        max_age = timedelta(seconds=max_age_seconds or self.max_age_seconds)
        return self.clock() - step_up["at"] <= max_age

    def require(self, session_id: str, account: dict, level: str, max_age_seconds=None) -> None:
        """Raise StepUpRequired unless the account has `level` and this session proved it lately."""
        max_age = max_age_seconds or self.max_age_seconds
        require_level(account, level, max_age)
        if not self.stepped_up(session_id, str(account["_id"]), level, max_age):
            raise StepUpRequired(level, FRESH_METHODS[level], max_age)

    def _record(self, session_id, account_id, level, method, actor) -> dict:
        at = self.clock()
        if not self.sessions.record_step_up(
            session_id, account_id, {"level": level, "method": method, "at": at}
        ):
            raise ServiceError("auth.revoked_token", "unauthorized")
        self._audit(actor, account_id, method, "ok", level=level)
        fresh_until = at + timedelta(seconds=self.max_age_seconds)
        return {
            "level": level,
            "method": method,
            "stepped_up_at": at,
            "fresh_until": fresh_until,
            "max_age_seconds": self.max_age_seconds,
        }

    def _phone(self, account: dict) -> str:
        return self.residents.pii.decrypt(account["phone_enc"], "phone")

    def _audit(self, actor, account_id, method, outcome, **details) -> None:
        self.audit.record(
            STEP_UP_EVENT, outcome, actor, subject=account_id, method=method, **details
        )
