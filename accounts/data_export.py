"""Export (个人信息查阅复制): the resident's personal data as one JSON document.

The profile is shown in full to its holder (phone, document number and name unmasked);
every registered personal-data source adds its part (accounts/personal_data.py).
"""

from dataclasses import dataclass

from accounts.personal_data import Subject, plain
from core.clock import china_date

FORMAT = "shengshi-personal-data/1"


@dataclass(frozen=True)
class Export:
    filename: str
    data: dict


def subject_of(account: dict, phone: str, actor=None) -> Subject:
    """Name whose data a source reads or erases: the account and its person index."""
    real_name = account.get("real_name") or {}
    return Subject(str(account["_id"]), real_name.get("person_index"), phone, actor)


class DataExport:
    def __init__(self, residents, profiles, personal_data, confirmation, audit, clock):
        self.residents, self.profiles = residents, profiles
        self.personal_data, self.confirmation = personal_data, confirmation
        self.audit, self.clock = audit, clock

    def export(self, account_id: str, code: str, actor) -> Export:
        """Confirm it is the holder (fresh SMS code), then collect every source's data."""
        account = self.residents.get(account_id)
        self.confirmation.confirm(account, code)
        now = self.clock()
        subject = subject_of(account, self.residents.phone(account), actor)
        data = {
            "format": FORMAT,
            "generated_at": now,
            "account_id": account_id,
            "profile": self.profiles.in_full(account),
            **self.personal_data.export(subject),
        }
        sources = [name for name in data if name not in ("format", "generated_at", "account_id")]
        self.audit.record("privacy.exported", "ok", actor, subject=account_id, sources=sources)
        return Export(f"shengshi-personal-data-{china_date(now).isoformat()}.json", plain(data))
