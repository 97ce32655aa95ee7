"""Wire the engines to repositories, providers and settings once per app."""

from dataclasses import dataclass

from flask import current_app

from accounts.audit import AuditLog
from accounts.residents import ResidentService
from accounts.sessions import SessionService
from accounts.sms_login import SmsLoginService, SmsPolicy
from accounts.staff import StaffService
from app.security import passwords
from app.security.pii import PiiCipher
from core.clock import utcnow
from models import (AccountRepository, AuditRepository, SessionRepository, SmsCodeRepository,
                    SmsOutboxRepository, StaffRepository)
from providers.face import MockFaceProvider
from providers.identity import MockIdentityProvider
from providers.sms import ConsoleSmsProvider, OutboxSmsProvider
from providers.wechat import MockWechatProvider


@dataclass
class Services:
    pii: PiiCipher
    audit: AuditLog
    sessions: SessionService
    sms: SmsLoginService
    residents: ResidentService
    staff: StaffService
    wechat: object
    outbox: SmsOutboxRepository | None


def _sms_provider(config, outbox):
    if config["SMS_PROVIDER"] == "outbox":
        return OutboxSmsProvider(outbox, utcnow)
    if config["SMS_PROVIDER"] == "console":
        return ConsoleSmsProvider()
    raise ValueError(f"unknown SMS_PROVIDER {config['SMS_PROVIDER']!r}")


def _mock_only(config, name, mock):
    if config[name] != "mock":
        raise ValueError(f"unknown {name} {config[name]!r}; only 'mock' ships with the project")
    return mock


def build_services(db, config) -> Services:
    """Create every engine for this app's database and configuration."""
    pii = PiiCipher(config["PII_KEY"], config["BLIND_INDEX_KEY"])
    audit = AuditLog(AuditRepository(db), utcnow)
    outbox = SmsOutboxRepository(db) if config["SMS_PROVIDER"] == "outbox" else None
    policy = SmsPolicy(config["SMS_CODE_TTL_SECONDS"], config["SMS_CODE_MAX_ATTEMPTS"],
                       config["SMS_RESEND_SECONDS"], config["SMS_DAILY_CAP"])
    residents = ResidentService(
        AccountRepository(db), pii, _mock_only(config, "IDENTITY_PROVIDER", MockIdentityProvider()),
        _mock_only(config, "FACE_PROVIDER", MockFaceProvider()), audit, utcnow)
    return Services(
        pii=pii, audit=audit,
        sessions=SessionService(SessionRepository(db), config["REFRESH_TOKEN_DAYS"], utcnow),
        sms=SmsLoginService(SmsCodeRepository(db), _sms_provider(config, outbox), pii, policy, utcnow),
        residents=residents,
        staff=StaffService(StaffRepository(db), passwords, audit, utcnow),
        wechat=_mock_only(config, "WECHAT_PROVIDER", MockWechatProvider()),
        outbox=outbox)


def services() -> Services:
    """Return the current app's engines."""
    return current_app.extensions["services"]
