"""Bulk imports by the health authority: large batches, all or nothing, strict rows."""

import time

import pytest

from tests.factories import wrong_check_char
from tests.health_code_factories import ago, authority, person_number, post_rows, row

# Each person costs two sequential database round trips inside the import's transaction, so
# 2,000 rows take several seconds; 1,000 keeps the suite quick and still spans many people.
BIG_BATCH = 1000


def test_rows_for_many_people_are_applied_in_one_request(client, container, db):
    rows = [row(n, sampled_at=ago(hours=1 + n % 48), result="negative") for n in range(BIG_BATCH)]
    staff = authority(client, container)
    started = time.perf_counter()
    response = post_rows(client, staff, "test-results", rows)
    elapsed = time.perf_counter() - started
    assert response.status_code == 201, response.json
    assert response.json == {"applied": BIG_BATCH, "people": BIG_BATCH}
    assert db.health_records.count_documents({}) == BIG_BATCH
    print(f"\nimported {BIG_BATCH} test results in {elapsed:.2f} s")


def test_rows_of_one_person_are_grouped_onto_one_record(client, container, db):
    rows = [row(5, sampled_at=ago(hours=h), result="negative") for h in (60, 30, 5)]
    response = post_rows(client, authority(client, container), "test-results", rows)
    assert response.json == {"applied": 3, "people": 1}
    record = db.health_records.find_one()
    assert len(record["facts"]["tests"]) == 3


def test_one_invalid_row_rejects_the_batch_naming_its_row(client, container, db):
    staff = authority(client, container)
    post_rows(client, staff, "close-contacts", [row(9999, listed_at=ago(days=1))])
    rows = [row(n, listed_at=ago(days=1)) for n in range(300)]
    rows[137]["doc_number"] = wrong_check_char(person_number(137)[:17])
    response = post_rows(client, staff, "close-contacts", rows)
    assert response.status_code == 422
    assert list(response.json["errors"]["rows"]) == ["137"]
    assert "doc_number" in response.json["errors"]["rows"]["137"]
    assert db.health_records.count_documents({}) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda r: r.update(colour="red"),
        lambda r: r.update(result="maybe"),
        lambda r: r.pop("sampled_at"),
        lambda r: r.update(sampled_at="yesterday"),
        lambda r: r.update(sampled_at="2026-01-01T08:00:00"),
        lambda r: r.update(doc_type="passport"),
    ],
    ids=["unknown-field", "bad-result", "missing-time", "bad-time", "naive-time", "bad-doc-type"],
)
def test_a_malformed_row_is_refused(client, container, db, damage):
    rows = [row(n, sampled_at=ago(hours=3), result="negative") for n in range(3)]
    damage(rows[2])
    response = post_rows(client, authority(client, container), "test-results", rows)
    assert response.status_code == 422
    assert "2" in response.json["errors"]["rows"]
    assert db.health_records.count_documents({}) == 0


def test_unknown_top_level_fields_are_refused(client, container):
    response = client.post(
        "/api/v1/authority/close-contacts",
        headers=authority(client, container),
        json={"rows": [row(listed_at=ago(days=1))], "source": "cdc"},
    )
    assert response.status_code == 422


@pytest.mark.parametrize("count", [0, 5001])
def test_batch_size_is_between_one_and_five_thousand_rows(client, container, db, count):
    rows = [row(n % 1000, listed_at=ago(days=1)) for n in range(count)]
    response = post_rows(client, authority(client, container), "close-contacts", rows)
    assert response.status_code == 422
    assert "rows" in response.json["errors"]
    assert db.health_records.count_documents({}) == 0
