"""One-time SMS codes: send with cool-down and daily cap, check with a try limit."""

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import timedelta

from core.clock import CHINA_STANDARD_TIME, china_day
from core.errors import ServiceError


@dataclass(frozen=True)
class SmsPolicy:
    ttl_seconds: int = 300
    max_attempts: int = 5
    resend_seconds: int = 60
    daily_cap: int = 10


def _hash(code: str, salt: str) -> str:
    return hmac.new(salt.encode(), code.encode(), hashlib.sha256).hexdigest()


class SmsLoginService:
    def __init__(self, codes, provider, pii, policy: SmsPolicy, clock):
        self.codes, self.provider, self.pii = codes, provider, pii
        self.policy, self.clock = policy, clock

    def phone_index(self, phone: str) -> str:
        return self.pii.blind_index(phone, "phone")

    def send_code(self, phone: str) -> int:
        """Send a fresh 6-digit code; return the seconds before another may be sent."""
        now, index = self.clock(), self.phone_index(phone)
        current = self.codes.find(index)
        day_count = self._check_limits(current, now)
        code = f"{secrets.randbelow(10**6):06d}"
        salt = os.urandom(8).hex()
        document = {
            "code_hash": _hash(code, salt),
            "salt": salt,
            "attempts": 0,
            "sent_at": now,
            "expires_at": now + timedelta(seconds=self.policy.ttl_seconds),
            "day": china_day(now),
            "day_count": day_count + 1,
            "purge_at": now + timedelta(days=2),
        }
        if not self.codes.replace_if_unchanged(index, current and current["sent_at"], document):
            raise ServiceError(
                "auth.sms_cooldown", "rate_limited", retry_after=self.policy.resend_seconds
            )
        self.provider.send(phone, f"【省事】验证码 {code}，5分钟内有效，请勿告诉他人。", code=code)
        return self.policy.resend_seconds

    def _check_limits(self, current: dict | None, now) -> int:
        if not current:
            return 0
        waited = (now - current["sent_at"]).total_seconds()
        if waited < self.policy.resend_seconds:
            raise ServiceError(
                "auth.sms_cooldown",
                "rate_limited",
                retry_after=max(1, int(self.policy.resend_seconds - waited)),
            )
        day_count = current["day_count"] if current["day"] == china_day(now) else 0
        if day_count >= self.policy.daily_cap:
            raise ServiceError(
                "auth.sms_daily_cap", "rate_limited", retry_after=_seconds_to_next_china_day(now)
            )
        return day_count

    def check_code(self, phone: str, code: str) -> None:
        """Accept the code once; wrong codes count down the tries and then burn it."""
        now, index = self.clock(), self.phone_index(phone)
        current = self.codes.find(index)
        if (
            not current
            or not current.get("code_hash")
            or current["expires_at"] <= now
            or current["attempts"] >= self.policy.max_attempts
        ):
            raise ServiceError("auth.code_expired", "unauthorized")
        if hmac.compare_digest(_hash(code, current["salt"]), current["code_hash"]):
            if self.codes.consume(index, current["code_hash"], self.policy.max_attempts):
                return
            raise ServiceError("auth.code_expired", "unauthorized")
        after = self.codes.count_failure(index, current["code_hash"])
        remaining = self.policy.max_attempts - (
            after["attempts"] if after else self.policy.max_attempts
        )
        if remaining <= 0:
            raise ServiceError("auth.code_expired", "unauthorized")
        raise ServiceError("auth.code_invalid", "unauthorized", remaining=remaining)


def _seconds_to_next_china_day(now) -> int:
    local = now.astimezone(CHINA_STANDARD_TIME)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1, int((midnight - local).total_seconds()))
