"""Pre-fill from the profile and e-certificates, form checks, and what the applicant did."""

import pytest

from core.errors import ServiceError
from services.catalogue import all_items
from services.forms import check_materials, clean_value, validate_form
from services.prefill import certificate_types_needed, gather_certificates, prefill, provenance

ITEMS = {item["name"]["zh-CN"]: item for item in all_items()}
BIRTH = ITEMS["出生登记"]
# A valid GB 11643 number (the standard's own example).
ID_NUMBER = "11010519491231002X"
PROFILE = {
    "name": "王小明",
    "phone": "13800000001",
    "doc_type": "resident_id",
    "doc_number": ID_NUMBER,
    "address": "广州市天河区体育西路1号",
}


def certificate(slug: str, issued_on: str, **fields) -> dict:
    return {
        "type": slug,
        "identifier": f"id-{slug}-{issued_on}",
        "status": "valid",
        "issued_on": issued_on,
        "valid_until": None,
        "fields": fields,
    }


BIRTH_CERT = certificate(
    "birth_medical_certificate",
    "2026-11-20",
    child_name="王小宝",
    child_gender="male",
    born_on="2026-11-18",
)
HOUSEHOLD = certificate("household_register", "2020-01-01", region="440106")


class Wallet:
    """The one question services ask the wallet, answered from a dict."""

    def __init__(self, held: dict):
        self.held, self.asked = held, []

    def valid_certificates(self, person_index, type_slug):
        self.asked.append((person_index, type_slug))
        return self.held.get(type_slug, [])


def test_the_wallet_is_asked_only_for_the_types_the_service_reads():
    wallet = Wallet({"birth_medical_certificate": [BIRTH_CERT]})
    held = gather_certificates(wallet, "person-1", BIRTH)
    assert certificate_types_needed(BIRTH) == [
        "birth_medical_certificate",
        "household_register",
        "marriage_certificate",
    ]
    assert [slug for _person, slug in wallet.asked] == certificate_types_needed(BIRTH)
    assert held["birth_medical_certificate"] == [BIRTH_CERT]


def test_fields_come_from_profile_and_certificates():
    result = prefill(BIRTH, PROFILE, {"birth_medical_certificate": [BIRTH_CERT]})
    assert result["values"] == {
        "child_name": "王小宝",
        "child_gender": "male",
        "child_born_on": "2026-11-18",
        "applicant_name": "王小明",
        "id_number": ID_NUMBER,
        "phone": "13800000001",
    }
    assert result["sources"]["child_name"] == "cert.birth_medical_certificate.child_name"
    assert result["sources"]["phone"] == "profile.phone"
    assert result["materials"] == {
        "birth_medical_certificate": {
            "certificate": "birth_medical_certificate",
            "identifier": "id-birth_medical_certificate-2026-11-20",
        }
    }


def test_a_value_the_form_would_refuse_is_left_for_the_applicant():
    odd = certificate("birth_medical_certificate", "2026-11-20", child_gender="男", born_on="18/11")
    result = prefill(BIRTH, {**PROFILE, "phone": "12345"}, {"birth_medical_certificate": [odd]})
    assert not {"child_gender", "child_born_on", "phone"} & set(result["values"])


def test_the_newest_valid_certificate_wins():
    old = certificate("birth_medical_certificate", "2026-11-19", child_name="旧名")
    revoked = {
        **certificate("birth_medical_certificate", "2026-11-25", child_name="作废"),
        "status": "revoked",
    }
    result = prefill(BIRTH, {}, {"birth_medical_certificate": [old, BIRTH_CERT, revoked]})
    assert result["values"]["child_name"] == "王小宝"


