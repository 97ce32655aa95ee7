"""The health authority's facts reach the holder's code through the colour rules."""

import pytest

from tests.factories import login_resident, login_staff, wrong_check_char
from tests.health_code_factories import (
    ago,
    authority,
    declare,
    person_number,
    post_rows,
    real_named,
    row,
    show,
)


def backdate_declaration(db, days: int) -> None:
    db.health_records.update_one({}, {"$set": {"facts.declarations.0.declared_at": ago(days=days)}})


def negatives(*hours_ago: int) -> list[dict]:
    return [row(sampled_at=ago(hours=h), result="negative") for h in hours_ago]


def test_two_negative_tests_a_day_apart_lift_a_yellow_code(client, container, db):
    headers = real_named(client)
    declare(client, headers, symptoms=True)
    backdate_declaration(db, days=3)
    response = post_rows(client, authority(client, container), "test-results", negatives(50, 20))
    assert response.status_code == 201, response.json
    code = show(client, headers)
    assert code["colour"] == "green"
    assert code["reasons"][0]["rule_id"] == "cleared_by_negative_tests"


@pytest.mark.parametrize("hours_ago", [(30, 18), (90, 10)], ids=["12h-apart", "80h-apart"])
def test_negative_tests_too_close_or_too_far_apart_keep_it_yellow(client, container, db, hours_ago):
    headers = real_named(client)
    declare(client, headers, symptoms=True)
    backdate_declaration(db, days=4)
    post_rows(client, authority(client, container), "test-results", negatives(*hours_ago))
    assert show(client, headers)["colour"] == "yellow"


def test_negative_tests_never_lift_a_red_code(client, container):
    headers = real_named(client)
    staff = authority(client, container)
    post_rows(client, staff, "close-contacts", [row(listed_at=ago(days=3))])
    post_rows(client, staff, "test-results", negatives(50, 20))
    assert show(client, headers)["colour"] == "red"


@pytest.mark.parametrize(
    ("kind", "fields", "rule_id"),
    [
        ("test-results", {"sampled_at": ago(hours=5), "result": "positive"}, "positive_test"),
        ("isolation-orders", {"start": ago(days=1), "reason": "入境隔离"}, "isolation_order"),
        ("close-contacts", {"listed_at": ago(days=1)}, "close_contact"),
    ],
)
def test_authority_facts_turn_the_code_red(client, container, kind, fields, rule_id):
    headers = real_named(client)
    assert show(client, headers)["colour"] == "green"
    response = post_rows(client, authority(client, container), kind, [row(**fields)])
    assert response.status_code == 201, response.json
    assert response.json == {"applied": 1, "people": 1}
    code = show(client, headers)
    assert (code["colour"], code["reasons"][0]["rule_id"]) == ("red", rule_id)


def test_facts_imported_before_the_first_showing_apply_to_it(client, container):
    post_rows(client, authority(client, container), "close-contacts", [row(listed_at=ago(days=1))])
    assert show(client, real_named(client))["colour"] == "red"


def test_an_ended_isolation_order_no_longer_colours_the_code(client, container):
    headers = real_named(client)
    order = row(start=ago(days=20), end=ago(days=6), reason="入境隔离")
    post_rows(client, authority(client, container), "isolation-orders", [order])
    assert show(client, headers)["colour"] == "green"


@pytest.mark.parametrize("colour", ["green", "yellow", "red"])
def test_manual_colour_shows_with_its_reason_to_the_holder(client, container, colour):
    headers = real_named(client)
    declare(client, headers, symptoms=True)
    body = {
        "doc_type": "resident_id",
        "doc_number": person_number(0),
        "colour": colour,
        "reason": "流调核实",
    }
    response = client.post(
        "/api/v1/authority/manual-colours", json=body, headers=authority(client, container)
    )
    assert response.status_code == 201, response.json
    assert response.json["colour"] == colour
    code = show(client, headers)
    assert code["colour"] == colour
    assert code["reasons"][0]["rule_id"] == "manual_override"
    assert "流调核实" in code["reasons"][0]["summary"]["zh-CN"]
    assert "流调核实" in code["reasons"][0]["summary"]["en"]


def test_manual_colour_needs_a_valid_document(client, container):
    body = {
        "doc_type": "resident_id",
        "doc_number": wrong_check_char("44030419900101123"),
        "colour": "red",
        "reason": "x",
    }
    response = client.post(
        "/api/v1/authority/manual-colours", json=body, headers=authority(client, container)
    )
    assert response.status_code == 422
    assert "doc_number" in response.json["errors"]


def test_risk_areas_are_listed_newest_first(client, container):
    staff = authority(client, container)
    for code in ("440305", "440106"):
        client.post(
            "/api/v1/authority/risk-areas",
            headers=staff,
            json={"region_code": code, "level": "high", "start": ago(days=1).isoformat()},
        )
    listed = client.get("/api/v1/authority/risk-areas", headers=staff).json["items"]
    assert [area["region_code"] for area in listed] == ["440106", "440305"]


@pytest.mark.parametrize(
    "body",
    [
        {"region_code": "440305", "level": "extreme", "start": ago(days=1).isoformat()},
        {
            "region_code": "440305",
            "level": "high",
            "start": ago(days=1).isoformat(),
            "end": ago(days=2).isoformat(),
        },
        {"region_code": "440305", "level": "high"},
    ],
)
def test_invalid_risk_areas_are_refused(client, container, body):
    response = client.post(
        "/api/v1/authority/risk-areas", json=body, headers=authority(client, container)
    )
    assert response.status_code == 422


@pytest.mark.parametrize("role", ["checkpoint_operator", "venue_manager", "clerk", "admin"])
def test_other_staff_cannot_use_the_authority_endpoints(client, container, role):
    headers = login_staff(client, container, role)
    assert (
        post_rows(client, headers, "close-contacts", [row(listed_at=ago(days=1))]).status_code
        == 403
    )
    assert client.get("/api/v1/authority/risk-areas", headers=headers).status_code == 403


def test_residents_cannot_use_the_authority_endpoints(client):
    response = post_rows(
        client, login_resident(client), "close-contacts", [row(listed_at=ago(days=1))]
    )
    assert response.status_code == 403


def test_authority_endpoints_need_a_login(client):
    assert post_rows(client, {}, "close-contacts", [row(listed_at=ago(days=1))]).status_code == 401
