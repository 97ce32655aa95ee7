"""The issuer console (role `issuer`): issue one or a batch, re-issue, revoke, list.

Holders are named by their identity document; the certificate is filed under the
document's blind index (`person_index_of`), the same one a resident's account gets when
they verify their real name with it, so a certificate issued before its holder had an
account is in their wallet as soon as they reach L2 with that document.

A batch is checked row by row first; one rejected row rejects it all, naming every
rejected row by number (1 = the first data row, the line after a CSV header). An accepted
batch is signed in memory and stored in one transaction: all of it, or none.
"""

from __future__ import annotations

import csv
import io

from core.errors import ServiceError
from ecert.batch import validate_rows
from ecert.catalogue import get_type
from ecert.derived import china_today
from ecert.issuance import Issuance, parse_identifier_or_refuse
from ecert.usecases.issued_by import IssuedBy, StagedBatch
from ecert.usecases.views import certificate_view
from ecert.validation import check_content

HOLDER_DOCUMENT = ("holder_code_type", "holder_code")


class IssuerConsole:
    def __init__(self, certificates, seals, wallet_keys, person_index_of, audit, clock) -> None:
        self.certificates, self.seals, self.wallet_keys = certificates, seals, wallet_keys
        self.person_index_of, self.audit, self.clock = person_index_of, audit, clock

    def issue(self, request: dict, username: str) -> dict:
        """Issue one certificate {type, holder…, valid_from, valid_until, fields, area_code}."""
        content = _content(request)
        clean, errors = check_content(get_type(request["type"]), content)
        if errors:
            raise ServiceError("ecert.content_invalid", "invalid", errors=errors)
        person_index = self.person_index_of(clean["holder_code_type"], clean["holder_code"])
        record = self._issuance(IssuedBy(self.certificates, username)).issue(
            request["type"], person_index, content, **_metadata(request)
        )
        return certificate_view(record, self.clock())

    def issue_batch(self, type_slug: str, rows: list, username: str) -> dict:
        """Issue every row or none; refuse the batch naming each rejected row by number."""
        report = validate_rows(type_slug, rows)
        if report.rejected:
            by_row = {str(entry["row"]): entry["errors"] for entry in report.rejected}
            raise ServiceError(
                "ecert.batch_rejected",
                "invalid",
                errors={"rows": by_row},
                rejected=len(report.rejected),
            )
        certificate_type = get_type(type_slug)
        first = self.certificates.reserve_serials(
            certificate_type.type_code, certificate_type.issuer_code, len(report.accepted)
        )
        staged = StagedBatch(self.certificates, username, first)
        issuance = self._issuance(staged)
        for clean in report.accepted:
            person_index = self.person_index_of(clean["holder_code_type"], clean["holder_code"])
            issuance.issue(type_slug, person_index, _flat(clean))
        staged.store()
        items = [
            {"row": number, "_id": record["_id"], "identifier": record["identifier"]}
            for number, record in enumerate(staged.records, start=1)
        ]
        return {"type": type_slug, "issued": len(items), "items": items}

    def issue_csv(self, type_slug: str, text: str, username: str) -> dict:
        """Issue a batch given as CSV text (a header row of column names, then one row each)."""
        get_type(type_slug)
        # newline="" leaves line endings to the csv module, as its documentation asks: a
        # carriage return inside a quoted cell is then data, and a stray one is an error.
        reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
        try:
            rows = list(reader)
        except csv.Error:
            raise ServiceError(
                "request.invalid", "invalid", errors={"file": ["import.csv_malformed"]}
            ) from None
        return self.issue_batch(type_slug, rows, username)

    def reissue(self, certificate_id, changes: dict, username: str, actor) -> dict:
        """Issue the next version with changes; the current one is revoked as superseded."""
        record = self._record(certificate_id)
        following = self._issuance(IssuedBy(self.certificates, username)).reissue(
            record["identifier"], changes
        )
        self.audit.record(
            "certificate.reissued",
            "ok",
            actor,
            subject=record["identifier"],
            version=following["version"],
        )
        return certificate_view(following, self.clock())

    def revoke(self, certificate_id, reason: str, actor) -> dict:
        """Revoke a valid certificate with a reason; verifiers then refuse it."""
        record = self._record(certificate_id)
        revoked = self._issuance(self.certificates).revoke(record["identifier"], reason)
        self.audit.record(
            "certificate.revoked", "ok", actor, subject=record["identifier"], reason=reason
        )
        return certificate_view(revoked, self.clock())

    def show(self, certificate_id) -> dict:
        """Return one certificate as the issuer sees it (personal fields masked)."""
        return certificate_view(self._record(certificate_id), self.clock())

    def issued(self, username: str, limit: int, offset: int, type_slug=None, status=None):
        """Return a page of what a staff member issued, newest first, by type and status."""
        if type_slug is not None:
            get_type(type_slug)
        now = self.clock()
        today = china_today(now).isoformat()
        found, total = self.certificates.page_issued_by(
            username, type_slug, status, today, limit, offset
        )
        return [certificate_view(record, now) for record in found], total

    def find(self, identifier: str) -> dict:
        """Return the certificate with an identifier (checked, so a mistyped one is refused)."""
        parse_identifier_or_refuse(identifier)
        record = self.certificates.find(identifier)
        if record is None:
            raise ServiceError("ecert.certificate_not_found", "not_found")
        return certificate_view(record, self.clock())

    def _record(self, certificate_id) -> dict:
        record = self.certificates.find_by_id(certificate_id)
        if record is None:
            raise ServiceError("ecert.certificate_not_found", "not_found")
        return record

    def _issuance(self, certificates) -> Issuance:
        return Issuance(certificates, self.seals, self.wallet_keys, self.clock)


def _content(request: dict) -> dict:
    keys = ("holder_name", *HOLDER_DOCUMENT, "valid_from", "valid_until")
    return {**{key: request.get(key) for key in keys}, **request.get("fields", {})}


def _metadata(request: dict) -> dict:
    return {key: request[key] for key in ("area_code", "service_item") if request.get(key)}


def _flat(clean: dict) -> dict:
    return {**{key: value for key, value in clean.items() if key != "fields"}, **clean["fields"]}
