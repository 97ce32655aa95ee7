"""Persistence: one repository per collection, with its indexes declared beside it."""

from models.accounts import AccountRepository
from models.audit import AuditRepository
from models.checkpoint_scans import CheckpointScanRepository
from models.health_keys import HealthKeyRepository
from models.health_records import HealthRecordRepository
from models.risk_areas import RiskAreaRepository
from models.sessions import SessionRepository
from models.sms_codes import SmsCodeRepository, SmsOutboxRepository
from models.staff import StaffRepository

REPOSITORIES = (AccountRepository, AuditRepository, CheckpointScanRepository,
                HealthKeyRepository, HealthRecordRepository, RiskAreaRepository,
                SessionRepository, SmsCodeRepository, SmsOutboxRepository, StaffRepository)


def ensure_indexes(db) -> None:
    """Create every collection's indexes; safe to run at every start."""
    for repository in REPOSITORIES:
        repository.ensure_indexes(db)
