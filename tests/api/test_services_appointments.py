"""Appointments: halls and slots, capacity under concurrency, cancel, reschedule, reminders."""

from concurrent.futures import ThreadPoolExecutor

from tests.factories import documented_statuses
from tests.services_factories import INSTANT, VISIT, resident, submitted


def slots(client, hall="gz-tianhe", **params):
    response = client.get(f"/api/v1/halls/{hall}/slots", query_string=params)
    assert response.status_code == 200, response.json
    return response.json["items"]


def book(client, headers, case_id, slot_id):
    return client.post(
        "/api/v1/appointments", json={"case_id": case_id, "slot_id": slot_id}, headers=headers
    )


def test_halls_serve_departments_and_offer_slots_on_working_days(client):
    halls = client.get("/api/v1/halls", query_string={"department": "health"}).json["items"]
    assert "gz-tianhe" in {hall["code"] for hall in halls}
    offered = slots(client, days=14)
    assert offered and all(slot["remaining"] == slot["capacity"] for slot in offered)
    assert client.get("/api/v1/halls/nowhere/slots").status_code == 404


def test_booking_takes_a_place_and_cancelling_gives_it_back(client):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    slot = slots(client)[0]
    booked = book(client, headers, case["id"], slot["id"])
    assert booked.status_code == 201 and booked.json["status"] == "booked"
    left = {s["id"]: s["remaining"] for s in slots(client)}
    assert left[slot["id"]] == slot["capacity"] - 1
    twice = book(client, headers, case["id"], slot["id"])
    assert twice.status_code == 409 and twice.json["error"] == "appointments.already_booked"
    cancelled = client.delete(f"/api/v1/appointments/{booked.json['id']}", headers=headers)
    assert cancelled.json["status"] == "cancelled"
    assert {s["id"]: s["remaining"] for s in slots(client)}[slot["id"]] == slot["capacity"]


def test_a_case_without_a_visit_cannot_book(client):
    headers = resident(client)
    case = submitted(client, headers, INSTANT)
    response = book(client, headers, case["id"], slots(client)[0]["id"])
    assert response.status_code == 409 and response.json["error"] == "appointments.not_needed"


def test_concurrent_bookings_never_pass_capacity(app, client):
    people = [resident(client, n) for n in range(8)]
    cases = [submitted(client, headers, VISIT)["id"] for headers in people]
    slot = slots(client)[0]

    def attempt(index):
        with app.test_client() as own:
            return book(own, people[index], cases[index], slot["id"])

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(attempt, range(8)))
    codes = [answer.status_code for answer in answers]
    assert codes.count(201) == slot["capacity"]
    assert codes.count(409) == 8 - slot["capacity"]
    assert {s["id"]: s["remaining"] for s in slots(client)}[slot["id"]] == 0


def test_rescheduling_moves_the_place_and_keeps_the_booking_if_the_new_slot_is_full(app, client):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    first, second, third = slots(client)[:3]
    booking = book(client, headers, case["id"], first["id"]).json
    moved = client.put(
        f"/api/v1/appointments/{booking['id']}", json={"slot_id": second["id"]}, headers=headers
    )
    assert moved.status_code == 200 and moved.json["slot_id"] == second["id"]
    left = {s["id"]: s["remaining"] for s in slots(client)}
    assert left[first["id"]] == first["capacity"] and left[second["id"]] == second["capacity"] - 1
    app.extensions["mongo_db"].appointment_slots.update_one(
        {"time": third["time"], "day": third["day"], "hall": "gz-tianhe"},
        {"$set": {"remaining": 0}},
    )
    full = client.put(
        f"/api/v1/appointments/{moved.json['id']}", json={"slot_id": third["id"]}, headers=headers
    )
    assert full.status_code == 409 and full.json["error"] == "appointments.slot_full"
    mine = client.get("/api/v1/appointments", headers=headers).json["items"]
    assert [b["status"] for b in mine if b["slot_id"] == second["id"]] == ["booked"]


def test_a_reminder_arrives_once_the_day_before(client, wiring):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    later = [s for s in slots(client, days=14)][-1]
    book(client, headers, case["id"], later["id"])
    kinds = [m["kind"] for m in client.get("/api/v1/messages", headers=headers).json["items"]]
    assert "appointment_reminder" not in kinds
    wiring.clock.move(days=20)
    for _ in range(2):
        messages = client.get("/api/v1/messages", headers=headers).json["items"]
    reminders = [m for m in messages if m["kind"] == "appointment_reminder"]
    assert len(reminders) == 1 and later["time"] in reminders[0]["body"]


def test_a_hall_that_does_not_handle_the_service_cannot_be_booked(client):
    headers = resident(client)
    case = submitted(client, headers, VISIT)  # a health service
    passports_only = slots(client, hall="sz-exit-entry")[0]
    response = book(client, headers, case["id"], passports_only["id"])
    assert response.status_code == 409 and response.json["error"] == "appointments.wrong_hall"


def test_booking_an_unknown_case_or_slot_is_a_documented_404(client):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    unknown = "0" * 24

    no_case = book(client, headers, unknown, slots(client)[0]["id"])
    no_slot = book(client, headers, case["id"], unknown)

    assert (no_case.status_code, no_slot.status_code) == (404, 404)
    assert 404 in documented_statuses(client, "/api/v1/appointments", "post")