def test_provenance_counts_kept_prefills_typed_fields_and_material_sources():
    offered = prefill(
        BIRTH,
        PROFILE,
        {"birth_medical_certificate": [BIRTH_CERT], "household_register": [HOUSEHOLD]},
    )
    submitted = {**offered["values"], "child_name": "王大宝", "relation": "father"}
    record = provenance(
        offered,
        submitted,
        certificate_materials=["birth_medical_certificate", "household_register", "forged"],
        uploaded_materials=["marriage_certificate"],
    )
    assert record["fields_prefilled"] == sorted(set(offered["values"]) - {"child_name"})
    assert record["fields_typed"] == ["child_name", "relation"]
    assert record["materials_from_certificates"] == [
        "birth_medical_certificate",
        "household_register",
    ]
    assert record["materials_uploaded"] == ["marriage_certificate"]


def test_a_complete_form_is_cleaned():
    values = {
        "child_name": " 王小宝 ",
        "child_gender": "male",
        "child_born_on": "2026-11-18",
        "relation": "father",
        "applicant_name": "王小明",
        "id_number": ID_NUMBER.lower(),
        "phone": "13800000001",
    }
    cleaned = validate_form(BIRTH["form"], values)
    assert cleaned["child_name"] == "王小宝"
    assert cleaned["id_number"] == ID_NUMBER


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("child_name", None, "required"),
        ("child_name", "王" * 41, "too_long"),
        ("child_name", "王\x00宝", "characters"),
        ("child_name", 42, "type"),
        ("child_gender", "unknown", "not_an_option"),
        ("child_born_on", "2026-02-30", "format"),
        ("phone", "1380000000", "format"),
        ("id_number", "110105194912310021", "format"),
        ("surprise", "x", "unknown"),
    ],
)
def test_a_bad_value_is_refused_with_a_reason_per_field(field, value, reason):
    values = {
        "child_name": "王小宝",
        "child_gender": "male",
        "child_born_on": "2026-11-18",
        "relation": "father",
        "applicant_name": "王小明",
        "id_number": ID_NUMBER,
        "phone": "13800000001",
        field: value,
    }
    with pytest.raises(ServiceError) as refusal:
        validate_form(BIRTH["form"], values)
    assert refusal.value.key == "services.form_invalid"
    assert refusal.value.errors == {field: [reason]}


def test_numbers_and_regions_keep_to_their_bounds():
    loan = ITEMS["住房公积金个人贷款"]["form"]
    years = next(f for f in loan if f["name"] == "loan_years")
    region = {
        "name": "r",
        "type": "region",
        "label": {},
        "required": True,
        "validation": {"prefix": "44"},
    }
    assert clean_value(years, 31)[1] == ["too_large"]
    assert clean_value(years, True)[1] == ["type"]
    assert clean_value(region, "110105")[1] == ["outside_region"]
    assert clean_value(region, "440106") == ("440106", [])


def offered_for_birth() -> dict:
    return prefill(BIRTH, PROFILE, {"birth_medical_certificate": [BIRTH_CERT]})


def test_required_materials_come_from_certificates_or_uploads():
    check_materials(
        BIRTH,
        offered_for_birth(),
        from_certificates=["birth_medical_certificate"],
        uploads={"household_register": ["jpg", "jpg"]},
    )


@pytest.mark.parametrize(
    ("from_certificates", "uploads", "errors"),
    [
        (["birth_medical_certificate"], {}, {"household_register": ["missing"]}),
        # No certificate was on offer for the household register: claiming one does not count.
        (
            ["birth_medical_certificate", "household_register"],
            {},
            {"household_register": ["missing"]},
        ),
        (
            ["birth_medical_certificate"],
            {"household_register": ["exe"]},
            {"household_register": ["upload_type_or_count"]},
        ),
        (
            ["birth_medical_certificate"],
            {"household_register": ["jpg"] * 3},
            {"household_register": ["upload_type_or_count"]},
        ),
        (
            ["birth_medical_certificate"],
            {"household_register": ["pdf"], "selfie": ["jpg"]},
            {"selfie": ["unknown"]},
        ),
    ],
)
def test_missing_or_wrong_materials_are_refused(from_certificates, uploads, errors):
    with pytest.raises(ServiceError) as refusal:
        check_materials(BIRTH, offered_for_birth(), from_certificates, uploads)
    assert refusal.value.key == "services.materials_invalid"
    assert refusal.value.errors == errors
