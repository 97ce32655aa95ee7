"""出证 through the wallet engine, for every service of the catalogue that issues a certificate.

`WalletIssuer` runs here against the e-certificate engine over its in-memory repositories
(tests/ecert_factories.py): a sample applicant holding the certificates the service's instant
rules require, a form the service itself accepts, and a photo handed in where one is asked.
"""

import base64
import copy

import pytest

from app.security.pii import PiiCipher
from core.errors import ServiceError
from ecert.catalogue import get_type
from ecert.holdings import ServicesWallet
from services.catalogue import all_items
from services.forms import validate_form
from services.result_content import result_plan
from services.usecases.certificates import WalletIssuer
from tests.ecert_factories import (
    HOLDER_CODES,
    NOW,
    SAMPLE_VALUES,
    issue_sample,
    make_engine,
    resident_id,
)

PII = PiiCipher(base64.b64encode(bytes(32)).decode(), "blind-index-key")
ISSUING = [item for item in all_items() if item["result_certificate"]]
INSTANT = [item for item in ISSUING if item["instant"]]
CLERK = [item for item in ISSUING if not item["instant"]]
PERSON = "p-wang"
UPLOAD_ID = "5f0c1a2b3c4d5e6f7a8b9c0d"
TYPED = {
    "date": "2026-01-05",
    "text": "广州市天河区体育西路1号",
    "textarea": "申请说明",
    "number": 1,
    "region": "440106",
    "phone": "13900000000",
    "email": "wang@example.com",
    "id_number": resident_id(),
    "boolean": True,
}
# Form fields with a pattern: what a resident types, matching the certificates issue_sample makes.
PATTERNED = {
    "licence_class": "C1",
    "plate_number": SAMPLE_VALUES["plate"],
    "vin": SAMPLE_VALUES["vin"],
    "credit_code": SAMPLE_VALUES["business_credit_code"],
    "property_address": SAMPLE_VALUES["location"],
    "bank_account": "6222020200112233445",
    "passport_number": "E12345678",
    "unit_number": "440106001001GB00001F00010001",
}
CLERK_VALUES = {
    "string": "示例内容",
    "date": "2020-07-01",
    "integer": 3,
    "decimal": "89.50",
    "area": "440106",
    "address": {"area": "440106", "line": "广州市天河区体育西路100号"},
    "photo": "ph8f3a2c1d9e",
}


class MemoryCases:
    def __init__(self, case: dict) -> None:
        self.case = copy.deepcopy(case)

    def set_fields(self, case_id, changes: dict) -> dict:
        self.case.update(changes)
        return copy.deepcopy(self.case)


def sample_form(item: dict) -> dict:
    values = {}
    for entry in item["form"]:
        if entry["type"] == "select":
            values[entry["name"]] = entry["options"][0]["value"]
        else:
            values[entry["name"]] = PATTERNED.get(entry["name"], TYPED[entry["type"]])
    return validate_form(item["form"], values)  # a form the service itself accepts


def completed_case(item: dict) -> dict:
    """A completed case of a resident the certificate may name (an HMT permit holder's …)."""
    uploads = {m["id"]: [UPLOAD_ID] for m in item["materials"] if m["required"] and m["upload"]}
    doc_type = get_type(item["result_certificate"]).holder_doc_types[0]
    return {
        "_id": "c1",
        "number": f"{item['implementation_code']}{NOW:%Y%m%d}0001",
        "implementation_code": item["implementation_code"],
        "applicant": PERSON,
        "result_certificate": item["result_certificate"],
        "result_plan": result_plan(item),
        "status": 11,
        "outcome": "approved",
        "ended_at": NOW,
        "holder": {
            "doc_type": doc_type,
            "doc_number_enc": PII.encrypt(HOLDER_CODES[doc_type], "document"),
            "name_enc": PII.encrypt("王小明", "name"),
        },
        "form": sample_form(item),
        "materials": {"certificates": {}, "uploads": uploads},
    }


def issuer_for(item: dict):
    """An engine where the applicant holds what the service's instant rules require."""
    engine = make_engine()
    for rule in (item["instant"] or {}).get("rules", []):
        if "certificate" in rule and rule["rule"] != "lacks_certificate":
            issue_sample(engine, rule["certificate"], PERSON)
    wallet = ServicesWallet(engine.certificates, engine.grants, engine.clock, engine.usage_log)
    cases = MemoryCases(completed_case(item))
    return engine, cases, WalletIssuer(engine.issuance, cases, PII, engine.clock, wallet)


