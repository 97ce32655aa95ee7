"""Wire engines to repositories, providers, keys and settings, once per app.

The API layer gets the `Container`: engines (use-cases) only. Repositories, the PII cipher
and key rings are built here and handed to the engines that need them; `Wiring` keeps them
for the command line and the tests, never for views.
"""

import base64
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app

from accounts.account_data import (
    ConsentData,
    NotificationData,
    SecurityEventData,
    SessionData,
    SmsCodeData,
    SmsOutboxData,
)
from accounts.account_deletion import AccountDeletion
from accounts.audit import AuditLog
from accounts.confirmation import PhoneConfirmation
from accounts.consents import FACE, ConsentService
from accounts.data_export import DataExport
from accounts.notifications import Notifications
from accounts.personal_data import PersonalData
from accounts.privacy_notice import current_notice
from accounts.profiles import Profiles
from accounts.residents import ResidentService
from accounts.session_states import SessionStates
from accounts.sessions import SessionService
from accounts.sms_login import SmsLoginService, SmsPolicy
from accounts.staff import StaffService
from accounts.staff_admin import StaffAdmin
from accounts.step_up import StepUp
from app.security.passwords import PasswordHasher
from app.security.pii import PiiCipher
from core.clock import Clock
from ecert.grants import Grants
from ecert.holdings import ServicesWallet
from ecert.issuance import Issuance
from ecert.presentation import Presenter
from ecert.seals import IssuerSeals
from ecert.usecases.holder_grants import HolderGrants
from ecert.usecases.holders import Holders
from ecert.usecases.issuer_console import IssuerConsole
from ecert.usecases.personal_data import CertificateData, GrantData, PresentationData, UsageData
from ecert.usecases.publishing import EcertPublishing
from ecert.usecases.refresh import DerivedRefresh
from ecert.usecases.showing import Showing
from ecert.usecases.verifier_registry import VerifierRegistry
from ecert.usecases.verifying import VerificationDesk
from ecert.usecases.wallet import Wallet
from ecert.wallet_keys import WalletKeys
from health_code.usecases.appeals import AppealService
from health_code.usecases.authority import AuthorityService
from health_code.usecases.cards import CodeCardService
from health_code.usecases.display import HealthCodeService
from health_code.usecases.facts import FactLog
from health_code.usecases.family import FamilyService
from health_code.usecases.family_data import FamilyData
from health_code.usecases.guardians import GuardianRequests
from health_code.usecases.keys import HealthKeys
from health_code.usecases.live_colour import LiveColours
from health_code.usecases.partners import PartnerService
from health_code.usecases.personal_data import (
    AppealData,
    CheckinData,
    CodeCardData,
    HealthRecordData,
)
from health_code.usecases.scanning import Scanner
from health_code.usecases.venues import VenueService
from models import (
    AccountRepository,
    AppealRepository,
    AuditRepository,
    BookingRepository,
    CaseCounterRepository,
    CaseRepository,
    CertificateRepository,
    CheckinRepository,
    CheckpointScanRepository,
    CodeCardRepository,
    ConsentRepository,
    DraftRepository,
    EcertKeyRepository,
    FavouriteRepository,
    GrantRepository,
    GuardianshipRepository,
    GuideVersionRepository,
    HallRepository,
    HealthKeyRepository,
    HealthRecordRepository,
    NotificationOutboxRepository,
    NotificationRepository,
    PartnerRegionRepository,
    PaymentNotificationRepository,
    PaymentRepository,
    PresentationRepository,
    RatingRepository,
    RecentServiceRepository,
    RectificationRepository,
    ReminderCheckRepository,
    RiskAreaRepository,
    ServiceItemRepository,
    SessionRepository,
    SlotRepository,
    SmsCodeRepository,
    SmsOutboxRepository,
    StaffRepository,
    UploadRepository,
    UsageLogRepository,
    UsedNonceRepository,
    VenueRepository,
    VerifierRepository,
)
from models.ecert_keys import WALLET_OWNER
from providers.face import MockFaceProvider
from providers.identity import MockIdentityProvider
from providers.notifications import MockSmsNotifier, MockWechatSubscriptionNotifier
from providers.payment import MockGateway
from providers.sms import ConsoleSmsProvider, OutboxSmsProvider
from providers.wechat import MockWechatProvider
from services import CaseNumbers, RatingPolicy, WorkingCalendar, all_items
from services.catalogue.halls import HALLS
from services.usecases.applying import Applying
from services.usecases.appointments import Appointments
from services.usecases.cases import CaseMover
from services.usecases.catalogue import Catalogue
from services.usecases.catalogue_admin import CatalogueAdmin
from services.usecases.certificates import WalletIssuer
from services.usecases.inbox import Inbox
from services.usecases.my_cases import MyCases
from services.usecases.payments import Payments
from services.usecases.people import GuardianLinks, People
from services.usecases.ratings import Ratings
from services.usecases.reform import ReformStats
from services.usecases.uploads import Uploads
from services.usecases.workbench import Workbench
from signing_keys import KeyRing


