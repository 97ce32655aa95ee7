"""出证 content: which source fills which field of a result certificate, before the wallet."""

from datetime import date

from ecert.catalogue import get_type
from identity.credit_code import is_valid_credit_code
from services.business_codes import individual_business_code
from services.catalogue import all_items
from services.catalogue.checks import item_problems
from services.result_content import (
    ResultFacts,
    build_content,
    certificate_number,
    remaining,
    result_plan,
    with_clerk_values,
)
from tests.ecert_factories import resident_id

ITEMS = {item["name"]["zh-CN"]: item for item in all_items()}
UNEMPLOYMENT = ITEMS["失业登记"]
HOLDER = {"name": "王小明", "doc_type": "resident_id", "doc_number": resident_id()}
DAY = date(2026, 12, 2)


def facts(item: dict, form=None, held=None, materials=None, sequence="0001") -> ResultFacts:
    return ResultFacts(
        case_number=f"{item['implementation_code']}{DAY:%Y%m%d}{sequence}",
        completed_on=DAY,
        holder=HOLDER,
        form=form or {},
        held=held or {},
        materials=materials or {},
    )


def built(name: str, **given) -> tuple[dict, dict]:
    item = ITEMS[name]
    return build_content(
        get_type(item["result_certificate"]), result_plan(item), facts(item, **given)
    )


def test_an_unemployment_registration_is_filled_without_anyone_typing_it():
    content, sources = built("失业登记", form={"residence_region": "440106"})
    assert (
        content["employment_status"] == "unemployed" and sources["employment_status"] == "decided"
    )
    assert content["registered_in"] == "440106" and sources["registered_in"] == "generated"
    assert content["number"] == certificate_number(facts(UNEMPLOYMENT).case_number)
    assert (content["valid_from"], content["valid_until"]) == ("2026-12-02", "2036-12-02")


def test_the_number_drops_the_department_code_and_keeps_day_and_sequence():
    number = certificate_number("0704004000440000114400006Y9DKRP414202612020012")
    assert number == "070400400044000020261202" + "0012"


def test_without_a_region_on_the_form_the_area_is_the_services_region():
    content, _ = built("就业登记")
    assert content["registered_in"] == ITEMS["就业登记"]["region"]


def test_a_birth_date_comes_from_the_holders_id_number():
    content, sources = built("老年人优待证申领", materials={"photo": "5f0c1a2b3c4d5e6f7a8b9c0d"})
    assert content["birth_date"] == "1990-05-17" and sources["birth_date"] == "applicant"
    assert content["photo"] == "5f0c1a2b3c4d5e6f7a8b9c0d" and sources["photo"] == "material"


def test_without_a_photo_handed_in_the_photo_is_left_to_the_clerk():
    item = ITEMS["社会保障卡申领"]
    kind = get_type(item["result_certificate"])
    content, _ = build_content(kind, result_plan(item), facts(item))
    assert [entry.name for entry in remaining(kind, content)] == ["photo"]


def test_a_renewal_reads_the_licence_the_applicant_holds():
    licence = {"licence_class": "C1", "first_issued_on": "2008-06-01", "photo": "ph8f3a2c1d9e"}
    content, sources = built("机动车驾驶证遗失补证", held={"driving_licence": [licence]})
    assert (
        content["first_issued_on"] == "2008-06-01" and sources["first_issued_on"] == "certificate"
    )
    assert content["photo"] == "ph8f3a2c1d9e"


def test_a_replaced_vehicle_licence_is_the_one_with_the_plate_on_the_form():
    mine = [
        {"plate": "粤B00001", "vin": "LSVAU2180N2180001"},
        {"plate": "粤A12345", "vin": "LSVAU2180N2183294"},
    ]
    form = {"plate_number": "粤A12345"}
    content, _ = built("补领机动车行驶证", form=form, held={"vehicle_licence": mine})
    assert (content["plate"], content["vin"]) == ("粤A12345", "LSVAU2180N2183294")
    nothing, _ = built(
        "补领机动车行驶证", form={"plate_number": "粤C99999"}, held={"vehicle_licence": mine}
    )
    assert "vin" not in nothing


def test_a_transfer_keeps_the_first_registration_day_for_the_clerk():
    item = ITEMS["机动车转移登记"]
    kind = get_type(item["result_certificate"])
    content, _ = build_content(
        kind, result_plan(item), facts(item, form={"plate_number": "粤A12345"})
    )
    assert "registered_on" in {entry.name for entry in remaining(kind, content)}


def test_a_new_individual_business_gets_a_valid_credit_code_of_its_own():
    first, _ = built("个体工商户设立登记")
    second, _ = built("个体工商户设立登记", sequence="0002")
    assert is_valid_credit_code(first["business_credit_code"])
    assert first["business_credit_code"].startswith("92440000")
    assert first["business_credit_code"] != second["business_credit_code"]
    code = individual_business_code("440100", "X" * 34 + "2026120210000")
    assert is_valid_credit_code(code)


def test_the_clerk_fills_only_what_is_left():
    kind = get_type("employment_registration")
    content, _ = built("失业登记", form={"residence_region": "440106"})
    merged, errors = with_clerk_values(
        kind, content, {"employment_status": "employed", "shoe_size": "42"}
    )
    assert errors == {
        "employment_status": ["services.field.fixed"],
        "shoe_size": ["ecert.field.unknown"],
    }
    assert merged["employment_status"] == "unemployed"


def test_the_catalogue_check_refuses_an_instant_service_that_needs_a_clerk():
    item = {**UNEMPLOYMENT, "result_values": {}}
    assert any("employment_status" in problem for problem in item_problems(item))


def test_the_catalogue_check_refuses_a_read_no_instant_rule_guarantees():
    item = {**ITEMS["机动车驾驶证遗失补证"], "instant": {"rules": [{"rule": "no_open_case"}]}}
    assert any("no rule requires" in problem for problem in item_problems(item))


def test_the_catalogue_check_refuses_a_form_field_longer_than_the_certificate_takes():
    item = ITEMS["个体工商户设立登记"]
    form = [
        {**entry, "validation": {"max_length": 500}} if entry["name"] == "business_scope" else entry
        for entry in item["form"]
    ]
    assert any("business_scope" in problem for problem in item_problems({**item, "form": form}))


def test_the_catalogue_check_refuses_a_source_that_names_nothing():
    item = {**UNEMPLOYMENT, "result_sources": {"registered_in": "form.nowhere"}}
    assert any("names nothing" in problem for problem in item_problems(item))
