"""Persistence: one repository per collection, with its indexes declared beside it."""

from models.accounts import AccountRepository
from models.appeals import AppealRepository
from models.appointments import BookingRepository, HallRepository, SlotRepository
from models.audit import AuditRepository
from models.cases import CaseCounterRepository, CaseRepository
from models.certificate_serials import SerialCounterRepository
from models.certificates import CertificateRepository
from models.checkins import CheckinRepository
from models.checkpoint_scans import CheckpointScanRepository
from models.code_cards import CodeCardRepository
from models.consents import ConsentRepository
from models.drafts import DraftRepository
from models.ecert_grants import GrantRepository
from models.ecert_keys import EcertKeyRepository
from models.ecert_usage import UsageLogRepository
from models.favourites import FavouriteRepository, RecentServiceRepository
from models.guardianships import GuardianshipRepository
from models.health_keys import HealthKeyRepository
from models.health_records import HealthRecordRepository
from models.notifications import (
    NotificationOutboxRepository,
    NotificationRepository,
    ReminderCheckRepository,
)
from models.partner_regions import PartnerRegionRepository
from models.payments import PaymentNotificationRepository, PaymentRepository
from models.presentations import PresentationRepository
from models.ratings import RatingRepository, RectificationRepository
from models.risk_areas import RiskAreaRepository
from models.service_items import GuideVersionRepository, ServiceItemRepository
from models.sessions import SessionRepository
from models.sms_codes import SmsCodeRepository, SmsOutboxRepository
from models.staff import StaffRepository
from models.uploads import UploadRepository
from models.used_nonces import UsedNonceRepository
from models.venues import VenueRepository
from models.verifiers import VerifierRepository

REPOSITORIES = (
    AppealRepository,
    NotificationRepository,
    PartnerRegionRepository,
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
    CodeCardRepository,
    GuardianshipRepository,
    CertificateRepository,
    SerialCounterRepository,
    EcertKeyRepository,
    GrantRepository,
    UsageLogRepository,
    PresentationRepository,
    UsedNonceRepository,
    VerifierRepository,
    ConsentRepository,
    ServiceItemRepository,
    GuideVersionRepository,
    CaseRepository,
    CaseCounterRepository,
    DraftRepository,
    UploadRepository,
    HallRepository,
    SlotRepository,
    BookingRepository,
    PaymentRepository,
    PaymentNotificationRepository,
    RatingRepository,
    RectificationRepository,
    FavouriteRepository,
    RecentServiceRepository,
    NotificationOutboxRepository,
    ReminderCheckRepository,
)


def ensure_indexes(db) -> None:
    """Create every collection's indexes; safe to run at every start."""
    for repository in REPOSITORIES:
        repository.ensure_indexes(db)
