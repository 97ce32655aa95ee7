"""Bulk imports from CSV files: every row valid or nothing applied, errors by row number."""

import io
from datetime import UTC, datetime

import pytest

from app.i18n import translate
from tests.factories import login_staff, wrong_check_char
from tests.health_code_factories import authority, person_number

HEADER = "doc_type,doc_number,sampled_at,result"


def result_row(n: int, sampled_at: str = "2026-11-05 08:30", result: str = "negative") -> str:
    return f"resident_id,{person_number(n)},{sampled_at},{result}"


def upload(client, headers, kind: str, text: str | bytes, name: str = "rows.csv"):
    data = text.encode() if isinstance(text, str) else text
    return client.post(
        f"/api/v1/authority/{kind}/csv",
        data={"file": (io.BytesIO(data), name)},
        headers=headers,
        content_type="multipart/form-data",
    )


def csv_of(*lines: str) -> str:
    return "\r\n".join(lines) + "\r\n"


def test_a_valid_file_is_applied_in_one_go(client, container, db):
    lines = [result_row(n) for n in range(3)] + [result_row(0, "2026-11-06 09:00")]
    response = upload(client, authority(client, container), "test-results", csv_of(HEADER, *lines))
    assert response.status_code == 201, response.json
    assert response.json == {"applied": 4, "people": 3}
    assert db.health_records.count_documents({}) == 3


def test_one_bad_row_is_named_by_its_row_in_the_file_and_nothing_is_applied(client, container, db):
    bad = result_row(1).replace(person_number(1), wrong_check_char(person_number(1)[:17]))
    text = csv_of(HEADER, result_row(0), bad, result_row(2, result="maybe"), result_row(3))
    response = upload(client, authority(client, container), "test-results", text)
    assert response.status_code == 422
    rows = response.json["errors"]["rows"]
    assert sorted(rows) == ["3", "4"]  # the header is row 1, as in a spreadsheet
    assert list(rows["3"]) == ["doc_number"] and list(rows["4"]) == ["result"]
    assert db.health_records.count_documents({}) == 0


def test_blank_lines_and_cells_spanning_lines_keep_the_spreadsheet_numbering(client, container, db):
    order = "resident_id,{},2026-11-01 00:00,,{}"
    text = csv_of(
        "doc_type,doc_number,start,end,reason",
        order.format(person_number(0), '"居家隔离\n（社区通知）"'),
        "",
        order.format("123", "集中隔离"),
    )
    response = upload(client, authority(client, container), "isolation-orders", text)
    assert list(response.json["errors"]["rows"]) == ["4"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-11-05 08:30", datetime(2026, 11, 5, 0, 30, tzinfo=UTC)),
        ("2026/11/5 8:30", datetime(2026, 11, 5, 0, 30, tzinfo=UTC)),
        ("2026-11-05", datetime(2026, 11, 4, 16, 0, tzinfo=UTC)),
        ("2026-11-05T08:30:00Z", datetime(2026, 11, 5, 8, 30, tzinfo=UTC)),
    ],
)
def test_times_without_an_offset_are_china_time(client, container, db, typed, stored):
    text = csv_of(HEADER, result_row(0, typed))
    assert upload(client, authority(client, container), "test-results", text).status_code == 201
    fact = db.health_records.find_one()["facts"]["tests"][0]
    assert fact["sampled_at"].replace(tzinfo=UTC) == stored


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_files_saved_by_chinese_spreadsheets_are_read(client, container, db, encoding):
    text = csv_of(
        "doc_type,doc_number,start,end,reason",
        f"resident_id,{person_number(0)},2026-11-01 00:00,,居家隔离",
    )
    response = upload(
        client, authority(client, container), "isolation-orders", text.encode(encoding)
    )
    assert response.status_code == 201, response.json
    order = db.health_records.find_one()["facts"]["isolation_orders"][0]
    assert order["reason"] == "居家隔离"


@pytest.mark.parametrize(
    ("header", "column", "key"),
    [
        ("doc_type,doc_number,result", "sampled_at", "import.column_missing"),
        (HEADER + ",colour", "colour", "import.column_unknown"),
        (HEADER + ",result", "result", "import.column_repeated"),
    ],
)
def test_a_wrong_header_is_named_column_by_column(client, container, header, column, key):
    text = csv_of(header, result_row(0) + ",x")
    response = upload(client, authority(client, container), "test-results", text)
    assert response.status_code == 422
    with client.application.test_request_context():
        assert response.json["errors"]["columns"] == {column: [translate(key, {})]}


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (HEADER.encode() + b"\r\n\r\n", "empty"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "encoding"),
        (b'doc_type,"doc_number\r\n', "malformed"),
    ],
)
def test_a_file_that_is_not_rows_is_refused_as_a_whole(client, container, db, content, why):
    response = upload(client, authority(client, container), "test-results", content)
    assert response.status_code == 422
    with client.application.test_request_context():
        assert response.json["errors"] == {"file": [translate(f"import.csv_{why}", {})]}
    assert db.health_records.count_documents({}) == 0


def test_a_row_with_more_cells_than_the_header_is_refused(client, container):
    text = csv_of(HEADER, result_row(0) + ",extra")
    response = upload(client, authority(client, container), "test-results", text)
    assert list(response.json["errors"]["rows"]["2"]) == ["row"]


def test_a_file_longer_than_a_batch_is_refused(client, container, monkeypatch):
    monkeypatch.setattr("api.authority.schemas.MAX_ROWS", 3)
    text = csv_of(HEADER, *(result_row(n) for n in range(4)))
    response = upload(client, authority(client, container), "test-results", text)
    assert response.status_code == 422
    assert "file" in response.json["errors"]


def test_the_upload_needs_a_file(client, container):
    response = client.post(
        "/api/v1/authority/close-contacts/csv",
        data={"note": "no file"},
        headers=authority(client, container),
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert "file" in response.json["errors"]


def test_close_contacts_come_from_csv_too(client, container, db):
    text = csv_of(
        "doc_type,doc_number,listed_at,until", f"resident_id,{person_number(0)},2026-11-05,"
    )
    response = upload(client, authority(client, container), "close-contacts", text)
    assert response.status_code == 201, response.json
    assert db.health_records.find_one()["facts"]["close_contacts"][0]["until"] is None


def test_only_the_health_authority_imports(client, container):
    headers = login_staff(client, container, "venue_manager")
    assert upload(client, headers, "test-results", csv_of(HEADER, result_row(0))).status_code == 403
    assert upload(client, {}, "test-results", csv_of(HEADER, result_row(0))).status_code == 401


def test_an_import_is_in_the_audit_trail(client, container, db):
    upload(client, authority(client, container), "test-results", csv_of(HEADER, result_row(0)))
    event = db.audit_events.find_one({"event": "authority.imported"})
    assert event["subject"] == "import:tests"
    assert (event["details"], event["actor"]["id"]) == ({"applied": 1, "people": 1}, "authority-1")
