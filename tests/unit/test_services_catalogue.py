"""The seeded services catalogue holds to the national item data rules the front end relies on."""

import copy
from collections import Counter

import pytest

from core.departments import BY_SLUG
from identity.credit_code import is_valid_credit_code
from services.catalogue import all_items, seeded_item
from services.catalogue.certificates import CERTIFICATE_TYPES
from services.catalogue.checks import catalogue_problems, item_problems
from services.catalogue.form_checks import prefill_source_exists
from services.catalogue.themes import BY_SLUG as THEMES
from services.catalogue.themes import LIFE_EVENT

ITEMS = all_items()
# The slugs of CERT_TYPES.md, the list the e-certificate engine and this engine share.
SHARED_CERTIFICATE_SLUGS = {
    "resident_id_card",
    "household_register",
    "residence_permit",
    "hmt_residence_permit",
    "no_criminal_record",
    "driving_licence",
    "vehicle_licence",
    "vehicle_registration",
    "passport",
    "hk_macao_travel_permit",
    "taiwan_travel_permit",
    "hk_macao_resident_permit",
    "taiwan_resident_permit",
    "foreign_permanent_id",
    "marriage_certificate",
    "divorce_certificate",
    "minimum_living_allowance",
    "elderly_preferential_card",
    "birth_medical_certificate",
    "vaccination_certificate",
    "physician_licence",
    "nurse_licence",
    "social_security_card",
    "employment_registration",
    "vocational_skill_certificate",
    "retirement_certificate",
    "graduation_certificate",
    "teacher_qualification",
    "degree_certificate",
    "real_estate_certificate",
    "individual_business_licence",
    "medical_insurance_voucher",
    "disability_certificate",
    "veteran_preferential_card",
    "housing_fund_deposit_certificate",
    "tax_payment_certificate",
    "road_transport_qualification",
    "lawyer_licence",
}


def find(name_zh: str) -> dict:
    """Return the seeded item with this zh-CN name."""
    matches = [item for item in ITEMS if item["name"]["zh-CN"] == name_zh]
    assert len(matches) == 1, name_zh
    return copy.deepcopy(matches[0])


def test_every_seeded_item_passes_every_check():
    assert catalogue_problems(ITEMS) == []


def test_catalogue_is_broad_enough_for_a_resident():
    departments = Counter(item["department"] for item in ITEMS)
    assert len(ITEMS) >= 120
    assert len(departments) >= 12
    assert sum(1 for item in ITEMS if item["visits"] == 0) / len(ITEMS) > 0.6
    assert any(item["instant"] for item in ITEMS)


def test_implementation_codes_are_unique_and_at_most_36_characters():
    codes = [item["implementation_code"] for item in ITEMS]
    assert len(set(codes)) == len(codes)
    assert max(len(code) for code in codes) <= 36


def test_department_codes_pass_the_gb32100_check():
    for item in ITEMS:
        assert is_valid_credit_code(item["department_code"])
        assert item["department_code"] == BY_SLUG[item["department"]].credit_code


def test_implementation_code_is_basic_code_region_and_department():
    item = find("机动车驾驶证有效期满换证")
    code = item["implementation_code"]
    assert code.startswith(item["basic_code"] + item["region"])
    assert code.endswith(BY_SLUG["traffic_police"].credit_code)


def test_certificate_types_are_the_shared_list():
    assert set(CERTIFICATE_TYPES) == SHARED_CERTIFICATE_SLUGS
    named = {m["certificate"] for item in ITEMS for m in item["materials"] if m["certificate"]}
    named |= {item["result_certificate"] for item in ITEMS if item["result_certificate"]}
    assert named <= SHARED_CERTIFICATE_SLUGS


def test_services_whose_result_is_a_certificate_name_it():
    assert find("内地居民结婚登记")["result_certificate"] == "marriage_certificate"
    assert find("普通护照首次申领")["result_certificate"] == "passport"
    assert find("残疾人证新办")["result_certificate"] == "disability_certificate"


def test_life_events_have_services():
    events = {slug for slug, theme in THEMES.items() if theme["kind"] == LIFE_EVENT}
    used = {slug for item in ITEMS for slug in item["themes"]}
    assert events <= used
    for slug in ("birth", "schooling", "employment", "marriage", "home_buying", "retirement"):
        assert set(THEMES[slug]["name"]) == {"zh-CN", "zh-HK", "en"}


def test_seeded_item_returns_a_copy_nobody_can_corrupt():
    code = ITEMS[0]["implementation_code"]
    first = seeded_item(code)
    first["name"]["zh-CN"] = "changed"
    assert seeded_item(code)["name"]["zh-CN"] == ITEMS[0]["name"]["zh-CN"]
    assert seeded_item("no-such-code") is None


def broken(change) -> dict:
    item = find("机动车驾驶证有效期满换证")
    change(item)
    return item


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda i: i.update(department_code="11440000PF3312GAXA"), "credit code"),
        (lambda i: i["name"].pop("zh-HK"), "name missing"),
        (lambda i: i["time_limits"].update(promised_days=30), "promised <= legal"),
        (lambda i: i.update(fee_fen=10.5), "fen"),
        (lambda i: i.update(visits=1), "zero visits"),
        (lambda i: i["materials"][0].update(certificate="library_card"), "unknown certificate"),
        (lambda i: i["materials"][2].update(upload=None), "neither uploadable"),
        (lambda i: i["form"][0].update(type="signature"), "unknown type"),
        (lambda i: i["form"][0].update(prefill="profile.salary"), "unknown source"),
        (lambda i: i["form"][0]["label"].pop("en"), "label missing"),
        (lambda i: i["form"][0].update(validation={"pattern": "("}), "does not compile"),
        (lambda i: i["instant"]["rules"].append({"rule": "lucky"}), "unknown instant"),
        (lambda i: i.update(region="110000"), "region"),
        (lambda i: i.update(implementation_code="X" * 37), "实施编码"),
        (lambda i: i.update(themes=["gardening"]), "themes"),
    ],
)
def test_checks_name_what_is_wrong(change, problem):
    problems = item_problems(broken(change))
    assert any(problem in text for text in problems), problems


def test_a_repeated_implementation_code_is_found():
    item = find("出生登记")
    assert any("used twice" in p for p in catalogue_problems([item, copy.deepcopy(item)]))


@pytest.mark.parametrize(
    ("source", "exists"),
    [
        (None, True),
        ("profile.name", True),
        ("cert.driving_licence.licence_class", True),
        ("cert.driving_licence.valid_until", True),
        ("cert.driving_licence.spouse_name", False),
        ("cert.unknown.number", False),
        ("wallet.name", False),
    ],
)
def test_prefill_sources_must_exist(source, exists):
    assert prefill_source_exists(source) is exists
