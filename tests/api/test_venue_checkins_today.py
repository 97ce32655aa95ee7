"""Today's check-ins at a venue: counted from 00:00 China time, for the venue's manager only."""

from datetime import UTC, datetime, timedelta

import pytest
from bson import ObjectId

from core.clock import china_day_start
from tests.factories import login_resident, login_staff
from tests.health_code_factories import real_named

VENUE = {"name": "天河城购物中心", "region_code": "440106", "address": "天河路208", "type": "mall"}


def manager(client, container, username: str = "venue-mgr-1") -> dict:
    return login_staff(client, container, "venue_manager", username)


def register(client, headers) -> dict:
    response = client.post("/api/v1/venues", json=VENUE, headers=headers)
    assert response.status_code == 201, response.json
    return response.json


def check_in(client, headers, venue: dict) -> None:
    body = {"venue_token": venue["token"]}
    response = client.post("/api/v1/venue-checkins", json=body, headers=headers)
    assert response.status_code == 201, response.json


def today(client, headers, venue_id: str):
    return client.get(f"/api/v1/venues/{venue_id}/checkins/today", headers=headers)


def test_today_counts_every_check_in_at_the_venue(client, container):
    headers = manager(client, container)
    venue, other = register(client, headers), register(client, headers)
    for n in range(3):
        check_in(client, real_named(client, n), venue)
    check_in(client, real_named(client, 0), other)
    answer = today(client, headers, venue["id"])
    assert answer.status_code == 200
    assert answer.json["count"] == 3
    assert answer.json["venue_id"] == venue["id"]


def test_the_count_starts_again_at_midnight_china_time(client, container, wiring):
    headers = manager(client, container)
    venue = register(client, headers)
    resident = real_named(client)
    check_in(client, resident, venue)
    tomorrow = china_day_start(wiring.clock()) + timedelta(days=1)
    wiring.clock.move(tomorrow + timedelta(minutes=1) - wiring.clock())
    answer = today(client, headers, venue["id"]).json
    assert answer["count"] == 0
    assert datetime.fromisoformat(answer["since"]) == tomorrow
    check_in(client, resident, venue)
    assert today(client, headers, venue["id"]).json["count"] == 1


@pytest.mark.parametrize(
    ("moment", "start"),
    [
        (datetime(2026, 11, 4, 16, 0, tzinfo=UTC), datetime(2026, 11, 4, 16, 0, tzinfo=UTC)),
        (datetime(2026, 11, 4, 15, 59, tzinfo=UTC), datetime(2026, 11, 3, 16, 0, tzinfo=UTC)),
        (datetime(2026, 11, 5, 9, 30, tzinfo=UTC), datetime(2026, 11, 4, 16, 0, tzinfo=UTC)),
    ],
)
def test_a_china_day_begins_at_16_00_utc(moment, start):
    assert china_day_start(moment) == start


def test_another_managers_venue_is_not_found(client, container):
    venue = register(client, manager(client, container))
    answer = today(client, manager(client, container, "venue-mgr-2"), venue["id"])
    assert (answer.status_code, answer.json["error"]) == (404, "venue.not_found")


@pytest.mark.parametrize("venue_id", ["not-an-id", str(ObjectId())])
def test_an_unknown_venue_is_not_found(client, container, venue_id):
    assert today(client, manager(client, container), venue_id).status_code == 404


def test_only_venue_managers_may_count(client, container):
    venue = register(client, manager(client, container))
    operator = login_staff(client, container, "checkpoint_operator")
    assert today(client, operator, venue["id"]).status_code == 403
    assert today(client, login_resident(client), venue["id"]).status_code == 403
    assert today(client, {}, venue["id"]).status_code == 401