@dataclass
class Container:
    """The engines the API layer calls."""

    sessions: SessionService
    sms: SmsLoginService
    residents: ResidentService
    profiles: Profiles
    staff: StaffService
    staff_admin: StaffAdmin
    audit: AuditLog
    wechat: MockWechatProvider
    sms_outbox: OutboxSmsProvider | None
    notifications: Notifications
    health_keys: HealthKeys
    health_codes: HealthCodeService
    scanner: Scanner
    authority: AuthorityService
    venues: VenueService
    appeals: AppealService
    partners: PartnerService
    family: FamilyService
    guardians: GuardianRequests
    code_cards: CodeCardService
    step_up: StepUp
    wallet: Wallet
    showing: Showing
    holder_grants: HolderGrants
    verification: VerificationDesk
    verifier_registry: VerifierRegistry
    issuer_console: IssuerConsole
    ecert_public: EcertPublishing
    ecert_refresh: DerivedRefresh
    services_wallet: ServicesWallet
    consents: ConsentService
    confirmation: PhoneConfirmation
    data_export: DataExport
    account_deletion: AccountDeletion
    catalogue: Catalogue
    catalogue_admin: CatalogueAdmin
    applying: Applying
    my_cases: MyCases
    workbench: Workbench
    appointments: Appointments
    payments: Payments
    ratings: Ratings
    uploads: Uploads
    reform: ReformStats
    inbox: Inbox


@dataclass
class Wiring:
    """What the engines are built from: the clock, crypto and key material (CLI and tests)."""

    clock: Clock
    pii: PiiCipher
    keyring: KeyRing
    ecert_seals: IssuerSeals
    wallet_keys: WalletKeys
    personal_data: PersonalData


def build_container(db, config, clock: Clock) -> tuple[Container, Wiring]:
    """Create every engine for this app's database, configuration and clock."""
    pii = PiiCipher(config["PII_KEY"], config["BLIND_INDEX_KEY"])
    keyring = KeyRing(
        HealthKeyRepository(db),
        base64.b64decode(config["HEALTH_CODE_KEK"]),
        clock,
        refresh_seconds=config["HEALTH_CODE_KEY_REFRESH_SECONDS"],
    )
    audit = AuditLog(AuditRepository(db), clock)
    accounts = _account_engines(db, config, pii, audit, clock)
    health = _health_engines(db, config, accounts["residents"], keyring, audit, clock)
    seals, wallet_keys = _ecert_keys(db, config, clock)
    ecert = _ecert_engines(db, config, accounts, seals, wallet_keys, audit, clock)
    services = _services_engines(db, config, accounts, pii, audit, clock, (seals, wallet_keys))
    personal_data = _personal_data(db, accounts, pii, audit, clock)
    privacy = _privacy_engines(db, accounts, personal_data, audit, clock)
    container = Container(audit=audit, **accounts, **health, **ecert, **services, **privacy)
    return container, Wiring(clock, pii, keyring, seals, wallet_keys, personal_data)


def _sms_provider(config, outbox, clock):
    if config["SMS_PROVIDER"] == "outbox":
        return OutboxSmsProvider(outbox, clock)
    if config["SMS_PROVIDER"] == "console":
        return ConsoleSmsProvider()
    raise ValueError(f"unknown SMS_PROVIDER {config['SMS_PROVIDER']!r}")


def _mock_only(config, name, mock):
    if config[name] != "mock":
        raise ValueError(f"unknown {name} {config[name]!r}; only 'mock' ships with the project")
    return mock


