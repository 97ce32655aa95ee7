"""Persistence: one repository per collection, with its indexes declared beside it."""

from models.accounts import AccountRepository
from models.appeals import AppealRepository
from models.appointments import BookingRepository, HallRepository, SlotRepository
from models.audit import AuditRepository
from models.cases import CaseCounterRepository, CaseRepository
from models.checkins import CheckinRepository
from models.checkpoint_scans import CheckpointScanRepository
from models.code_cards import CodeCardRepository
from models.drafts import DraftRepository
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
from models.ratings import RatingRepository, RectificationRepository
from models.risk_areas import RiskAreaRepository
from models.service_items import GuideVersionRepository, ServiceItemRepository
from models.sessions import SessionRepository
from models.sms_codes import SmsCodeRepository, SmsOutboxRepository
from models.staff import StaffRepository
from models.uploads import UploadRepository
from models.venues import VenueRepository

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
