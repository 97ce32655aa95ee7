"""Wrong staff passwords: locked per username and address, a slower ceiling per username,
and the real user told at their next login."""

import pytest

from tests.factories import STAFF_PASSWORD, create_staff

WRONG = "not the password at all"


def staff_login(client, username, password=STAFF_PASSWORD, address="127.0.0.1"):
    return client.post(
        "/api/v1/auth/staff-tokens",
        json={"username": username, "password": password},
        environ_base={"REMOTE_ADDR": address},
    )


def fail(client, username, times: int, address="10.9.9.9") -> list[int]:
    return [staff_login(client, username, WRONG, address).status_code for _ in range(times)]


@pytest.fixture
def limited(make_app):
    """An app with small limits: 3 per username and address, 6 per username, 8 per address."""
    app = make_app(
        STAFF_LOGIN_LIMIT="3 per 5 minutes",
        STAFF_LOGIN_USERNAME_LIMIT="6 per hour",
        STAFF_LOGIN_ADDRESS_LIMIT="8 per 5 minutes",
        PASSWORD_HASH_COST=2**10,
    )
    container = app.extensions["container"]
    for name in ("alice", "bob", "carol", "dave"):
        create_staff(container, "clerk", name)
    return app


def test_wrong_passwords_from_one_address_lock_only_that_address(limited):
    client = limited.test_client()

    assert fail(client, "alice", 4) == [401, 401, 401, 429]
    locked = staff_login(client, "alice", address="10.9.9.9")
    real_user = staff_login(client, "alice", address="10.0.0.7")

    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0
    assert real_user.status_code == 201


def test_right_passwords_never_count_towards_a_lock(limited):
    client = limited.test_client()

    answers = [staff_login(client, "alice").status_code for _ in range(10)]

    assert answers == [201] * 10


def test_wrong_passwords_from_many_addresses_meet_a_slower_ceiling(limited):
    client = limited.test_client()
    for n in range(3):
        assert fail(client, "alice", 2, address=f"10.1.0.{n}") == [401, 401]

    from_elsewhere = staff_login(client, "alice", address="10.2.0.1")
    other_user = staff_login(client, "bob", address="10.2.0.1")

    assert from_elsewhere.status_code == 429
    assert other_user.status_code == 201


def test_one_address_guessing_across_usernames_is_limited(limited):
    client = limited.test_client()
    for name in ("alice", "bob", "carol", "dave"):
        assert fail(client, name, 2) == [401, 401]

    assert staff_login(client, "nobody", WRONG, address="10.9.9.9").status_code == 429


def test_the_real_user_is_told_at_their_next_login(limited):
    client = limited.test_client()
    fail(client, "alice", 5)  # three failures, then refused while locked
    fail(client, "alice", 1, address="10.3.3.3")

    answer = staff_login(client, "alice", address="10.0.0.7").json
    again = staff_login(client, "alice", address="10.0.0.7").json

    notices = {notice["kind"]: notice for notice in answer["notices"]}
    assert notices["failed_logins"]["count"] == 4
    assert notices["locked_out"]["count"] == 1
    assert "4" in notices["failed_logins"]["message"]
    assert again["notices"] == []
    audit = limited.extensions["mongo_db"].audit_events
    locks = list(audit.find({"event": "staff.login_locked"}))
    assert [lock["subject"] for lock in locks] == ["staff:alice"]
    assert locks[0]["address"] == "10.9.9.9"


def test_notices_follow_the_readers_language(limited):
    client = limited.test_client()
    fail(client, "alice", 1)

    answer = client.post(
        "/api/v1/auth/staff-tokens",
        json={"username": "alice", "password": STAFF_PASSWORD},
        headers={"Accept-Language": "en"},
    ).json

    assert answer["notices"][0]["message"].startswith("Since your last login there were 1 ")
