"""Wire the engines to repositories, providers and settings once per app."""

import base64
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
from health_code.keyring import KeyRing
from health_code.service import HealthCodeService
from models import (AccountRepository, AuditRepository, CheckpointScanRepository,
                    HealthKeyRepository, HealthRecordRepository, RiskAreaRepository,
                    SessionRepository, SmsCodeRepository, SmsOutboxRepository, StaffRepository)
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
    keyring: KeyRing
    health_codes: HealthCodeService
    risk_areas: RiskAreaRepository
    scans: CheckpointScanRepository


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
    limited = config["RATELIMIT_ENABLED"]  # false for load tests: no cool-down, no daily cap
    policy = SmsPolicy(config["SMS_CODE_TTL_SECONDS"], config["SMS_CODE_MAX_ATTEMPTS"],
                       config["SMS_RESEND_SECONDS"] if limited else 0,
                       config["SMS_DAILY_CAP"] if limited else 10**9)
    residents = ResidentService(
        AccountRepository(db), pii, _mock_only(config, "IDENTITY_PROVIDER", MockIdentityProvider()),
        _mock_only(config, "FACE_PROVIDER", MockFaceProvider()), audit, utcnow)
    keyring = KeyRing(HealthKeyRepository(db), base64.b64decode(config["HEALTH_CODE_KEK"]), utcnow,
                      refresh_seconds=config["HEALTH_CODE_KEY_REFRESH_SECONDS"])
    risk_areas, scans = RiskAreaRepository(db), CheckpointScanRepository(db)
    sessions = SessionService(SessionRepository(db), config["REFRESH_TOKEN_DAYS"], utcnow)
    return Services(
        pii=pii, audit=audit, sessions=sessions,
        sms=SmsLoginService(SmsCodeRepository(db), _sms_provider(config, outbox), pii, policy, utcnow),
        residents=residents,
        staff=StaffService(StaffRepository(db), passwords, sessions, audit, utcnow),
        wechat=_mock_only(config, "WECHAT_PROVIDER", MockWechatProvider()),
        outbox=outbox, keyring=keyring, risk_areas=risk_areas,
        health_codes=HealthCodeService(HealthRecordRepository(db), risk_areas, scans, keyring,
                                       residents.holder_identity, utcnow,
                                       token_seconds=config["HEALTH_CODE_TOKEN_SECONDS"],
                                       refresh_seconds=config["HEALTH_CODE_REFRESH_SECONDS"]),
        scans=scans)


def services() -> Services:
    """Return the current app's engines."""
    return current_app.extensions["services"]
