"""Factories for the e-certificate engine tests: in-memory repositories, engines, content.

The repositories here are test doubles of the interfaces `ecert` defines (KeyRepository,
CertificateRepository, GrantRepository, UsageLog); the database-backed ones live in models/.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from types import SimpleNamespace

from core.clock import Clock
from core.errors import Duplicate
from ecert.catalogue import get_type
from ecert.grants import Grants
from ecert.issuance import Issuance
from ecert.presentation import Presenter
from ecert.seals import IssuerSeals
from ecert.wallet_keys import WalletKeys
from identity.documents import mod11_2_check_char

NOW = datetime(2025, 3, 1, 2, 0, 0, tzinfo=UTC)  # 10:00 in China
KEK = bytes(range(32))
AUDIENCE = "v:gz-metro-01"


class MemoryKeys:
    def __init__(self) -> None:
        self.documents: dict[str, dict] = {}

    def all(self) -> list[dict]:
        return [dict(document) for document in self.documents.values()]

    def insert(self, document: dict) -> None:
        if document["_id"] in self.documents:
            raise Duplicate("keys", ("_id",))
        self.documents[document["_id"]] = dict(document)

    def retire(self, kid: str, at) -> bool:
        document = self.documents.get(kid)
        if document is None or document["retired_at"] is not None:
            return False
        document["retired_at"] = at
        return True


class MemoryCertificates:
    def __init__(self) -> None:
        self.records: dict[str, dict] = {}
        self.serials: dict[tuple, int] = {}

    def next_serial(self, type_code: str, issuer_code: str) -> int:
        key = (type_code, issuer_code)
        self.serials[key] = self.serials.get(key, 0) + 1
        return self.serials[key]

    def insert(self, record: dict) -> None:
        if record["identifier"] in self.records:
            raise Duplicate("certificates", ("identifier",))
        self.records[record["identifier"]] = copy.deepcopy(record)

    def find(self, identifier: str) -> dict | None:
        record = self.records.get(identifier)
        return copy.deepcopy(record) if record else None

    def revoke(self, identifier: str, reason: str, at) -> dict | None:
        record = self.records.get(identifier)
        if record is None or record["status"] != "valid":
            return None
        record.update(status="revoked", revocation_reason=reason, revoked_at=at)
        return copy.deepcopy(record)

    def for_holder(self, person_index: str, type_slug: str | None = None) -> list[dict]:
        found = [
            copy.deepcopy(record)
            for record in self.records.values()
            if record["person_index"] == person_index and type_slug in (None, record["type"])
        ]
        return sorted(found, key=lambda record: record["issued_at"], reverse=True)

    def revoked(self) -> list[dict]:
        return [copy.deepcopy(r) for r in self.records.values() if r["status"] == "revoked"]


class MemoryGrants:
    def __init__(self) -> None:
        self.grants: dict[str, dict] = {}

    def insert(self, grant: dict) -> dict:
        stored = {**copy.deepcopy(grant), "id": f"g{len(self.grants) + 1:04d}"}
        self.grants[stored["id"]] = stored
        return copy.deepcopy(stored)

    def find(self, grant_id: str) -> dict | None:
        grant = self.grants.get(grant_id)
        return copy.deepcopy(grant) if grant else None

    def withdraw(self, grant_id: str, at) -> dict | None:
        grant = self.grants.get(grant_id)
        if grant is None or grant["withdrawn_at"] is not None:
            return None
        grant["withdrawn_at"] = at
        return copy.deepcopy(grant)

    def _page(self, found: list, limit: int, offset: int) -> tuple[list, int]:
        found.sort(key=lambda grant: grant["created_at"], reverse=True)
        return copy.deepcopy(found[offset : offset + limit]), len(found)

    def for_holder(self, person_index: str, *, limit: int, offset: int) -> tuple[list, int]:
        found = [g for g in self.grants.values() if g["person_index"] == person_index]
        return self._page(found, limit, offset)

    def for_grantee(self, kind: str, grantee_id: str, *, limit: int, offset: int):
        found = [
            g
            for g in self.grants.values()
            if (g["grantee"]["kind"], g["grantee"]["id"]) == (kind, grantee_id)
        ]
        return self._page(found, limit, offset)


class MemoryUsageLog:
    def __init__(self) -> None:
        self.entries: list[dict] = []

    def record(self, entry: dict) -> None:
        self.entries.append(copy.deepcopy(entry))

    def for_holder(self, person_index: str, *, limit: int, offset: int) -> tuple[list, int]:
        found = [e for e in reversed(self.entries) if e["person_index"] == person_index]
        return found[offset : offset + limit], len(found)


def frozen_clock(at: datetime = NOW) -> Clock:
    """Return an app Clock standing still at `at` (tests move it)."""
    return Clock(lambda: at)


def make_engine(at: datetime = NOW) -> SimpleNamespace:
    """Return issuer seals, wallet keys, issuance and presenter over in-memory repositories."""
    clock = frozen_clock(at)
    issuer_repositories: dict[str, MemoryKeys] = {}
    seals = IssuerSeals(lambda code: issuer_repositories.setdefault(code, MemoryKeys()), KEK, clock)
    wallet_repository = MemoryKeys()
    wallet_keys = WalletKeys(wallet_repository, KEK, clock)
    certificates = MemoryCertificates()
    grants, usage_log = MemoryGrants(), MemoryUsageLog()
    return SimpleNamespace(
        clock=clock,
        seals=seals,
        issuer_repositories=issuer_repositories,
        wallet_keys=wallet_keys,
        wallet_repository=wallet_repository,
        certificates=certificates,
        issuance=Issuance(certificates, seals, wallet_keys, clock),
        presenter=Presenter(wallet_keys, clock),
        grants_repository=grants,
        usage_log=usage_log,
        grants=Grants(grants, certificates, usage_log, clock),
    )


def resident_id(first17: str = "44010619900517123") -> str:
    """Return a resident ID number with its right check character."""
    return first17 + mod11_2_check_char(first17)


HOLDER_CODES = {
    "resident_id": resident_id(),
    "hk_macao_permit": "H1234567801",
    "taiwan_permit": "01234567",
    "residence_permit": resident_id("81000019900517123"),
    "foreign_permanent_id": resident_id("93344019900517123"),
}
SAMPLE_VALUES = {
    "birth_date": "1990-05-17",
    "number": "E12345678",
    "plate": "粤A12345",
    "vin": "LSVAU2180N2183294",
    "nationality": "CAN",
    "spouse_name": "李秀英",
    "spouse_code": resident_id("44010619910203222"),
    "mother_name": "李秀英",
    "father_name": "王建国",
    "employer": "广州市示例科技有限公司",
    "location": "广州市天河区体育西路100号1201房",
    "business_credit_code": "92440106MA5CXXXX1A",
    "period": "2024-01-01/2024-12-31",
}
_BY_KIND = {
    "string": "示例内容",
    "date": "2020-07-01",
    "integer": 3,
    "decimal": "89.50",
    "area": "440106",
    "address": {"area": "440106", "line": "广州市天河区体育西路100号"},
    "photo": "ph8f3a2c1d9e",
}


def sample_content(certificate_type, **overrides) -> dict:
    """Return valid content for one certificate of a type (holder 王小明), with overrides."""
    code_type = certificate_type.holder_doc_types[0]
    content = {
        "holder_name": "王小明",
        "holder_code_type": code_type,
        "holder_code": HOLDER_CODES[code_type],
        "valid_from": "2020-07-01",
        "valid_until": "2030-07-01",
    }
    for field in certificate_type.fields:
        default = field.choices[0] if field.kind == "enum" else _BY_KIND[field.kind]
        content[field.name] = SAMPLE_VALUES.get(field.name, default)
    content.update(overrides)
    return content


def issue_sample(
    engine, type_slug: str, person_index: str = "p-wang", metadata=None, **overrides
) -> dict:
    """Issue a sample certificate of a type (content overridden by keyword); return it."""
    content = sample_content(get_type(type_slug), **overrides)
    return engine.issuance.issue(type_slug, person_index, content, **(metadata or {}))


def present(engine, record: dict, disclose=("holder_name",), audience: str = AUDIENCE):
    """Return a presentation of a record to AUDIENCE for a stated purpose."""
    return engine.presenter.present(record, disclose, audience=audience, purpose="核验身份")
