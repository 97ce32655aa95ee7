"""Stored documents written by an earlier release are brought to today's shape at start."""

from pathlib import Path

from bson import json_util

from core.clock import utcnow
from models.migrations import COLLECTION, current_version, latest_version, migrate
from tests.factories import run_cli

EARLIER = Path(__file__).resolve().parents[1] / "data" / "before_migrations"


def earlier(name: str) -> list[dict]:
    text = (EARLIER / f"{name}.json").read_text(encoding="utf-8")
    return json_util.loads(text, json_options=json_util.JSONOptions(tz_aware=True))


def load_earlier_release(db) -> list[dict]:
    """Fill db as the release before migrations left it: its documents, no version record."""
    db[COLLECTION].delete_many({})
    for name in ("health_records", "accounts", "guardianships", "staff"):
        db[name].insert_many(earlier(name))
    return earlier("health_records")


def test_an_earlier_database_is_upgraded_to_the_latest_version(db):
    records = load_earlier_release(db)
    assert current_version(db) == 0

    applied = migrate(db, utcnow())

    assert [step.version for step in applied] == [1, 2, 3]
    assert current_version(db) == latest_version()
    for record in records:
        stored = db.health_records.find_one({"_id": record["_id"]})["assessment"]
        assert stored["stale_at"] == record["assessment"]["next_change_at"]


def test_migrating_twice_changes_nothing_the_second_time(db):
    load_earlier_release(db)
    migrate(db, utcnow())
    before = list(db.health_records.find().sort("_id"))

    assert migrate(db, utcnow()) == []
    assert list(db.health_records.find().sort("_id")) == before


def test_a_step_that_ran_but_was_not_recorded_is_harmless_to_run_again(db):
    load_earlier_release(db)
    migrate(db, utcnow())
    db[COLLECTION].delete_many({})  # as if the process died between the step and its record

    again = migrate(db, utcnow())

    assert [(step.version, step.changed) for step in again] == [(1, 0), (2, 0), (3, 0)]


def test_a_new_database_starts_at_the_latest_version(db):
    assert current_version(db) == latest_version()


def test_the_migrate_command_reports_the_version(app):
    result = run_cli(app, "migrate")
    assert result.exit_code == 0
    assert f"schema version {latest_version()}" in result.output


def test_family_links_to_adults_with_an_account_now_wait_for_their_consent(db):
    load_earlier_release(db)
    now = utcnow()
    migrate(db, now)
    by_person = {link["person_index"]: link for link in db.guardianships.find()}
    adult = by_person["p-adult"]
    assert (adult["status"], adult["consent"]) == ("pending", None)
    assert adult["dependant_account_id"] == "65e1a2b3c4d5e6f708192a01"
    assert adult["expires_at"] > now
    for declared in ("p-minor", "p-no-account"):
        assert (by_person[declared]["status"], by_person[declared]["consent"]) == (
            "active",
            "declared",
        )


def test_staff_accounts_from_before_departments_wait_to_be_placed(db):
    load_earlier_release(db)
    migrate(db, utcnow())
    clerk = db.staff.find_one({"username": "clerk-2025"})
    assert "department" in clerk and clerk["department"] is None
    assert clerk["roles"] == ["clerk"]
