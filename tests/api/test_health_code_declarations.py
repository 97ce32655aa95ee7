"""Declarations, risk areas and time move the holder's colour; the history shows each change."""

from datetime import datetime, timedelta

import pytest

from core.clock import utcnow
from tests.health_code_factories import (
    ago,
    authority,
    declare,
    publish_area,
    real_named,
    set_colour,
    show,
)


def test_symptoms_make_the_code_yellow_and_say_why_since_when(client):
    headers = real_named(client)
    before = utcnow()
    response = declare(client, headers, symptoms=True)
    assert response.status_code == 201, response.json
    code = response.json
    assert code["colour"] == "yellow"
    assert code["reasons"][0]["rule_id"] == "symptoms_declared"
    since = datetime.fromisoformat(code["since"])
    assert before - timedelta(seconds=1) <= since <= utcnow()
    assert show(client, headers)["colour"] == "yellow"


def test_declaring_no_symptoms_and_no_travel_stays_green(client):
    response = declare(client, real_named(client), symptoms=False)
    assert response.status_code == 201
    assert response.json["colour"] == "green"


@pytest.mark.parametrize(
    ("level", "colour", "rule_id"),
    [
        ("high", "red", "high_risk_travel"),
        ("medium", "yellow", "medium_risk_travel"),
    ],
)
def test_travel_to_a_published_risk_area_colours_the_code(
    client, container, level, colour, rule_id
):
    publish_area(client, authority(client, container), "440305", level)
    code = declare(client, real_named(client), travel=[("440305", ago(days=2))]).json
    assert code["colour"] == colour
    assert code["reasons"][0]["rule_id"] == rule_id


def test_a_prefecture_wide_area_covers_travel_to_its_districts(client, container):
    publish_area(client, authority(client, container), "440300")
    assert (
        declare(client, real_named(client), travel=[("440305", ago(days=2))]).json["colour"]
        == "red"
    )


def test_travel_to_a_place_without_risk_stays_green(client, container):
    publish_area(client, authority(client, container), "440305")
    assert (
        declare(client, real_named(client), travel=[("110101", ago(days=2))]).json["colour"]
        == "green"
    )


def test_an_area_published_after_the_declaration_reassesses_the_traveller(client, container):
    headers = real_named(client)
    assert declare(client, headers, travel=[("440305", ago(days=2))]).json["colour"] == "green"
    published = publish_area(client, authority(client, container), "440305")
    assert published.json["travellers_reassessed"] == 1
    assert show(client, headers)["colour"] == "red"


def test_travel_in_the_future_is_refused(client):
    response = declare(
        client, real_named(client), travel=[("440305", utcnow() + timedelta(hours=1))]
    )
    assert response.status_code == 422
    assert response.json["error"] == "health_code.travel_in_future"


@pytest.mark.parametrize("region_code", ["44030", "4403051", "44O305", "", "４４０３０５"])
def test_region_code_must_be_six_digits(client, region_code):
    response = client.post(
        "/api/v1/health-code/declarations",
        headers=real_named(client),
        json={
            "symptoms": False,
            "travel": [{"region_code": region_code, "left_at": ago(days=1).isoformat()}],
        },
    )
    assert response.status_code == 422
    assert "region_code" in str(response.json["errors"])


def test_declaration_refuses_unknown_fields(client):
    response = client.post(
        "/api/v1/health-code/declarations",
        headers=real_named(client),
        json={"symptoms": False, "colour": "green"},
    )
    assert response.status_code == 422


def age_trip(db, days: int) -> None:
    """As if the days had passed: the trip is older and the stored colour's change is due."""
    db.health_records.update_one(
        {},
        {
            "$set": {
                "facts.declarations.0.travel.0.left_at": ago(days=days),
                "assessment.next_change_at": ago(minutes=1),
                "assessment.stale_at": ago(minutes=1),
            }
        },
    )


@pytest.mark.parametrize(("left_days_ago", "colour"), [(16, "yellow"), (22, "green")])
def test_a_stale_colour_is_reassessed_when_its_change_is_due(
    client, container, db, left_days_ago, colour
):
    publish_area(client, authority(client, container), "440305", start=ago(days=60))
    headers = real_named(client)
    assert declare(client, headers, travel=[("440305", ago(days=2))]).json["colour"] == "red"
    age_trip(db, left_days_ago)
    assert show(client, headers)["colour"] == colour


def test_a_stored_colour_is_kept_until_its_change_is_due(client, container, db):
    publish_area(client, authority(client, container), "440305", start=ago(days=60))
    headers = real_named(client)
    declare(client, headers, travel=[("440305", ago(days=2))])
    db.health_records.update_one(
        {}, {"$set": {"facts.declarations.0.travel.0.left_at": ago(days=22)}}
    )
    assert show(client, headers)["colour"] == "red"


def test_history_lists_colour_changes_newest_first(client, container):
    headers = real_named(client)
    show(client, headers)
    declare(client, headers, symptoms=True)
    set_colour(client, container, "red")
    history = client.get("/api/v1/health-code/history", headers=headers).json["items"]
    assert [entry["colour"] for entry in history] == ["red", "yellow", "green"]
    assert [entry["rule_id"] for entry in history[:2]] == ["manual_override", "symptoms_declared"]
    moments = [datetime.fromisoformat(entry["at"]) for entry in history[:2]]
    assert moments[0] >= moments[1]


def test_history_includes_a_change_that_fell_due_since_the_last_showing(client, container, db):
    publish_area(client, authority(client, container), "440305", start=ago(days=60))
    headers = real_named(client)
    declare(client, headers, travel=[("440305", ago(days=2))])
    age_trip(db, 16)
    history = client.get("/api/v1/health-code/history", headers=headers).json["items"]
    assert [entry["colour"] for entry in history] == ["yellow", "red"]


def test_history_of_a_new_holder_starts_green(client):
    history = client.get("/api/v1/health-code/history", headers=real_named(client)).json["items"]
    assert [entry["colour"] for entry in history] == ["green"]