def _account_engines(db, config, pii, audit, clock) -> dict:
    outbox = SmsOutboxRepository(db) if config["SMS_PROVIDER"] == "outbox" else None
    sms_provider = _sms_provider(config, outbox, clock)
    limited = config["RATELIMIT_ENABLED"]  # false for load tests: no cool-down, no daily cap
    policy = SmsPolicy(
        config["SMS_CODE_TTL_SECONDS"],
        config["SMS_CODE_MAX_ATTEMPTS"],
        config["SMS_RESEND_SECONDS"] if limited else 0,
        config["SMS_DAILY_CAP"] if limited else 10**9,
    )
    session_repository = SessionRepository(db)
    states = SessionStates(
        session_repository,
        clock,
        token_lifetime=timedelta(minutes=config["ACCESS_TOKEN_MINUTES"]),
        refresh_seconds=config["REVOCATION_REFRESH_SECONDS"],
    )
    sessions = SessionService(session_repository, config["REFRESH_TOKEN_DAYS"], clock, states)
    consents = ConsentService(ConsentRepository(db), current_notice(), audit, clock)
    residents = ResidentService(
        AccountRepository(db),
        pii,
        _mock_only(config, "IDENTITY_PROVIDER", MockIdentityProvider()),
        _mock_only(config, "FACE_PROVIDER", MockFaceProvider()),
        audit,
        clock,
        consents=consents,
    )
    # Withdrawing face consent also drops the face check's result (L3 back to L2).
    consents.on_withdrawal(FACE, residents.forget_face)
    hasher = PasswordHasher(config["PASSWORD_HASH_COST"])
    return {
        "sessions": sessions,
        "sms": SmsLoginService(SmsCodeRepository(db), sms_provider, pii, policy, clock),
        "sms_outbox": sms_provider if outbox is not None else None,
        "residents": residents,
        "profiles": Profiles(residents, pii),
        "staff": StaffService(StaffRepository(db), hasher, sessions, audit, clock),
        "staff_admin": StaffAdmin(StaffRepository(db), hasher, sessions, audit, clock),
        "wechat": _mock_only(config, "WECHAT_PROVIDER", MockWechatProvider()),
        "notifications": Notifications(
            NotificationRepository(db), _notifiers(db, config, residents, pii, clock), clock
        ),
        "consents": consents,
    }


def _personal_data(db, accounts, pii, audit, clock) -> PersonalData:
    """Register every kind of personal data kept about residents, for export and deletion.

    A new collection about residents joins with one line here (accounts/personal_data.py
    says what a source provides). Deletion erases in this order.
    """
    sms = accounts["sms"]
    data = PersonalData()
    data.add(ConsentData(ConsentRepository(db)))
    data.add(SessionData(SessionRepository(db)))
    data.add(NotificationData(NotificationRepository(db)))
    data.add(SecurityEventData(AuditRepository(db), lambda phone: _phone_subject(sms, phone)))
    data.add(SmsCodeData(SmsCodeRepository(db), sms.phone_index))
    if accounts["sms_outbox"] is not None:
        data.add(SmsOutboxData(SmsOutboxRepository(db)))
    cards = CodeCardRepository(db)
    data.add(HealthRecordData(HealthRecordRepository(db), CheckpointScanRepository(db), cards))
    data.add(CheckinData(CheckinRepository(db)))
    data.add(AppealData(AppealRepository(db), clock))
    residents = accounts["residents"]
    data.add(FamilyData(GuardianshipRepository(db), pii, residents.account_of_person, audit))
    data.add(CodeCardData(cards))
    data.add(CertificateData(CertificateRepository(db, pii), clock))
    data.add(UsageData(UsageLogRepository(db)))
    data.add(GrantData(GrantRepository(db), clock))
    data.add(PresentationData(PresentationRepository(db, pii)))
    return data


def _phone_subject(sms, phone: str) -> str:
    """The audit subject of a failed login to a number (as api/auth/flows.py files it)."""
    return "phone:" + sms.phone_index(phone)[:16]


def _privacy_engines(db, accounts, personal_data, audit, clock) -> dict:
    residents = accounts["residents"]
    confirmation = PhoneConfirmation(accounts["sms"], residents)
    return {
        "confirmation": confirmation,
        "data_export": DataExport(
            residents, accounts["profiles"], personal_data, confirmation, audit, clock
        ),
        "account_deletion": AccountDeletion(
            AccountRepository(db),
            residents,
            accounts["sessions"],
            personal_data,
            confirmation,
            audit,
            clock,
        ),
    }


