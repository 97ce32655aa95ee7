"""Wire the engines to repositories, providers and settings once per app."""

import base64
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app

from accounts.audit import AuditLog
from accounts.residents import ResidentService
from accounts.sessions import SessionService
from accounts.sms_login import SmsLoginService, SmsPolicy
from accounts.staff import StaffService
from app.security.passwords import PasswordHasher
from app.security.pii import PiiCipher
from core.clock import utcnow
from health_code.usecases.appeals import AppealService
from health_code.usecases.cards import CodeCardService
from health_code.usecases.display import HealthCodeService
from health_code.usecases.family import FamilyService
from health_code.usecases.partners import PartnerService
from health_code.usecases.venues import VenueService
from models import (
    AccountRepository,
    AuditRepository,
    CheckinRepository,
    CheckpointScanRepository,
    HealthKeyRepository,
    HealthRecordRepository,
    RiskAreaRepository,
    SessionRepository,
    SmsCodeRepository,
    SmsOutboxRepository,
    StaffRepository,
    VenueRepository,
)
from models.appeals import AppealRepository
from models.code_cards import CodeCardRepository
from models.guardianships import GuardianshipRepository
from models.notifications import NotificationRepository
from models.partner_regions import PartnerRegionRepository
from providers.face import MockFaceProvider
from providers.identity import MockIdentityProvider
from providers.sms import ConsoleSmsProvider, OutboxSmsProvider
from providers.wechat import MockWechatProvider
from signing_keys import KeyRing


@dataclass
class Container:
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
    venues: VenueService
    appeals: AppealService
    notifications: NotificationRepository
    partners: PartnerService
    family: FamilyService
    code_cards: CodeCardService


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


def build_container(db, config) -> Container:
    """Create every engine for this app's database and configuration."""
    pii = PiiCipher(config["PII_KEY"], config["BLIND_INDEX_KEY"])
    audit = AuditLog(AuditRepository(db), utcnow)
    accounts = _account_services(db, config, pii, audit)
    return Container(
        pii=pii,
        audit=audit,
        **accounts,
        **_health_services(db, config, accounts["residents"], audit),
    )


def _account_services(db, config, pii, audit) -> dict:
    outbox = SmsOutboxRepository(db) if config["SMS_PROVIDER"] == "outbox" else None
    limited = config["RATELIMIT_ENABLED"]  # false for load tests: no cool-down, no daily cap
    policy = SmsPolicy(
        config["SMS_CODE_TTL_SECONDS"],
        config["SMS_CODE_MAX_ATTEMPTS"],
        config["SMS_RESEND_SECONDS"] if limited else 0,
        config["SMS_DAILY_CAP"] if limited else 10**9,
    )
    sessions = SessionService(SessionRepository(db), config["REFRESH_TOKEN_DAYS"], utcnow)
    hasher = PasswordHasher(config["PASSWORD_HASH_COST"])
    return {
        "outbox": outbox,
        "sessions": sessions,
        "sms": SmsLoginService(
            SmsCodeRepository(db), _sms_provider(config, outbox), pii, policy, utcnow
        ),
        "residents": ResidentService(
            AccountRepository(db),
            pii,
            _mock_only(config, "IDENTITY_PROVIDER", MockIdentityProvider()),
            _mock_only(config, "FACE_PROVIDER", MockFaceProvider()),
            audit,
            utcnow,
        ),
        "staff": StaffService(StaffRepository(db), hasher, sessions, audit, utcnow),
        "wechat": _mock_only(config, "WECHAT_PROVIDER", MockWechatProvider()),
    }


def _health_services(db, config, residents, audit) -> dict:
    keyring = KeyRing(
        HealthKeyRepository(db),
        base64.b64decode(config["HEALTH_CODE_KEK"]),
        utcnow,
        refresh_seconds=config["HEALTH_CODE_KEY_REFRESH_SECONDS"],
    )
    risk_areas, scans = RiskAreaRepository(db), CheckpointScanRepository(db)
    cards, notifications = CodeCardRepository(db), NotificationRepository(db)
    codes = HealthCodeService(
        HealthRecordRepository(db),
        risk_areas,
        scans,
        keyring,
        residents.holder_identity,
        utcnow,
        token_seconds=config["HEALTH_CODE_TOKEN_SECONDS"],
        refresh_seconds=config["HEALTH_CODE_REFRESH_SECONDS"],
        cards=cards,
    )
    return {
        "keyring": keyring,
        "risk_areas": risk_areas,
        "scans": scans,
        "health_codes": codes,
        "notifications": notifications,
        "appeals": AppealService(AppealRepository(db), notifications, codes, audit, utcnow),
        "partners": PartnerService(
            PartnerRegionRepository(db),
            codes,
            audit,
            utcnow,
            local_validity=timedelta(hours=config["PARTNER_CODE_VALID_HOURS"]),
        ),
        "family": FamilyService(GuardianshipRepository(db), residents, codes, audit, utcnow),
        "code_cards": CodeCardService(cards, residents, codes, keyring, audit, utcnow),
        "venues": VenueService(
            VenueRepository(db),
            CheckinRepository(db),
            keyring,
            codes,
            utcnow,
            retention_days=config["VENUE_CHECKIN_RETENTION_DAYS"],
        ),
    }


def container() -> Container:
    """Return the current app's engines."""
    return current_app.extensions["container"]
