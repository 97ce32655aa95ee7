"""出证 on the workbench: the clerk fills in what the certificate still needs, beside its fields."""

import pytest

from tests.browser.services_steps import open_as_clerk
from tests.services_factories import act, clerk, resident, submitted

expect = pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt").expect

DEPOSIT = "住房公积金缴存证明打印"  # the housing fund's books hold the figures: a clerk enters them


def test_the_clerk_completes_a_case_with_the_certificate_fields_left(page, client, container):
    applicant = resident(client)
    case = submitted(client, applicant, DEPOSIT)
    assert (
        act(client, clerk(client, container, "housing_fund"), case["id"], "accept").status_code
        == 200
    )
    page.goto("/mp/")
    open_as_clerk(page, client, container, "housing_fund", f"/staff/clerk/case?id={case['id']}")
    actions = page.get_by_test_id("case-actions")
    fields = actions.get_by_test_id("certificate-fields")
    expect(fields).to_be_hidden()  # only when approving
    actions.get_by_text("办结（准予）").click()
    expect(fields).to_contain_text("住房公积金缴存证明")
    fields.get_by_label("缴存单位").fill("广州市示例科技有限公司")
    fields.get_by_label("初缴日期").fill("2019-07-01")
    actions.get_by_role("button", name="确认执行").click()
    beside = fields.locator("[data-name=monthly_deposit_fen] .field-error")
    expect(beside).to_have_text("此项必填")
    expect(page.get_by_test_id("case-status")).to_have_text("已受理")

    fields.get_by_label("月缴存额（分）").fill("120000")
    actions.get_by_role("button", name="确认执行").click()
    expect(page.get_by_test_id("case-status")).to_have_text("已办结")
    wallet = client.get("/api/v1/wallet/certificates", headers=applicant).json["items"]
    assert [item["type"] for item in wallet] == ["housing_fund_deposit_certificate"]
