"""What a service says of the certificate it issues names real fields of that certificate."""

from ecert.catalogue import get_type
from services.catalogue import all_items
from services.usecases.certificates import _from_the_case


def test_result_fields_name_fields_of_the_certificate_and_of_the_form():
    for item in all_items():
        if not item["result_fields"]:
            continue
        names = {field.name for field in get_type(item["result_certificate"]).fields}
        form = {field["name"] for field in item["form"]}
        for name, source in item["result_fields"].items():
            assert name in names, (item["name"]["zh-CN"], name)
            if isinstance(source, str) and source.startswith("form."):
                assert source[5:] in form, (item["name"]["zh-CN"], source)


def test_the_certificate_number_comes_from_the_case_number_within_forty_characters():
    case = {
        "number": "0102001001440000" + "11440000PF3312GAXT" + "20261202" + "10000",
        "form": {"residence_region": "440106"},
        "result_fields": {
            "registered_in": "form.residence_region",
            "employment_status": "unemployed",
        },
    }
    values = _from_the_case(case, {"number", "registered_in", "employment_status"})
    assert values == {
        "number": "0102001001440000" + "20261202" + "10000",
        "registered_in": "440106",
        "employment_status": "unemployed",
    }
    assert len(values["number"]) <= 40
