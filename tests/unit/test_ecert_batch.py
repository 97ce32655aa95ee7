import pytest

from core.errors import ServiceError
from ecert.batch import fold_columns, validate_rows
from tests.ecert_factories import resident_id


def row(**changes) -> dict:
    """A CSV row for a household register, as csv.DictReader gives it (all text)."""
    base = {
        "holder_name": "陈大文",
        "holder_code_type": "resident_id",
        "holder_code": resident_id(),
        "valid_from": "2020-01-01",
        "valid_until": "",
        "birth_date": "1990-05-17",
        "address.area": "440106",
        "address.line": "广州市天河区体育西路100号",
        "household_kind": "family",
    }
    return {**base, **changes}


def test_all_good_rows_are_accepted_in_canonical_form():
    report = validate_rows(
        "household_register", [row(), row(holder_code=resident_id("44010619900517456"))]
    )

    assert report.ok and len(report.accepted) == 2
    first = report.accepted[0]
    assert first["valid_until"] is None  # long-term
    assert first["fields"]["address"] == {"area": "440106", "line": "广州市天河区体育西路100号"}


def test_rejected_rows_are_reported_by_number_with_reasons():
    rows = [
        row(),
        row(birth_date="17/05/1990"),
        row(holder_code="440106199005171230"),
        row(**{"address.area": "4401"}),
        row(household_kind="shared", holder_name=""),
        "not a row",
        row(),  # same as row 1
    ]

    report = validate_rows("household_register", rows)

    assert not report.ok
    assert report.rejected == [
        {"row": 2, "errors": {"birth_date": ["ecert.field.date_format"]}},
        {"row": 3, "errors": {"holder_code": ["identity.document_invalid.check_digit"]}},
        {"row": 4, "errors": {"address": ["ecert.field.not_area_code"]}},
        {
            "row": 5,
            "errors": {
                "holder_name": ["ecert.field.required"],
                "household_kind": ["ecert.field.not_a_choice"],
            },
        },
        {"row": 6, "errors": {"row": ["ecert.field.not_an_object"]}},
        {"row": 7, "errors": {"row": ["ecert.field.duplicate_row"]}, "same_as": 1},
    ]
    assert len(report.accepted) == 1


def test_integers_from_csv_text_and_missing_required_fields():
    good = {
        "holder_name": "陈大文",
        "holder_code_type": "resident_id",
        "holder_code": resident_id(),
        "valid_from": "2024-01-01",
        "household_size": "3",
        "monthly_amount_fen": "95000",
        "granted_in": "440106",
    }
    missing = {**good, "monthly_amount_fen": "", "household_size": "three"}

    report = validate_rows("minimum_living_allowance", [good, missing])

    assert report.accepted[0]["fields"]["monthly_amount_fen"] == 95000
    assert report.rejected == [
        {
            "row": 2,
            "errors": {
                "household_size": ["ecert.field.not_integer"],
                "monthly_amount_fen": ["ecert.field.required"],
            },
        }
    ]


def test_dotted_columns_fold_into_one_value():
    assert fold_columns({"a.area": "440106", "a.line": "x", "b": 1}) == {
        "a": {"area": "440106", "line": "x"},
        "b": 1,
    }
    assert fold_columns({"a.area": "", "a.line": ""}) == {"a": None}


def test_unknown_type_is_refused_before_any_row():
    with pytest.raises(ServiceError):
        validate_rows("library_card", [row()])
