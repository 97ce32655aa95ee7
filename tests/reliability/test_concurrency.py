"""Requests that race each other: never a 5xx, and each race's invariant holds."""

from collections import Counter

from tests.factories import bearer, login_resident, login_staff, resident_tokens, verify_real_name
from tests.health_code_factories import person_number, real_named
from tests.reliability.racing import race

VENUE = {"name": "天河城", "region_code": "440106", "address": "天河路208号", "type": "mall"}


def statuses(responses) -> Counter:
    return Counter(response.status_code for response in responses)


def test_first_display_of_new_residents_from_many_requests_at_once(client, db):
    # The app opens the code page and the family list together; users double-tap.
    paths = ["/api/v1/health-code"] * 12 + ["/api/v1/family/dependants"] * 4
    for n in range(6):
        headers = real_named(client, n)

        answers = race(len(paths), lambda i, h=headers: client.get(paths[i], headers=h))

        assert statuses(answers) == {200: len(paths)}, f"resident {n}"
        colours = {a.json["colour"] for a in answers if a.request.path.endswith("health-code")}
        assert colours == {"green"}
    assert db.health_records.count_documents({}) == 6


def test_one_document_bound_by_two_accounts_at_once_goes_to_one(client, db):
    for n in range(4):
        logins = [login_resident(client, phone=f"139{n:04d}{k:04d}") for k in range(2)]

        answers = race(
            2, lambda i, h=logins, n=n: verify_real_name(client, h[i], doc_number=person_number(n))
        )

        assert statuses(answers) == {200: 1, 409: 1}, [a.json for a in answers]
        refused = next(a for a in answers if a.status_code == 409)
        assert refused.json["error"] == "identity.document_taken"
    assert db.accounts.count_documents({"real_name": {"$exists": True}}) == 4


def test_one_refresh_token_presented_many_times_at_once_rotates_once(client):
    tokens = resident_tokens(client)
    refresh = bearer(tokens["refresh_token"])

    answers = race(8, lambda _i: client.post("/api/v1/auth/tokens/refresh", headers=refresh))

    assert statuses(answers) == {201: 1, 401: 7}
    errors = {a.json["error"] for a in answers if a.status_code == 401}
    assert errors <= {"auth.refresh_reused", "auth.revoked_token"}


def test_dependants_added_at_once_never_pass_the_cap(client, db):
    headers = real_named(client)
    bodies = [
        {"doc_type": "resident_id", "doc_number": person_number(100 + n), "name": "陈小华"}
        for n in range(12)
    ]

    answers = race(
        len(bodies),
        lambda i: client.post(
            "/api/v1/family/dependants", json={**bodies[i], "relation": "other"}, headers=headers
        ),
    )

    count = statuses(answers)
    assert set(count) <= {201, 409} and count[201] >= 1, count
    assert count[201] == db.guardianships.count_documents({}) <= 8
    listed = client.get("/api/v1/family/dependants", headers=headers).json["items"]
    assert len(listed) == count[201]


def test_check_in_burst_at_one_venue(client, container, db):
    manager = login_staff(client, container, "venue_manager")
    venue = client.post("/api/v1/venues", json=VENUE, headers=manager).json
    residents = [real_named(client, n) for n in range(4)]
    # Each resident checks in four times at once, all before their first code display.
    callers = [residents[i % 4] for i in range(16)]
    body = {"venue_token": venue["token"]}

    answers = race(
        16, lambda i: client.post("/api/v1/venue-checkins", json=body, headers=callers[i])
    )

    assert statuses(answers) == {201: 16}
    assert db.venue_checkins.count_documents({}) == 16
    assert db.health_records.count_documents({}) == 4