def _notifiers(db, config, residents, pii, clock) -> list:
    outbox = NotificationOutboxRepository(db)

    def phone_of(account_id):
        account = residents.accounts.find_by_id(account_id)
        return account and pii.decrypt(account["phone_enc"], "phone")

    def openid_of(account_id):
        account = residents.accounts.find_by_id(account_id)
        return account and account.get("wechat_openid")

    made = {
        "sms": lambda: MockSmsNotifier(outbox, phone_of, clock),
        "wechat": lambda: MockWechatSubscriptionNotifier(outbox, openid_of, clock),
    }
    channels = [c.strip() for c in config["NOTIFY_CHANNELS"].split(",") if c.strip()]
    unknown = sorted(set(channels) - set(made))
    if unknown:
        raise ValueError(f"unknown NOTIFY_CHANNELS {unknown}; known: {sorted(made)}")
    return [made[channel]() for channel in channels]


def _wallet_seam(db, cases, pii, clock, ecert_keys):
    """Return (the wallet services read, the issuer of result certificates).

    The one place where services meet the wallet: services read certificates through
    `ServicesWallet` and put a completed case's certificate (出证) in the wallet through
    `WalletIssuer` and the wallet's own issuing engine.
    """
    seals, wallet_keys = ecert_keys
    certificates, usage_log = CertificateRepository(db, pii), UsageLogRepository(db)
    grants = Grants(GrantRepository(db), certificates, usage_log, clock)
    issuance = Issuance(certificates, seals, wallet_keys, clock)
    wallet = ServicesWallet(certificates, grants, clock, usage_log)
    return wallet, WalletIssuer(issuance, cases, pii, clock, wallet)


def _services_engines(db, config, accounts, pii, audit, clock, ecert_keys) -> dict:
    items, versions = ServiceItemRepository(db), GuideVersionRepository(db)
    cases, staff = CaseRepository(db), StaffRepository(db)
    ratings, rectifications = RatingRepository(db), RectificationRepository(db)
    calendar, inbox = WorkingCalendar(), accounts["notifications"]
    wallet, issuer = _wallet_seam(db, cases, pii, clock, ecert_keys)
    gateway = MockGateway(config["PAYMENT_NOTIFY_SECRET"].encode(), clock)
    payments = Payments(
        PaymentRepository(db),
        PaymentNotificationRepository(db),
        cases,
        _mock_only(config, "PAYMENT_PROVIDER", gateway),
        clock,
    )
    gateway.deliver = payments.handle_notification
    mover = CaseMover(cases, inbox, calendar, clock, issuer, payments)
    payments.mover = mover
    people = People(accounts["residents"], pii, GuardianLinks(GuardianshipRepository(db), pii))
    # Seeded at start; a test app leaves it for the first request that reads the catalogue.
    at_start = config["SERVICES_SEED_AT_START"]
    catalogue = Catalogue(
        items,
        versions,
        FavouriteRepository(db),
        RecentServiceRepository(db),
        people,
        wallet,
        clock,
        pending=None if at_start else all_items(),
    )
    if at_start:
        catalogue.seed(all_items())
    halls = HallRepository(db)
    for hall in HALLS:
        halls.upsert(hall)
    policy = RatingPolicy(default_after_days=config["SERVICES_RATING_DEFAULT_DAYS"])
    rating_engine = Ratings(ratings, rectifications, cases, calendar, policy, clock)
    uploads = UploadRepository(db)
    appointments = Appointments(
        halls, SlotRepository(db), BookingRepository(db), cases, inbox, calendar, clock
    )
    return {
        "catalogue": catalogue,
        "catalogue_admin": CatalogueAdmin(items, versions, audit, clock, catalogue.ready),
        "applying": Applying(
            catalogue,
            people,
            wallet,
            cases,
            DraftRepository(db),
            uploads,
            CaseNumbers(CaseCounterRepository(db, clock)),
            mover,
            (payments, pii, calendar, clock),
        ),
        "my_cases": MyCases(cases, items, mover, rating_engine, clock),
        "workbench": Workbench(cases, staff, mover, rectifications, clock),
        "appointments": appointments,
        "inbox": Inbox(
            inbox, appointments, people, wallet, ReminderCheckRepository(db, clock), clock
        ),
        "payments": payments,
        "ratings": rating_engine,
        "uploads": Uploads(uploads, cases, staff, config["SERVICES_UPLOAD_MAX_BYTES"], clock),
        "reform": ReformStats(items, cases, clock, catalogue.ready),
    }