def name_of(item: dict) -> str:
    return item["name"]["zh-CN"]


@pytest.mark.parametrize("item", INSTANT, ids=name_of)
def test_every_instant_service_issues_its_certificate_with_no_clerk(item):
    engine, cases, issuer = issuer_for(item)
    assert issuer.to_supply(cases.case)["to_supply"] == []
    linked = issuer.issue_result(cases.case, {})
    assert linked["certificate"]["status"] == "issued", linked["certificate"]
    record = engine.certificates.find(linked["certificate"]["identifier"])
    assert record["person_index"] == PERSON and record["holder_name"] == "王小明"
    assert record["service_item"] == item["implementation_code"]


def clerk_values(to_supply: list[dict]) -> dict:
    return {
        entry["name"]: entry["choices"][0] if entry["choices"] else CLERK_VALUES[entry["kind"]]
        for entry in to_supply
    }


@pytest.mark.parametrize("item", CLERK, ids=name_of)
def test_a_clerk_supplying_what_is_left_issues_the_certificate(item):
    engine, cases, issuer = issuer_for(item)
    asked = issuer.to_supply(cases.case)
    names = [entry["name"] for entry in asked["to_supply"]]
    filled = [entry["name"] for entry in asked["filled"]]
    assert sorted(names + filled) == sorted(f.name for f in get_type(asked["type"]).fields)
    values = clerk_values(asked["to_supply"])
    issuer.check_clerk_values(cases.case, values)
    linked = issuer.issue_result(cases.case, values)
    assert linked["certificate"]["status"] == "issued", linked["certificate"]


@pytest.mark.parametrize(
    "item", [i for i in CLERK if name_of(i) == "职工正常退休申请"], ids=name_of
)
def test_a_clerk_leaving_out_a_required_field_is_refused_naming_it(item):
    _, cases, issuer = issuer_for(item)
    values = clerk_values(issuer.to_supply(cases.case)["to_supply"])
    del values["employer"]
    with pytest.raises(ServiceError) as refused:
        issuer.check_clerk_values(cases.case, values)
    assert refused.value.key == "services.certificate_fields_invalid"
    assert refused.value.errors == {"employer": ["ecert.field.required"]}


def test_a_read_of_the_applicants_certificate_is_in_their_usage_log():
    item = next(i for i in INSTANT if name_of(i) == "机动车驾驶证遗失补证")
    engine, cases, issuer = issuer_for(item)
    issuer.to_supply(cases.case)  # the clerk's preview reads without logging
    assert engine.usage_log.entries == []
    issuer.issue_result(cases.case, {})
    (entry,) = engine.usage_log.entries
    assert (entry["type"], entry["purpose"], entry["actor"]["kind"]) == (
        "driving_licence",
        "issue_result",
        "application",
    )


def test_content_the_certificate_refuses_is_recorded_not_lost():
    item = next(i for i in CLERK if name_of(i) == "职工正常退休申请")
    engine, cases, issuer = issuer_for(item)
    linked = issuer.issue_result(cases.case, {"retired_on": "nonsense"})
    assert linked["certificate"]["status"] == "failed"
    assert linked["certificate"]["reason"] == "ecert.content_invalid"
    assert engine.certificates.records == {}


def test_a_service_without_a_result_certificate_issues_nothing():
    engine = make_engine()
    case = {**completed_case(INSTANT[0]), "result_certificate": None}
    issuer = WalletIssuer(engine.issuance, MemoryCases(case), PII, engine.clock)
    assert issuer.issue_result(case, {}) is None and issuer.to_supply(case) is None


def test_a_case_from_before_plans_were_kept_is_completed_from_what_it_kept():
    item = next(i for i in INSTANT if name_of(i) == "失业登记")
    engine, cases, issuer = issuer_for(item)
    del cases.case["result_plan"]
    cases.case["result_fields"] = {
        "employment_status": "unemployed",
        "registered_in": "form.residence_region",
    }
    linked = issuer.issue_result(cases.case, {})
    assert linked["certificate"]["status"] == "issued", linked["certificate"]
    record = engine.certificates.find(linked["certificate"]["identifier"])
    assert record["fields"]["registered_in"] == cases.case["form"]["residence_region"]
