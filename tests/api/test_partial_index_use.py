"""Lookups served by a partial index read one document, not the whole collection.

SecantusDB 0.7 does not choose a partial index by itself: without a hint, a display's read
of the health record by account, the once-a-second revocation feed and the login lookups
scanned every document of their collection. Each test here fills a collection, captures
the command the repository sends and asks the server how many documents it examined.
"""

from datetime import UTC, datetime, timedelta

import pymongo
import pytest
from pymongo import monitoring

from models.accounts import AccountRepository
from models.health_records import HealthRecordRepository
from models.sessions import SessionRepository

MANY = 60
DRIVER_FIELDS = {"lsid", "$clusterTime", "$db", "$readPreference", "txnNumber"}


class Finds(monitoring.CommandListener):
    def __init__(self):
        self.commands = []

    def started(self, event):
        if event.command_name == "find":
            command = {k: v for k, v in event.command.items() if k not in DRIVER_FIELDS}
            self.commands.append(command)

    def succeeded(self, event):
        pass

    def failed(self, event):
        pass


@pytest.fixture
def watched(db, mongo_uri):
    """The test's database through a client whose find commands are recorded."""
    finds = Finds()
    with pymongo.MongoClient(mongo_uri, event_listeners=[finds], tz_aware=True) as client:
        yield client[db.name], finds


def examined(database, command: dict) -> int:
    """Documents the server examined to answer command (its explain, executionStats)."""
    plan = database.command({"explain": command, "verbosity": "executionStats"})
    return plan["executionStats"]["totalDocsExamined"]


def test_a_display_reads_one_health_record_among_many(watched):
    database, finds = watched
    HealthRecordRepository.ensure_indexes(database)
    database.health_records.insert_many(
        {"_id": f"person-{n:03d}", "subject_id": f"s{n:03d}", "account_id": f"acc-{n:03d}"}
        for n in range(MANY)
    )

    record = HealthRecordRepository(database).find_by_account("acc-042")

    assert record["_id"] == "person-042"
    assert examined(database, finds.commands[-1]) == 1


def test_the_revocation_feed_reads_only_revoked_sessions(watched):
    database, finds = watched
    SessionRepository.ensure_indexes(database)
    now = datetime.now(UTC)
    database.sessions.insert_many(
        {"_id": f"session-{n:03d}", "account_id": f"acc-{n:03d}", "revoked_at": None}
        for n in range(MANY)
    )
    database.sessions.insert_one({"_id": "gone", "account_id": "a", "revoked_at": now})

    revoked = SessionRepository(database).revoked_since(now - timedelta(seconds=1))

    assert [session_id for session_id, _ in revoked] == ["gone"]
    assert examined(database, finds.commands[-1]) == 1


def test_a_real_name_lookup_reads_one_account(watched):
    database, finds = watched
    AccountRepository.ensure_indexes(database)
    database.accounts.insert_many(
        {
            "_id": f"acc-{n:03d}",
            "phone_index": f"ph-{n:03d}",
            "real_name": {"person_index": f"pi-{n:03d}"},
        }
        for n in range(MANY)
    )
    database.accounts.insert_many(
        {"_id": f"new-{n:03d}", "phone_index": f"new-{n:03d}"} for n in range(MANY)
    )

    account = AccountRepository(database).find_by_person_index("pi-007")

    assert account["_id"] == "acc-007"
    assert examined(database, finds.commands[-1]) == 1