def _health_engines(db, config, residents, keyring, audit, clock) -> dict:
    records, risk_areas = HealthRecordRepository(db), RiskAreaRepository(db)
    cards = CodeCardRepository(db)
    colours = LiveColours(records, risk_areas, clock)
    facts = FactLog(records, colours, clock)
    codes = HealthCodeService(
        records,
        colours,
        facts,
        keyring,
        residents.holder_identity,
        clock,
        token_seconds=config["HEALTH_CODE_TOKEN_SECONDS"],
        refresh_seconds=config["HEALTH_CODE_REFRESH_SECONDS"],
    )
    notifications = Notifications(NotificationRepository(db))
    guardianships = GuardianshipRepository(db)
    return {
        "health_keys": HealthKeys(keyring, audit),
        "health_codes": codes,
        "scanner": Scanner(
            colours,
            keyring.public_keys,
            CheckpointScanRepository(db),
            cards,
            clock,
            offline_max_age=timedelta(hours=config["OFFLINE_SCAN_MAX_AGE_HOURS"]),
        ),
        "authority": AuthorityService(
            records, risk_areas, colours, facts, residents.person_index, audit, clock
        ),
        "appeals": AppealService(AppealRepository(db), notifications, codes, facts, audit, clock),
        "partners": PartnerService(
            PartnerRegionRepository(db),
            codes,
            facts,
            audit,
            clock,
            local_validity=timedelta(hours=config["PARTNER_CODE_VALID_HOURS"]),
        ),
        "family": FamilyService(guardianships, residents, codes, notifications, audit, clock),
        "guardians": GuardianRequests(guardianships, residents, audit, clock),
        "code_cards": CodeCardService(cards, residents, codes, keyring, audit, clock),
        "venues": VenueService(
            VenueRepository(db),
            CheckinRepository(db),
            keyring,
            codes,
            clock,
            retention_days=config["VENUE_CHECKIN_RETENTION_DAYS"],
        ),
    }


def _ecert_keys(db, config, clock) -> tuple[IssuerSeals, WalletKeys]:
    kek = base64.b64decode(config["ECERT_KEK"])
    refresh = config["ECERT_KEY_REFRESH_SECONDS"]
    seals = IssuerSeals(lambda code: EcertKeyRepository(db, code), kek, clock, refresh)
    wallet_keys = WalletKeys(EcertKeyRepository(db, WALLET_OWNER), kek, clock, refresh)
    return seals, wallet_keys


def _ecert_engines(db, config, accounts, seals, wallet_keys, audit, clock) -> dict:
    residents, pii = accounts["residents"], accounts["residents"].pii
    max_age = config["STEP_UP_MAX_AGE_SECONDS"]
    lifetime = timedelta(seconds=config["ECERT_PRESENTATION_SECONDS"])
    certificates, usage_log = CertificateRepository(db, pii), UsageLogRepository(db)
    presentations = PresentationRepository(db, pii)
    grants = Grants(GrantRepository(db), certificates, usage_log, clock)
    sessions = SessionRepository(db)
    step_up = StepUp(sessions, residents, accounts["sms"], audit, clock, max_age)
    holders = Holders(residents, GuardianshipRepository(db), max_age)
    refresh = DerivedRefresh(certificates, seals, wallet_keys, clock)
    registry = VerifierRegistry(VerifierRepository(db), StaffRepository(db).find_by_username, clock)
    wallet = Wallet(holders, certificates, refresh, step_up, usage_log, clock)
    presenter = Presenter(wallet_keys, clock, lifetime)
    return {
        "step_up": step_up,
        "wallet": wallet,
        "showing": Showing(holders, wallet, registry, presenter, presentations, usage_log, clock),
        "holder_grants": HolderGrants(holders, wallet, registry, grants, usage_log, clock),
        "verification": VerificationDesk(
            registry,
            certificates,
            presentations,
            UsedNonceRepository(db),
            usage_log,
            grants,
            seals,
            wallet_keys,
            clock,
            lifetime,
        ),
        "verifier_registry": registry,
        "issuer_console": IssuerConsole(
            certificates, seals, wallet_keys, residents.person_index, audit, clock
        ),
        "ecert_public": EcertPublishing(seals, wallet_keys, certificates, clock),
        "ecert_refresh": refresh,
        "services_wallet": ServicesWallet(certificates, grants, clock, usage_log),
    }


def container() -> Container:
    """Return the current app's engines."""
    return current_app.extensions["container"]
