"""Unit tests for identity document validation."""

import dataclasses
from datetime import date, timedelta

import pytest

from identity.documents import (
    DOC_TYPES,
    DocumentError,
    ValidDocument,
    mod11_2_check_char,
    normalise_document,
)

# Published GB 11643-1999 example numbers, checked by hand, not by the code under test.
STANDARD_EXAMPLE = "11010519491231002X"
GUANGDONG_EXAMPLE = "440524188001010014"


def with_check(first17: str) -> str:
    """Append the correct check character to 17 digits."""
    return first17 + mod11_2_check_char(first17)


def with_wrong_check(first17: str) -> str:
    """Append a check character that is guaranteed to be wrong."""
    right = mod11_2_check_char(first17)
    return first17 + ("0" if right != "0" else "1")


def ending_in_x(prefix14: str) -> str:
    """Find a valid number with the given first 14 digits whose check character is X."""
    for sequence in range(1000):
        first17 = f"{prefix14}{sequence:03d}"
        if mod11_2_check_char(first17) == "X":
            return first17 + "X"
    raise AssertionError("no sequence number yields X")


def rejection_reason(doc_type, number) -> str:
    with pytest.raises(DocumentError) as caught:
        normalise_document(doc_type, number)
    return caught.value.reason


def test_doc_types_are_the_public_contract():
    assert DOC_TYPES == (
        "resident_id",
        "hk_macao_permit",
        "taiwan_permit",
        "residence_permit",
        "foreign_permanent_id",
    )


# One number per possible check character, computed separately from the ISO 7064
# definition (weights 2**(17-i) mod 11, check value (12 - sum) mod 11, 10 written as X).
EVERY_CHECK_CHAR = [
    "440304199001010070",
    "440304199001010011",
    "440304199001010062",
    "440304199001010003",
    "440304199001010054",
    "440304199001010185",
    "440304199001010046",
    "440304199001010097",
    "440304199001010038",
    "440304199001010089",
    "44030419900101002X",
]


@pytest.mark.parametrize("number", [STANDARD_EXAMPLE, GUANGDONG_EXAMPLE, *EVERY_CHECK_CHAR])
def test_check_char_matches_known_numbers(number):
    assert mod11_2_check_char(number[:17]) == number[17]


@pytest.mark.parametrize("number", EVERY_CHECK_CHAR)
def test_known_numbers_are_valid_resident_ids(number):
    assert normalise_document("resident_id", number).number == number


@pytest.mark.parametrize("bad", ["", "1101051949123100", "110105194912310021", "1101051949123100X"])
def test_check_char_needs_seventeen_digits(bad):
    with pytest.raises(DocumentError):
        mod11_2_check_char(bad)


def test_standard_example_is_a_valid_resident_id():
    document = normalise_document("resident_id", STANDARD_EXAMPLE)
    assert document == ValidDocument(
        doc_type="resident_id",
        number=STANDARD_EXAMPLE,
        person_key=STANDARD_EXAMPLE,
        birth_date=date(1949, 12, 31),
        region_code="110105",
    )


def test_guangdong_example_passes_the_check_but_predates_1900():
    assert rejection_reason("resident_id", GUANGDONG_EXAMPLE) == "birth_date"


VALID_CASES = [
    ("resident_id", with_check("44030419900101123"), date(1990, 1, 1), "440304"),
    ("hk_macao_permit", "H1234567801", None, None),
    ("hk_macao_permit", "M9876543210", None, None),
    ("taiwan_permit", "12345678", None, None),
    ("residence_permit", with_check("81000020000229004"), date(2000, 2, 29), "810000"),
    ("residence_permit", with_check("82000019851130005"), date(1985, 11, 30), "820000"),
    ("residence_permit", with_check("83000019700615006"), date(1970, 6, 15), "830000"),
    # Foreign permanent ids carry no checked birth date, so 0231 here is fine.
    ("foreign_permanent_id", with_check("91560019990231001"), None, None),
]


def test_valid_cases_cover_every_doc_type():
    assert {case[0] for case in VALID_CASES} == set(DOC_TYPES)


@pytest.mark.parametrize(("doc_type", "number", "birth_date", "region_code"), VALID_CASES)
def test_valid_number_for_each_type(doc_type, number, birth_date, region_code):
    document = normalise_document(doc_type, number)
    assert document.doc_type == doc_type
    assert document.number == number
    assert document.birth_date == birth_date
    assert document.region_code == region_code


PERMIT_ENDING_X = ending_in_x("81000019900101")
FOREIGN_ENDING_X = ending_in_x("91560019900101")


@pytest.mark.parametrize(
    ("doc_type", "raw", "expected"),
    [
        ("resident_id", " 11010519491231002x ", STANDARD_EXAMPLE),
        ("residence_permit", PERMIT_ENDING_X.lower(), PERMIT_ENDING_X),
        ("foreign_permanent_id", FOREIGN_ENDING_X.lower(), FOREIGN_ENDING_X),
        ("hk_macao_permit", "\th1234567801\n", "H1234567801"),
        ("taiwan_permit", "  12345678  ", "12345678"),
    ],
)
def test_input_is_stripped_and_uppercased(doc_type, raw, expected):
    assert normalise_document(doc_type, raw).number == expected


