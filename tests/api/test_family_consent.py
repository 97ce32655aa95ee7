"""Family codes with consent: adults with an account accept first; everyone sees their guardians."""

import pytest

from tests.factories import login_resident, valid_resident_id, verify_real_name
from tests.health_code_factories import HOLDER_NAME, person_number, real_named

DEPENDANTS = "/api/v1/family/dependants"
GUARDIANS = "/api/v1/family/guardians"
GUARDIAN, ADULT = 0, 1  # both born in 1990 (person_number)


def child_number(n: int = 0) -> str:
    """A child born in 2015, with no account here."""
    return valid_resident_id(f"440304201505{1 + n // 1000:02d}{n % 1000:03d}")


def elder_number(n: int = 0) -> str:
    """Someone born in 1950, with no account here."""
    return valid_resident_id(f"440304195003{1 + n // 1000:02d}{n % 1000:03d}")


def add(client, headers, number: str, relation: str, name: str = HOLDER_NAME):
    body = {"doc_type": "resident_id", "doc_number": number, "name": name, "relation": relation}
    return client.post(DEPENDANTS, json=body, headers=headers)


def ask_adult(client):
    """The guardian adds an adult who has an account; return both headers and the request."""
    guardian, adult = real_named(client, GUARDIAN), real_named(client, ADULT)
    response = add(client, guardian, person_number(ADULT), "other")
    assert response.status_code == 201, response.json
    return guardian, adult, response.json


def code_of(client, headers, link_id: str):
    return client.get(f"{DEPENDANTS}/{link_id}/health-code", headers=headers)


def test_an_adult_with_an_account_is_asked_first(client):
    guardian, adult, request = ask_adult(client)
    assert request["status"] == "pending" and request["expires_at"]
    refused = code_of(client, guardian, request["id"])
    assert (refused.status_code, refused.json["error"]) == (409, "family.awaiting_consent")
    waiting = client.get(GUARDIANS, headers=adult).json["items"]
    assert [(g["id"], g["status"], g["guardian_masked_name"]) for g in waiting] == [
        (request["id"], "pending", "陈*明")
    ]


def test_the_adult_is_told_in_their_inbox(client):
    _, adult, request = ask_adult(client)
    notes = client.get("/api/v1/me/notifications", headers=adult).json["items"]
    assert [note["kind"] for note in notes] == ["guardian_request"]
    assert notes[0]["ref"]["guardianship_id"] == request["id"]


def test_once_accepted_the_guardian_can_show_the_code(client, db):
    guardian, adult, request = ask_adult(client)
    accepted = client.post(f"{GUARDIANS}/{request['id']}/accept", headers=adult)
    assert (accepted.status_code, accepted.json["status"], accepted.json["consent"]) == (
        200,
        "active",
        "accepted",
    )
    assert code_of(client, guardian, request["id"]).status_code == 200
    subjects = {e["subject"] for e in db.audit_events.find({"event": "guardian.request_accepted"})}
    assert len(subjects) == 2  # recorded under the dependant and under the guardian


def test_a_refused_request_leaves_no_link(client):
    guardian, adult, request = ask_adult(client)
    assert client.post(f"{GUARDIANS}/{request['id']}/refuse", headers=adult).status_code == 204
    assert client.get(DEPENDANTS, headers=guardian).json["items"] == []
    assert code_of(client, guardian, request["id"]).status_code == 404


def test_an_unanswered_request_lapses_and_may_be_asked_again(client, wiring):
    guardian, adult, request = ask_adult(client)
    wiring.clock.move(days=8)
    assert client.get(GUARDIANS, headers=adult).json["items"] == []
    late = client.post(f"{GUARDIANS}/{request['id']}/accept", headers=adult)
    assert late.status_code == 404
    assert add(client, guardian, person_number(ADULT), "other").status_code == 201


def test_people_without_an_account_are_added_on_the_guardians_word(client):
    guardian = real_named(client, GUARDIAN)
    child = add(client, guardian, child_number(), "child")
    elder = add(client, guardian, elder_number(), "parent")
    assert [r.json["status"] for r in (child, elder)] == ["active", "active"]
    assert code_of(client, guardian, child.json["id"]).status_code == 200


def test_who_was_added_without_an_account_later_sees_and_removes_the_guardian(client):
    guardian = real_named(client, GUARDIAN)
    link = add(client, guardian, elder_number(), "parent").json
    elder = login_resident(client, phone="13900000077")
    assert verify_real_name(client, elder, doc_number=elder_number()).status_code == 200
    mine = client.get(GUARDIANS, headers=elder).json["items"]
    assert [(g["id"], g["consent"]) for g in mine] == [(link["id"], "declared")]
    assert client.delete(f"{GUARDIANS}/{link['id']}", headers=elder).status_code == 204
    assert code_of(client, guardian, link["id"]).status_code == 404


@pytest.mark.parametrize(
    ("number", "relation"),
    [(elder_number(), "child"), (child_number(), "parent"), (child_number(), "grandparent")],
)
def test_a_relation_that_does_not_fit_the_ages_is_refused_beside_it(client, number, relation):
    response = add(client, real_named(client, GUARDIAN), number, relation)
    assert (response.status_code, response.json["error"]) == (422, "family.relation_age")
    assert list(response.json["errors"]) == ["relation"]


def test_someone_elses_request_cannot_be_answered(client):
    _, _, request = ask_adult(client)
    stranger = real_named(client, 2)
    for action in ("accept", "refuse"):
        response = client.post(f"{GUARDIANS}/{request['id']}/{action}", headers=stranger)
        assert response.status_code == 404
    assert client.delete(f"{GUARDIANS}/{request['id']}", headers=stranger).status_code == 404


def test_seeing_my_guardians_needs_my_real_name(client):
    response = client.get(GUARDIANS, headers=login_resident(client, phone="13900000078"))
    assert (response.status_code, response.json["error"]) == (403, "identity.needs_real_name")
