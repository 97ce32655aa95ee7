"""Persistence: one repository per collection, with its indexes declared beside it."""

from models.accounts import AccountRepository
from models.audit import AuditRepository
from models.sessions import SessionRepository
from models.sms_codes import SmsCodeRepository, SmsOutboxRepository
from models.staff import StaffRepository

REPOSITORIES = (AccountRepository, AuditRepository, SessionRepository, SmsCodeRepository,
                SmsOutboxRepository, StaffRepository)


def ensure_indexes(db) -> None:
    """Create every collection's indexes; safe to run at every start."""
    for repository in REPOSITORIES:
        repository.ensure_indexes(db)
