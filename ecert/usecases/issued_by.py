"""The certificate repository as seen by one issuing staff member, and a batch's staging area.

`Issuance` (the engine) stores each record it signs through a `CertificateRepository`;
these wrappers let the API layer stamp each new record with who issued it, and collect a
batch's records so that they are stored together in one transaction, serials reserved once.
"""

from __future__ import annotations

from core.errors import Duplicate


class IssuedBy:
    """A CertificateRepository whose new records name the staff member who issued them."""

    def __init__(self, certificates, issued_by: str | None) -> None:
        self.certificates, self.issued_by = certificates, issued_by

    def next_serial(self, type_code: str, issuer_code: str) -> int:
        """Return a new serial number for a type and issuer."""
        return self.certificates.next_serial(type_code, issuer_code)

    def insert(self, record: dict) -> None:
        """Store a new record naming its issuer."""
        record["issued_by"] = self.issued_by
        self.certificates.insert(record)

    def find(self, identifier: str) -> dict | None:
        """Return the record with this identifier, or None."""
        return self.certificates.find(identifier)

    def revoke(self, identifier: str, reason: str, at) -> dict | None:
        """Mark a valid record revoked; return it, or None if it was not valid."""
        return self.certificates.revoke(identifier, reason, at)

    def for_holder(self, person_index: str, type_slug: str | None = None) -> list[dict]:
        """Return a holder's records, newest first."""
        return self.certificates.for_holder(person_index, type_slug)

    def revoked(self) -> list[dict]:
        """Return the revoked records."""
        return self.certificates.revoked()


class StagedBatch(IssuedBy):
    """Collects a batch's new records in memory; serials come from one reserved block."""

    def __init__(self, certificates, issued_by: str, first_serial: int) -> None:
        super().__init__(certificates, issued_by)
        self._next_serial = first_serial
        self.records: list[dict] = []
        self._identifiers: set[str] = set()

    def next_serial(self, type_code: str, issuer_code: str) -> int:
        """Return the next serial of the reserved block."""
        serial, self._next_serial = self._next_serial, self._next_serial + 1
        return serial

    def insert(self, record: dict) -> None:
        """Stage a record; it is stored when the whole batch is."""
        if record["identifier"] in self._identifiers:
            raise Duplicate("certificates", ("identifier",))
        self._identifiers.add(record["identifier"])
        record["issued_by"] = self.issued_by
        self.records.append(record)

    def store(self) -> None:
        """Store every staged record, all or none."""
        self.certificates.insert_all(self.records)
