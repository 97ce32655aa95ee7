"""What the services engine may ask of the wallet, and nothing more.

The services engine (`services/`) never reads certificate repositories. It depends on the
`CertificateWallet` protocol below, which the container wires to `ServicesWallet`:

- `valid_certificates(person_index, type_slug)`: the valid certificates of type T that
  person P holds, as metadata without field values (can a material be satisfied by an
  e-certificate instead of an upload?);
- `authorised_use(application_id, grant_id, purpose)`: the fields a holder granted to a
  service application, read under that grant (logged for the holder, refusals too).
"""

from __future__ import annotations

from typing import Protocol

from ecert.catalogue import get_type
from ecert.metadata import VALID, status_at


class CertificateWallet(Protocol):
    def valid_certificates(self, person_index: str, type_slug: str) -> list[dict]:
        """Return summaries (no field values) of P's valid certificates of type T."""

    def authorised_use(self, application_id: str, grant_id: str, purpose: str) -> dict:
        """Return {identifier, type, fields} under a grant to this application."""


class ServicesWallet:
    def __init__(self, certificates, grants, clock) -> None:
        self.certificates, self.grants, self.clock = certificates, grants, clock

    def valid_certificates(self, person_index: str, type_slug: str) -> list[dict]:
        """Return summaries (no field values) of P's valid certificates of type T."""
        get_type(type_slug)
        now = self.clock()
        held = self.certificates.for_holder(person_index, type_slug)
        return [_summary(record) for record in held if status_at(record, now) == VALID]

    def authorised_use(self, application_id: str, grant_id: str, purpose: str) -> dict:
        """Return {identifier, type, fields} under a grant to this application."""
        return self.grants.use({"kind": "application", "id": application_id}, grant_id, purpose)


def _summary(record: dict) -> dict:
    keys = ("identifier", "type", "type_code", "issuer_code", "issuer_name", "version")
    return {
        **{key: record[key] for key in keys},
        "valid_from": record["valid_from"],
        "valid_until": record["valid_until"],
        "status": VALID,
    }
