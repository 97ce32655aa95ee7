"""Ending a risk area: at a time after its start, once, with its travellers re-assessed."""

from datetime import datetime

import pytest
from bson import ObjectId

from tests.factories import login_resident, login_staff
from tests.health_code_factories import ago, authority, declare, publish_area, real_named, show

AREAS = "/api/v1/authority/risk-areas"


def end(client, headers, area_id: str, when=None):
    body = {} if when is None else {"end": when.isoformat()}
    return client.post(f"{AREAS}/{area_id}/end", json=body, headers=headers)


def test_ending_an_area_before_the_traveller_left_turns_them_green(client, container):
    staff = authority(client, container)
    traveller = real_named(client)
    declare(client, traveller, travel=[("440106", ago(days=2))])
    area = publish_area(client, staff, "440106").json
    assert show(client, traveller)["colour"] == "red"
    response = end(client, staff, area["id"], ago(days=3))
    assert response.status_code == 200, response.json
    assert response.json["travellers_reassessed"] == 1
    assert show(client, traveller)["colour"] == "green"


def test_an_area_ended_after_the_traveller_left_still_counts(client, container):
    staff = authority(client, container)
    traveller = real_named(client)
    declare(client, traveller, travel=[("440106", ago(days=2))])
    area = publish_area(client, staff, "440106").json
    assert end(client, staff, area["id"], ago(days=1)).status_code == 200
    assert show(client, traveller)["colour"] == "red"


def test_without_a_time_the_area_ends_now(client, container, wiring):
    staff = authority(client, container)
    area = publish_area(client, staff, "440106").json
    before = wiring.clock()
    answer = end(client, staff, area["id"]).json
    assert before <= datetime.fromisoformat(answer["end"]) <= wiring.clock()
    assert answer["ended_at"] == answer["end"]
    listed = client.get(AREAS, headers=staff).json["items"][0]
    assert (listed["id"], listed["end"]) == (area["id"], answer["end"])


def test_a_scheduled_end_can_be_brought_forward_once_ended_it_stays(client, container):
    staff = authority(client, container)
    area = publish_area(client, staff, "440106").json
    assert end(client, staff, area["id"], ago(days=-3)).status_code == 200
    assert end(client, staff, area["id"], ago(hours=1)).status_code == 200
    again = end(client, staff, area["id"])
    assert (again.status_code, again.json["error"]) == (409, "risk_area.already_ended")


def test_an_end_before_the_start_is_refused_beside_the_field(client, container):
    staff = authority(client, container)
    area = publish_area(client, staff, "440106", start=ago(days=5)).json
    response = end(client, staff, area["id"], ago(days=6))
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["end"]
    assert client.get(AREAS, headers=staff).json["items"][0]["end"] is None


@pytest.mark.parametrize("body", [{"end": "yesterday"}, {"end": "2026-01-01T08:00:00"}, {"x": 1}])
def test_a_malformed_end_is_refused(client, container, body):
    staff = authority(client, container)
    area = publish_area(client, staff, "440106").json
    response = client.post(f"{AREAS}/{area['id']}/end", json=body, headers=staff)
    assert response.status_code == 422


@pytest.mark.parametrize("area_id", ["not-an-id", str(ObjectId())])
def test_an_unknown_area_is_not_found(client, container, area_id):
    response = end(client, authority(client, container), area_id)
    assert response.status_code == 404


def test_only_the_health_authority_ends_areas(client, container):
    area = publish_area(client, authority(client, container), "440106").json
    for headers in (login_staff(client, container, "admin"), login_resident(client)):
        assert end(client, headers, area["id"]).status_code == 403
    assert end(client, {}, area["id"]).status_code == 401


def test_publishing_and_ending_are_in_the_audit_trail(client, container, db):
    staff = authority(client, container)
    area = publish_area(client, staff, "440106").json
    end(client, staff, area["id"], ago(minutes=1))
    events = list(db.audit_events.find({"subject": f"risk_area:{area['id']}"}).sort("at", 1))
    assert [(e["event"], e["actor"]["id"]) for e in events] == [
        ("risk_area.published", "authority-1"),
        ("risk_area.ended", "authority-1"),
    ]
    assert events[1]["details"]["region_code"] == "440106"
