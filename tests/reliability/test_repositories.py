"""Repositories speak in domain errors, and get-or-create holds when requests race."""

import ast
from pathlib import Path

import pytest

from core.errors import Duplicate
from models import AccountRepository, StaffRepository
from models.health_records import HealthRecordRepository
from tests.reliability.racing import race

ROOT = Path(__file__).resolve().parents[2]


def test_a_taken_username_raises_duplicate_naming_the_collection_and_index(db):
    staff = StaffRepository(db)
    staff.insert({"username": "clerk-1", "roles": ["clerk"]})

    with pytest.raises(Duplicate) as refused:
        staff.insert({"username": "clerk-1", "roles": ["admin"]})

    assert (refused.value.collection, refused.value.fields) == ("staff", ("username",))


def test_a_document_bound_to_another_account_raises_duplicate(db):
    accounts = AccountRepository(db)
    first = accounts.create_or_get("phone-a", {"level": "L1"})
    second = accounts.create_or_get("phone-b", {"level": "L1"})
    accounts.bind_real_name(first["_id"], {"person_index": "person-1"}, "L2")

    with pytest.raises(Duplicate) as refused:
        accounts.bind_real_name(second["_id"], {"person_index": "person-1"}, "L2")

    assert refused.value.fields == ("real_name.person_index",)


def test_racing_get_or_create_gives_every_caller_the_one_document(db):
    records = HealthRecordRepository(db)
    for person in range(5):
        key = f"person-{person}"

        found = race(
            16,
            lambda i, key=key: records.add_facts(key, "tests", [{"n": i}], {"subject_id": key}),
        )

        assert all(record and record["_id"] == key for record in found)
        stored = records.find(key)
        assert sorted(fact["n"] for fact in stored["facts"]["tests"]) == list(range(16))


def test_the_accounts_engine_imports_no_database_driver():
    imported = set()
    for path in (ROOT / "accounts").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
    assert not imported & {"pymongo", "bson", "models", "flask"}