@pytest.mark.parametrize(
    ("doc_type", "first17"),
    [
        ("resident_id", "11010519491231002"),
        ("residence_permit", "81000019900101123"),
        ("foreign_permanent_id", "91560019900101123"),
    ],
)
def test_wrong_check_character_is_rejected(doc_type, first17):
    assert rejection_reason(doc_type, with_wrong_check(first17)) == "check_digit"


@pytest.mark.parametrize(
    ("doc_type", "number"),
    [
        ("resident_id", ""),
        ("resident_id", "   "),
        ("resident_id", STANDARD_EXAMPLE[:-1]),
        ("resident_id", STANDARD_EXAMPLE + "0"),
        ("resident_id", "X1010519491231002" + "1"),
        ("resident_id", "11010519491231002Y"),
        ("resident_id", "110105 19491231002X"),
        # Full-width digits look right on screen but are not ASCII digits.
        ("resident_id", "１１０１０５１９４９１２３１００２X"),
        ("resident_id", 11010519491231002),
        ("hk_macao_permit", "H123456780"),
        ("hk_macao_permit", "H12345678012"),
        ("hk_macao_permit", "K1234567801"),
        ("hk_macao_permit", "1234567801H"),
        ("taiwan_permit", "1234567"),
        ("taiwan_permit", "123456789"),
        ("taiwan_permit", "1234567A"),
        ("residence_permit", "81000019900101123"),
        ("foreign_permanent_id", STANDARD_EXAMPLE),
        ("foreign_permanent_id", "9156001990010112"),
    ],
)
def test_malformed_number_is_rejected_as_format(doc_type, number):
    assert rejection_reason(doc_type, number) == "format"


FUTURE = date.today() + timedelta(days=30)


@pytest.mark.parametrize(
    ("doc_type", "first17"),
    [
        ("resident_id", "44030419990231123"),
        ("resident_id", "44030420230229123"),
        ("resident_id", "44030419991301123"),
        ("resident_id", "44030419990100123"),
        ("resident_id", "44030418991231123"),
        ("resident_id", f"440304{FUTURE:%Y%m%d}123"),
        ("residence_permit", "81000019990231123"),
        ("residence_permit", f"830000{FUTURE:%Y%m%d}123"),
    ],
)
def test_impossible_birth_date_is_rejected(doc_type, first17):
    assert rejection_reason(doc_type, with_check(first17)) == "birth_date"


@pytest.mark.parametrize("birth", [date(1900, 1, 1), date.today()])
def test_birth_date_boundaries_are_accepted(birth):
    number = with_check(f"440304{birth:%Y%m%d}123")
    assert normalise_document("resident_id", number).birth_date == birth


@pytest.mark.parametrize(
    ("doc_type", "region"),
    [
        ("resident_id", "810000"),
        ("resident_id", "820000"),
        ("resident_id", "830000"),
        ("resident_id", "710000"),
        ("resident_id", "915600"),
        ("resident_id", "000000"),
        ("resident_id", "160000"),
        ("resident_id", "660000"),
        ("residence_permit", "440300"),
        ("residence_permit", "810100"),
    ],
)
def test_wrong_region_is_rejected(doc_type, region):
    assert rejection_reason(doc_type, with_check(f"{region}19900101123")) == "region"


def test_hk_macao_renewals_share_a_person_key():
    first = normalise_document("hk_macao_permit", "H1234567801")
    renewed = normalise_document("hk_macao_permit", "H1234567802")
    assert first.person_key == renewed.person_key == "H12345678"
    assert first.number != renewed.number


def test_hk_and_macao_holders_with_same_digits_are_different_people():
    hong_kong = normalise_document("hk_macao_permit", "H1234567801")
    macao = normalise_document("hk_macao_permit", "M1234567801")
    assert hong_kong.person_key != macao.person_key


@pytest.mark.parametrize(
    ("doc_type", "number"),
    [
        ("resident_id", STANDARD_EXAMPLE),
        ("taiwan_permit", "12345678"),
        ("foreign_permanent_id", with_check("91560019900101123")),
    ],
)
def test_person_key_is_the_whole_number_for_other_types(doc_type, number):
    assert normalise_document(doc_type, number).person_key == number


@pytest.mark.parametrize("doc_type", ["passport", "Resident_ID", " resident_id", "", None, ["x"]])
def test_unknown_type_is_rejected(doc_type):
    assert rejection_reason(doc_type, STANDARD_EXAMPLE) == "unknown_type"


def test_document_error_is_a_readable_value_error_without_the_number():
    number = with_wrong_check("11010519491231002")
    with pytest.raises(ValueError) as caught:
        normalise_document("resident_id", number)
    message = str(caught.value)
    assert message and message == caught.value.message
    assert number not in message
    assert "19491231" not in message


def test_valid_document_is_immutable():
    document = normalise_document("resident_id", STANDARD_EXAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        document.number = GUANGDONG_EXAMPLE
