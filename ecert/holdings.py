"""What the services engine may ask of the wallet, and nothing more.

The services engine (`services/`) never reads certificate repositories. It depends on the
`CertificateWallet` protocol below, which the container wires to `ServicesWallet`:

- `valid_certificates(person_index, type_slug)`: the valid certificates of type T that
  person P holds, as metadata without field values (can a material be satisfied by an
  e-certificate instead of an upload?);
- `authorised_use(application_id, grant_id, purpose)`: the fields a holder granted to a
  service application, read under that grant (logged for the holder, refusals too);
- `certificate_fields(person_index, type_slug, reader)`: the fields of P's valid
  certificates of type T, for the department issuing P a successor to one of them (出证:
  a renewed driving licence keeps its first issue day); logged for the holder when a
  `reader` (the case) is named, which the issuing itself always does.
"""

from __future__ import annotations

from typing import Protocol

from ecert.catalogue import get_type
from ecert.metadata import VALID, status_at
from ecert.usage import usage_entry

ISSUE_RESULT = "issue_result"  # the usage-log purpose of a read for 出证


class CertificateWallet(Protocol):
    def valid_certificates(self, person_index: str, type_slug: str) -> list[dict]:
        """Return summaries (no field values) of P's valid certificates of type T."""

    def authorised_use(self, application_id: str, grant_id: str, purpose: str) -> dict:
        """Return {identifier, type, fields} under a grant to this application."""

    def certificate_fields(
        self, person_index: str, type_slug: str, reader: dict | None = None
    ) -> list[dict]:
        """Return the fields of P's valid certificates of type T, newest first."""


class ServicesWallet:
    def __init__(self, certificates, grants, clock, usage_log=None) -> None:
        self.certificates, self.grants, self.clock = certificates, grants, clock
        self.usage_log = usage_log

    def valid_certificates(self, person_index: str, type_slug: str) -> list[dict]:
        """Return summaries (no field values) of P's valid certificates of type T."""
        get_type(type_slug)
        now = self.clock()
        held = self.certificates.for_holder(person_index, type_slug)
        return [_summary(record) for record in held if status_at(record, now) == VALID]

    def authorised_use(self, application_id: str, grant_id: str, purpose: str) -> dict:
        """Return {identifier, type, fields} under a grant to this application."""
        return self.grants.use({"kind": "application", "id": application_id}, grant_id, purpose)

    def certificate_fields(
        self, person_index: str, type_slug: str, reader: dict | None = None
    ) -> list[dict]:
        """Return the fields of P's valid certificates of type T, newest first.

        For the department issuing P's next certificate only; `reader` ({kind, id, name}: the
        case) is logged for the holder, so they see who read what.
        """
        get_type(type_slug)
        now = self.clock()
        held = self.certificates.for_holder(person_index, type_slug)
        valid = [record for record in held if status_at(record, now) == VALID]
        if reader is not None and self.usage_log is not None:
            for record in valid:
                self.usage_log.record(_read_entry(record, reader, now))
        return [dict(record["fields"]) for record in valid]


def _summary(record: dict) -> dict:
    keys = ("identifier", "type", "type_code", "issuer_code", "issuer_name", "version")
    return {
        **{key: record[key] for key in keys},
        "valid_from": record["valid_from"],
        "valid_until": record["valid_until"],
        "status": VALID,
    }


def _read_entry(record: dict, reader: dict, at) -> dict:
    return usage_entry(
        person_index=record["person_index"],
        identifier=record["identifier"],
        type_slug=record["type"],
        channel="wallet",
        actor=reader,
        at=at,
        fields=sorted(record["fields"]),
        purpose=ISSUE_RESULT,
        result="ok",
        reference=reader.get("id"),
        action="used",
    )
