"""出证 over HTTP: the clerk is told what the certificate still needs, and completing issues it."""

from tests.services_factories import act, clerk, resident, submitted

DEPOSIT = "住房公积金缴存证明打印"  # housing fund, to a clerk: the fund's books hold the figures
QUEUE = "/api/v1/workbench/cases"


def accepted_deposit_case(client, container):
    headers = resident(client)
    case = submitted(client, headers, DEPOSIT)
    fund = clerk(client, container, "housing_fund")
    assert act(client, fund, case["id"], "accept").json["status"] == 3
    return headers, fund, case


def test_the_clerk_sees_which_certificate_fields_are_left_and_how_to_fill_them(client, container):
    _, fund, case = accepted_deposit_case(client, container)
    shown = client.get(f"{QUEUE}/{case['id']}", headers=fund).json
    result = shown["result_certificate"]
    assert result["type"] == "housing_fund_deposit_certificate"
    left = {entry["name"]: entry for entry in result["to_supply"]}
    assert set(left) == {"employer", "monthly_deposit_fen", "deposit_since"}
    assert (left["monthly_deposit_fen"]["kind"], left["deposit_since"]["kind"]) == (
        "integer",
        "date",
    )
    assert left["employer"]["label"]["zh-CN"] and left["employer"]["required"] is True
    filled = {entry["name"]: entry["source"] for entry in result["filled"]}
    assert filled["number"] == "generated"


def test_completing_without_a_required_field_is_refused_and_changes_nothing(client, container):
    headers, fund, case = accepted_deposit_case(client, container)
    before = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json
    values = {"employer": "广州市示例科技有限公司", "deposit_since": "2019-07-01"}
    refused = act(
        client, fund, case["id"], "complete", outcome="approved", certificate_fields=values
    )
    assert refused.status_code == 422
    assert refused.json["error"] == "services.certificate_fields_invalid"
    assert list(refused.json["errors"]) == ["monthly_deposit_fen"]
    after = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json
    assert (after["status"], after["certificate"]) == (3, None)
    assert after["timeline"] == before["timeline"]
    assert client.get("/api/v1/wallet/certificates", headers=headers).json["total"] == 0


def test_a_clerk_completing_with_the_fields_left_puts_the_certificate_in_the_wallet(
    client, container
):
    headers, fund, case = accepted_deposit_case(client, container)
    values = {
        "employer": "广州市示例科技有限公司",
        "monthly_deposit_fen": 120000,
        "deposit_since": "2019-07-01",
    }
    done = act(client, fund, case["id"], "complete", outcome="approved", certificate_fields=values)
    assert done.status_code == 200, done.json
    certificate = done.json["certificate"]
    assert certificate["status"] == "issued", certificate
    wallet = client.get("/api/v1/wallet/certificates", headers=headers).json["items"]
    held = {item["identifier"]: item for item in wallet}
    assert held[certificate["identifier"]]["status"] == "valid"
    assert held[certificate["identifier"]]["type"] == "housing_fund_deposit_certificate"


def test_a_clerk_may_not_overwrite_what_the_system_filled(client, container):
    _, fund, case = accepted_deposit_case(client, container)
    values = {
        "employer": "广州市示例科技有限公司",
        "monthly_deposit_fen": 120000,
        "deposit_since": "2019-07-01",
        "number": "MINE-0001",
    }
    refused = act(
        client, fund, case["id"], "complete", outcome="approved", certificate_fields=values
    )
    assert refused.status_code == 422 and list(refused.json["errors"]) == ["number"]
