import re

import pytest

from core.departments import BY_SLUG as DEPARTMENTS
from core.errors import ServiceError
from ecert.catalogue import BY_SLUG, MAX_DISCLOSABLE, TYPES, get_type, type_for_code
from ecert.catalogue.schema import RESERVED_CLAIMS
from identity.credit_code import is_valid_credit_code
from identity.documents import DOC_TYPES

# The slugs both engines use, with their issuing departments (CERT_TYPES.md).
SLUG_ISSUERS = {
    "resident_id_card": "public_security",
    "household_register": "public_security",
    "residence_permit": "public_security",
    "hmt_residence_permit": "public_security",
    "no_criminal_record": "public_security",
    "driving_licence": "traffic_police",
    "vehicle_licence": "traffic_police",
    "vehicle_registration": "traffic_police",
    "passport": "exit_entry",
    "hk_macao_travel_permit": "exit_entry",
    "taiwan_travel_permit": "exit_entry",
    "hk_macao_resident_permit": "exit_entry",
    "taiwan_resident_permit": "exit_entry",
    "foreign_permanent_id": "exit_entry",
    "marriage_certificate": "civil_affairs",
    "divorce_certificate": "civil_affairs",
    "minimum_living_allowance": "civil_affairs",
    "elderly_preferential_card": "civil_affairs",
    "birth_medical_certificate": "health",
    "vaccination_certificate": "health",
    "physician_licence": "health",
    "nurse_licence": "health",
    "social_security_card": "human_resources",
    "employment_registration": "human_resources",
    "vocational_skill_certificate": "human_resources",
    "retirement_certificate": "human_resources",
    "graduation_certificate": "education",
    "teacher_qualification": "education",
    "degree_certificate": "degree_committee",
    "real_estate_certificate": "natural_resources",
    "individual_business_licence": "market_regulation",
    "medical_insurance_voucher": "medical_insurance",
    "disability_certificate": "disabled_federation",
    "veteran_preferential_card": "veterans_affairs",
    "housing_fund_deposit_certificate": "housing_fund",
    "tax_payment_certificate": "taxation",
    "road_transport_qualification": "transport",
    "lawyer_licence": "justice",
}


def test_every_agreed_slug_is_in_the_catalogue_with_its_issuing_department():
    assert {t.slug: t.department.slug for t in TYPES} == SLUG_ISSUERS


@pytest.mark.parametrize("certificate_type", TYPES, ids=lambda t: t.slug)
def test_type_code_is_the_defining_departments_credit_code_and_three_digits(certificate_type):
    code = certificate_type.type_code

    assert re.fullmatch(r"[0-9A-Z]{18}[0-9]{3}", code)
    assert is_valid_credit_code(code[:18])
    assert code[:18] == certificate_type.department.credit_code
    assert (
        certificate_type.issuer_code == DEPARTMENTS[SLUG_ISSUERS[certificate_type.slug]].credit_code
    )
    assert type_for_code(code) is certificate_type


def test_type_codes_are_unique():
    assert len({t.type_code for t in TYPES}) == len(TYPES)


@pytest.mark.parametrize("certificate_type", TYPES, ids=lambda t: t.slug)
def test_names_in_three_languages(certificate_type):
    zh_cn, zh_hk, en = (certificate_type.name(lang) for lang in ("zh-CN", "zh-HK", "en"))

    assert zh_cn and zh_hk and en.isascii()
    assert all(field.label("zh-HK") and field.label("en") for field in certificate_type.fields)


@pytest.mark.parametrize("certificate_type", TYPES, ids=lambda t: t.slug)
def test_claim_names_are_short_unique_and_not_reserved(certificate_type):
    field_claims = [field.claim for field in certificate_type.fields]
    all_claims = list(certificate_type.claim_names().values())

    assert len(all_claims) == len(set(all_claims))
    assert not set(field_claims) & RESERVED_CLAIMS
    assert all(len(claim) <= 3 for claim in all_claims)


@pytest.mark.parametrize("certificate_type", TYPES, ids=lambda t: t.slug)
def test_disclosable_claims_fit_the_qr_budget_and_typical_choice_is_disclosable(
    certificate_type,
):
    assert len(certificate_type.disclosable()) <= MAX_DISCLOSABLE
    assert 1 <= len(certificate_type.typical) <= 3
    assert set(certificate_type.typical) <= set(certificate_type.disclosable())
    assert set(certificate_type.holder_doc_types) <= set(DOC_TYPES)


def test_personal_fields_are_disclosable_and_plain_fields_are_not():
    passport = BY_SLUG["passport"]
    driving = BY_SLUG["driving_licence"]

    assert {"birth_date", "number", "photo"} <= set(passport.disclosable())
    assert "licence_class" not in driving.disclosable()
    assert not driving.field("licence_class").personal


def test_derived_claims_follow_birth_date_and_household_address():
    assert get_type("resident_id_card").derived_claims() == (
        "age_over_18",
        "age_over_60",
        "household_in_guangdong",
    )
    assert get_type("passport").derived_claims() == ("age_over_18", "age_over_60")
    assert get_type("lawyer_licence").derived_claims() == ()


def test_unknown_slug_is_refused():
    with pytest.raises(ServiceError) as refused:
        get_type("library_card")

    assert (refused.value.key, refused.value.kind) == ("ecert.unknown_type", "not_found")
