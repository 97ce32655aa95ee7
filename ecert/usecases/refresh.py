"""Keep derived claims true: re-issue a certificate when it is read after they went stale.

`age_over_18` / `age_over_60` flip on a birthday and `household_in_guangdong` with a
household move, but they are signed into the certificate. A certificate is re-issued (a new
version; grants follow it) the first time it is read on or after the day a claim changed —
listing the wallet, showing a detail or making a presentation, which is every path that puts
a derived claim before a verifier. Reading costs a date comparison and nothing when nothing
is stale; `flask refresh-derived-claims` sweeps the rest (`derived_refresh_on`) from cron.
A household move is learnt from a household register issued after the certificate.
"""

from __future__ import annotations

from core.errors import ServiceError
from ecert.catalogue import get_type
from ecert.derived import china_today, stale_derived_claims
from ecert.identifiers import parse_identifier
from ecert.issuance import Issuance
from ecert.metadata import VALID, status_at
from ecert.usecases.issued_by import IssuedBy

HOUSEHOLD_REGISTER = "household_register"


class DerivedRefresh:
    def __init__(self, certificates, seals, wallet_keys, clock) -> None:
        self.certificates, self.seals, self.wallet_keys = certificates, seals, wallet_keys
        self.clock = clock

    def fresh(self, records: list[dict]) -> list[dict]:
        """Return a holder's records (newest first) with stale ones re-issued."""
        now = self.clock()
        today = china_today(now)
        registers = [r for r in records if r["type"] == HOUSEHOLD_REGISTER and _valid(r, now)]
        fresh = []
        for record in records:
            area = _household_area_after(registers, record)
            certificate_type = get_type(record["type"])
            stale = certificate_type.derived_claims() and _valid(record, now)
            if stale and stale_derived_claims(certificate_type, record, today, area):
                record = self._reissued(record, area)
            fresh.append(record)
        return fresh

    def current(self, record: dict) -> dict:
        """Return one record, re-issued first if its age claims went stale."""
        return self.fresh([record])[0]

    def sweep(self, limit: int = 1000) -> int:
        """Re-issue valid certificates whose age claims changed by today; return how many."""
        due = self.certificates.due_for_refresh(china_today(self.clock()).isoformat(), limit)
        return sum(self.current(record) is not record for record in due)

    def _reissued(self, record: dict, household_area: str | None) -> dict:
        issuance = Issuance(
            IssuedBy(self.certificates, record.get("issued_by")),
            self.seals,
            self.wallet_keys,
            self.clock,
        )
        try:
            return issuance.refresh_derived(record["identifier"], household_area) or record
        except ServiceError:  # refreshed by a concurrent read a moment ago
            following = str(parse_identifier(record["identifier"]).next_version())
            return self.certificates.find(following) or record


def _valid(record: dict, now) -> bool:
    return status_at(record, now) == VALID


def _household_area_after(registers: list[dict], record: dict) -> str | None:
    newer = [r for r in registers if r["issued_at"] > record["issued_at"]]
    if not newer or record["type"] == HOUSEHOLD_REGISTER:
        return None
    address = newer[0]["fields"].get("address")
    return address["area"] if address else None
