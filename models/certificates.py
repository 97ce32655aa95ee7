"""E-certificates (电子证照): one document per identifier (per version), personal data sealed.

Implements `ecert.issuance.CertificateRepository`. The record's personal parts — holder
name, holder code, the fields and the holder's SD-JWT — are sealed with the PII cipher
(AES-GCM, each bound to its own context); `person_index` (the blind index of the holder's
document) finds a holder's certificates, so a certificate issued before its holder had an
account is found once they verify their real name with that document.
"""

import json

from bson import ObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel, ReturnDocument
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository
from models.certificate_serials import SerialCounterRepository

SEALED = ("holder_name", "holder_code", "fields", "sd_jwt")
NEWEST = [("issued_at", DESCENDING), ("_id", DESCENDING)]
INSERT_CHUNK = 500  # documents per insert_many inside a batch's transaction


def _object_id(value) -> ObjectId | None:
    if isinstance(value, ObjectId):
        return value
    return ObjectId(value) if isinstance(value, str) and ObjectId.is_valid(value) else None


def _status_query(status: str | None, today: str) -> dict:
    # "expired" is never stored: it is a valid record whose last day is before today.
    if status == "revoked":
        return {"status": "revoked"}
    if status == "expired":
        return {"status": "valid", "valid_until": {"$lt": today}}
    if status == "valid":
        return {"status": "valid", "$or": [{"valid_until": None}, {"valid_until": {"$gte": today}}]}
    return {}


class CertificateRepository(Repository):
    collection_name = "certificates"
    INDEXES = (
        IndexModel([("identifier", ASCENDING)], unique=True, name="identifier_unique"),
        IndexModel(
            [("person_index", ASCENDING), ("type", ASCENDING), ("issued_at", DESCENDING)],
            name="holder_type",
        ),
        IndexModel([("person_index", ASCENDING), ("issued_at", DESCENDING)], name="holder"),
        IndexModel([("issued_by", ASCENDING), ("issued_at", DESCENDING)], name="issuer_staff"),
        IndexModel([("status", ASCENDING)], name="status"),
        IndexModel([("derived_refresh_on", ASCENDING)], name="derived_refresh"),
    )

    def __init__(self, db, pii):
        super().__init__(db)
        self.pii = pii
        self.serials = SerialCounterRepository(db)

    def next_serial(self, type_code: str, issuer_code: str) -> int:
        """Return a new serial number for a type and issuer (never reused)."""
        return self.serials.reserve(type_code, issuer_code)

    def reserve_serials(self, type_code: str, issuer_code: str, count: int) -> int:
        """Reserve `count` consecutive serial numbers (for a batch); return the first."""
        return self.serials.reserve(type_code, issuer_code, count)

    def insert(self, record: dict) -> None:
        """Store a new record (its `_id` is set on it, as insert_one does)."""
        document = self._sealed(record)
        try:
            self.collection.insert_one(document)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("identifier",)) from None
        record["_id"] = document["_id"]

    def insert_all(self, records: list[dict]) -> None:
        """Store new records all together or not at all (one transaction)."""
        documents = [self._sealed(record) for record in records]

        def insert(session):
            for start in range(0, len(documents), INSERT_CHUNK):
                chunk = documents[start : start + INSERT_CHUNK]
                self.collection.insert_many(chunk, ordered=True, session=session)

        try:
            self.in_transaction(insert)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("identifier",)) from None
        for record, document in zip(records, documents, strict=True):
            record["_id"] = document["_id"]

    def find(self, identifier: str) -> dict | None:
        """Return the record with this identifier, or None."""
        return self._opened(self.collection.find_one({"identifier": identifier}))

    def find_by_id(self, certificate_id) -> dict | None:
        """Return the record with this id, or None (also for an id that cannot be one)."""
        oid = _object_id(certificate_id)
        return self._opened(self.collection.find_one({"_id": oid})) if oid else None

    def revoke(self, identifier: str, reason: str, at) -> dict | None:
        """Mark a valid record revoked; return it updated, or None if it was not valid."""
        document = self.collection.find_one_and_update(
            {"identifier": identifier, "status": "valid"},
            {"$set": {"status": "revoked", "revocation_reason": reason, "revoked_at": at}},
            return_document=ReturnDocument.AFTER,
        )
        return self._opened(document)

    def for_holder(self, person_index: str, type_slug: str | None = None) -> list[dict]:
        """Return a holder's records (of one type when given), newest first."""
        query = {"person_index": person_index}
        if type_slug is not None:
            query["type"] = type_slug
        return [self._opened(doc) for doc in self.collection.find(query).sort(NEWEST)]

    def revoked(self) -> list[dict]:
        """Return identifier, revoked_at and revocation_reason of every revoked record."""
        projection = {"_id": 0, "identifier": 1, "revoked_at": 1, "revocation_reason": 1}
        return list(self.collection.find({"status": "revoked"}, projection))

    def page_issued_by(self, username: str, type_slug, status, today: str, limit, offset):
        """Return (a page of what a staff member issued, newest first, and the total).

        `status` is valid, expired or revoked as of `today` (YYYY-MM-DD, China time).
        """
        query = {"issued_by": username, **_status_query(status, today)}
        if type_slug is not None:
            query["type"] = type_slug
        found, total = self.page(query, NEWEST, limit, offset)
        return [self._opened(document) for document in found], total

    def due_for_refresh(self, today: str, limit: int) -> list[dict]:
        """Return valid records whose derived claims change on or before `today`."""
        query = {"derived_refresh_on": {"$lte": today}, "status": "valid"}
        return [self._opened(doc) for doc in self.collection.find(query).limit(limit)]

    def _sealed(self, record: dict) -> dict:
        document = {key: value for key, value in record.items() if key not in SEALED}
        document.setdefault("_id", ObjectId())
        for key in SEALED:
            text = record[key] if key != "fields" else json.dumps(record[key], ensure_ascii=False)
            document[f"{key}_enc"] = self.pii.encrypt(text, f"ecert.{key}")
        return document

    def _opened(self, document: dict | None) -> dict | None:
        if document is None:
            return None
        record = {key: value for key, value in document.items() if not key.endswith("_enc")}
        for key in SEALED:
            text = self.pii.decrypt(document[f"{key}_enc"], f"ecert.{key}")
            record[key] = json.loads(text) if key == "fields" else text
        return record
