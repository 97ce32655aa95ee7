"""Venue codes: managers register venues and print posters; residents check in."""

from datetime import datetime, timedelta

import pytest
from bson import ObjectId

from core.clock import utcnow
from health_code.codes.venue_token import issue_venue_token
from health_code.printing.venue_poster import find_cjk_font
from tests.factories import login_resident, login_staff
from tests.health_code_factories import declare, real_named, show, stranger_key
from tests.qr_reader import qr_texts as decoded

VENUE = {
    "name": "天河城购物中心",
    "region_code": "440106",
    "address": "广州市天河区天河路208号",
    "type": "mall",
}
CODE_FIELDS = {
    "colour",
    "token",
    "issued_at",
    "expires_at",
    "refresh_after",
    "masked_name",
    "since",
    "next_change_at",
    "ruleset_version",
    "reasons",
}


def manager(client, container, username: str = "venue-mgr-1") -> dict:
    return login_staff(client, container, "venue_manager", username)


def register(client, headers, **fields) -> dict:
    response = client.post("/api/v1/venues", json={**VENUE, **fields}, headers=headers)
    assert response.status_code == 201, response.json
    return response.json


def check_in(client, headers, token: str):
    return client.post("/api/v1/venue-checkins", json={"venue_token": token}, headers=headers)


def stored_checkins(db) -> list[dict]:
    return list(db.venue_checkins.find())


# Registering and managing venues


def test_manager_registers_a_venue_and_gets_its_signed_code(client, container):
    venue = register(client, manager(client, container))
    assert {k: venue[k] for k in VENUE} == VENUE
    assert venue["active"] is True and venue["deactivated_at"] is None
    assert venue["token"].startswith("VC1:")
    assert venue["poster_url"] == f"/api/v1/venues/{venue['id']}/poster.png"


def test_poster_qr_reads_back_as_exactly_the_venue_token(client, container):
    headers = manager(client, container)
    venue = register(client, headers)
    response = client.get(venue["poster_url"], headers=headers)
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    assert decoded(response.data) == [venue["token"]]


def test_poster_has_its_chinese_text_when_a_cjk_font_is_installed(client, container):
    if find_cjk_font() is None:
        pytest.skip("no CJK font installed (test.sh installs fonts-wqy-microhei)")
    headers = manager(client, container)
    response = client.get(register(client, headers)["poster_url"], headers=headers)
    assert "X-Font-Missing" not in response.headers


def test_poster_without_a_cjk_font_still_prints_and_says_so(client, container):
    container.venues.font_candidates = ("/nonexistent/font.ttc",)
    headers = manager(client, container)
    venue = register(client, headers)
    response = client.get(venue["poster_url"], headers=headers)
    assert response.status_code == 200
    assert response.headers["X-Font-Missing"] == "1"
    assert decoded(response.data) == [venue["token"]]


def test_manager_lists_only_their_own_venues_newest_first(client, container):
    mine = manager(client, container)
    first, second = register(client, mine, name="一号店"), register(client, mine, name="二号店")
    register(client, manager(client, container, "venue-mgr-2"), name="别人的店")
    listed = client.get("/api/v1/venues", headers=mine).json["items"]
    assert [v["id"] for v in listed] == [second["id"], first["id"]]


def test_manager_reads_their_venue(client, container):
    headers = manager(client, container)
    venue = register(client, headers)
    assert client.get(f"/api/v1/venues/{venue['id']}", headers=headers).json == venue


@pytest.mark.parametrize(
    "method, suffix", [("get", ""), ("get", "/poster.png"), ("post", "/deactivate")]
)
def test_another_managers_venue_is_not_found(client, container, method, suffix):
    venue = register(client, manager(client, container))
    other = manager(client, container, "venue-mgr-2")
    response = getattr(client, method)(f"/api/v1/venues/{venue['id']}{suffix}", headers=other)
    assert response.status_code == 404
    assert response.json["error"] == "venue.not_found"


@pytest.mark.parametrize("venue_id", ["not-an-id", str(ObjectId())])
def test_malformed_or_unknown_venue_id_is_not_found(client, container, venue_id):
    response = client.get(f"/api/v1/venues/{venue_id}", headers=manager(client, container))
    assert response.status_code == 404


def test_resident_cannot_register_a_venue(client):
    response = client.post("/api/v1/venues", json=VENUE, headers=login_resident(client))
    assert response.status_code == 403
    assert response.json["error"] == "auth.forbidden_role"


def test_staff_without_the_venue_manager_role_cannot_register(client, container):
    headers = login_staff(client, container, "checkpoint_operator")
    response = client.post("/api/v1/venues", json=VENUE, headers=headers)
    assert response.status_code == 403
    assert response.json["error"] == "auth.forbidden_role"


@pytest.mark.parametrize(
    "field, value",
    [
        ("region_code", "44010"),
        ("region_code", "4401060"),
        ("region_code", "44010a"),
        ("region_code", "990000"),
        ("type", "casino"),
        ("name", ""),
        ("name", "   "),
        ("name", "名" * 61),
        ("address", ""),
    ],
)
def test_invalid_venue_fields_are_refused(client, container, field, value):
    response = client.post(
        "/api/v1/venues", json={**VENUE, field: value}, headers=manager(client, container)
    )
    assert response.status_code == 422
    assert field in response.json["errors"]


def test_unknown_venue_field_is_refused(client, container):
    response = client.post(
        "/api/v1/venues",
        json={**VENUE, "manager": "someone-else"},
        headers=manager(client, container),
    )
    assert response.status_code == 422


def test_deactivating_keeps_the_venue_without_a_usable_code(client, container):
    headers = manager(client, container)
    venue = register(client, headers)
    response = client.post(f"/api/v1/venues/{venue['id']}/deactivate", headers=headers)
    assert response.status_code == 200
    assert (response.json["active"], response.json["token"]) == (False, None)
    assert response.json["deactivated_at"] is not None


def test_deactivating_twice_keeps_the_first_time(client, container):
    headers = manager(client, container)
    url = f"/api/v1/venues/{register(client, headers)['id']}/deactivate"
    first = client.post(url, headers=headers).json
    assert client.post(url, headers=headers).json["deactivated_at"] == first["deactivated_at"]


def test_deactivated_venue_has_no_poster(client, container):
    headers = manager(client, container)
    venue = register(client, headers)
    client.post(f"/api/v1/venues/{venue['id']}/deactivate", headers=headers)
    response = client.get(venue["poster_url"], headers=headers)
    assert response.status_code == 409
    assert response.json["error"] == "venue.deactivated"


# Checking in


def test_check_in_answers_the_venue_and_my_code(client, container):
    venue = register(client, manager(client, container))
    response = check_in(client, real_named(client), venue["token"])
    assert response.status_code == 201, response.json
    assert response.json["venue"] == {k: venue[k] for k in ("id", "name", "address")}
    assert set(response.json["code"]) == CODE_FIELDS
    assert response.json["code"]["colour"] == "green"
    assert response.json["code"]["masked_name"] == "陈*明"


def test_check_in_shows_and_records_my_own_colour(client, container):
    venue = register(client, manager(client, container))
    headers = real_named(client)
    declare(client, headers, symptoms=True)
    response = check_in(client, headers, venue["token"])
    assert response.json["code"]["colour"] == show(client, headers)["colour"] == "yellow"
    assert (
        client.get("/api/v1/venue-checkins", headers=headers).json["items"][0]["colour"] == "yellow"
    )


def test_stored_check_in_holds_no_personal_data(client, container, db):
    venue = register(client, manager(client, container))
    check_in(client, real_named(client), venue["token"])
    (stored,) = stored_checkins(db)
    assert set(stored) == {
        "_id",
        "account_id",
        "venue_id",
        "venue_name",
        "at",
        "colour",
        "expires_at",
    }


def test_check_in_needs_a_real_name(client, container):
    venue = register(client, manager(client, container))
    response = check_in(client, login_resident(client), venue["token"])
    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"


def test_staff_cannot_check_in(client, container):
    headers = manager(client, container)
    response = check_in(client, headers, register(client, headers)["token"])
    assert response.status_code == 403


def altered(token, wiring):
    # Another Base45 character in the signature's last full group keeps the text decodable.
    return token[:-3] + ("0" if token[-3] != "0" else "1") + token[-2:]


def signed_by_a_stranger_with_our_kid(token, wiring):
    key = stranger_key(wiring.keyring.signing_key().kid)
    return issue_venue_token(str(ObjectId()), utcnow(), key)


def signed_by_an_unknown_key(token, wiring):
    return issue_venue_token(str(ObjectId()), utcnow(), stranger_key("zz99"))


def not_a_venue_code(token, wiring):
    return "https://example.com/venue/1"


def truncated(token, wiring):
    return "VC1:" + token[8:]


def genuine_for_a_venue_that_does_not_exist(token, wiring):
    return issue_venue_token(str(ObjectId()), utcnow(), wiring.keyring.signing_key())


@pytest.mark.parametrize(
    "forge, status, key",
    [
        (altered, 422, "venue_code.bad_signature"),
        (signed_by_a_stranger_with_our_kid, 422, "venue_code.bad_signature"),
        (signed_by_an_unknown_key, 422, "venue_code.unknown_key"),
        (not_a_venue_code, 422, "venue_code.malformed"),
        (truncated, 422, "venue_code.malformed"),
        (genuine_for_a_venue_that_does_not_exist, 404, "venue.not_found"),
    ],
)
def test_forged_or_altered_venue_codes_are_refused(
    client, container, wiring, db, forge, status, key
):
    token = register(client, manager(client, container))["token"]
    response = check_in(client, real_named(client), forge(token, wiring))
    assert (response.status_code, response.json["error"]) == (status, key)
    assert stored_checkins(db) == []


def test_health_code_token_is_not_a_venue_code(client, container):
    register(client, manager(client, container))
    headers = real_named(client)
    response = check_in(client, headers, show(client, headers)["token"])
    assert response.json["error"] == "venue_code.malformed"


def test_deactivated_venue_refuses_check_ins(client, container, db):
    headers = manager(client, container)
    venue = register(client, headers)
    client.post(f"/api/v1/venues/{venue['id']}/deactivate", headers=headers)
    response = check_in(client, real_named(client), venue["token"])
    assert (response.status_code, response.json["error"]) == (409, "venue.deactivated")
    assert stored_checkins(db) == []


def test_code_of_a_retired_key_is_refused(client, container, wiring):
    token = register(client, manager(client, container))["token"]
    wiring.keyring.retire(wiring.keyring.signing_key().kid)
    response = check_in(client, real_named(client), token)
    assert (response.status_code, response.json["error"]) == (422, "venue_code.key_retired")


def test_venue_code_is_reissued_with_the_new_key_after_retirement(client, container, wiring):
    headers = manager(client, container)
    venue = register(client, headers)
    wiring.keyring.retire(wiring.keyring.signing_key().kid)
    fresh = client.get(f"/api/v1/venues/{venue['id']}", headers=headers).json["token"]
    assert fresh != venue["token"]
    assert check_in(client, real_named(client), fresh).status_code == 201


# My check-ins


def test_my_check_ins_list_only_mine_newest_first(client, container):
    mgr = manager(client, container)
    first, second = register(client, mgr, name="一号店"), register(client, mgr, name="二号店")
    me, other = real_named(client, 1), real_named(client, 2)
    check_in(client, me, first["token"])
    check_in(client, other, first["token"])
    check_in(client, me, second["token"])
    listed = client.get("/api/v1/venue-checkins", headers=me).json["items"]
    assert [c["venue"] for c in listed] == [
        {"id": second["id"], "name": "二号店"},
        {"id": first["id"], "name": "一号店"},
    ]


def test_my_check_ins_page_with_limit_and_offset(client, container):
    token = register(client, manager(client, container))["token"]
    me = real_named(client)
    for _ in range(3):
        check_in(client, me, token)
    first = client.get("/api/v1/venue-checkins?limit=2", headers=me).json
    rest = client.get("/api/v1/venue-checkins?limit=2&offset=2", headers=me).json
    assert (len(first["items"]), first["total"]) == (2, 3)
    assert (len(rest["items"]), rest["total"]) == (1, 3)
    assert rest["items"][0]["checked_in_at"] <= first["items"][-1]["checked_in_at"]
    assert rest["items"][0]["id"] not in {checkin["id"] for checkin in first["items"]}


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "offset=x"])
def test_bad_list_queries_are_refused(client, query):
    response = client.get(f"/api/v1/venue-checkins?{query}", headers=login_resident(client))
    assert response.status_code == 422


def test_check_ins_expire_by_a_ttl_index_on_expires_at(db):
    indexes = db.venue_checkins.index_information()
    ttl = [spec for spec in indexes.values() if spec["key"] == [("expires_at", 1)]]
    assert len(ttl) == 1 and ttl[0]["expireAfterSeconds"] == 0


def test_check_ins_are_kept_21_days_by_default(client, container, db):
    check_in(client, real_named(client), register(client, manager(client, container))["token"])
    (stored,) = stored_checkins(db)
    assert stored["expires_at"] - stored["at"] == timedelta(days=21)


def test_retention_period_is_a_setting(make_app):
    app = make_app(VENUE_CHECKIN_RETENTION_DAYS=7)
    client, container = app.test_client(), app.extensions["container"]
    response = check_in(
        client, real_named(client), register(client, manager(client, container))["token"]
    )
    (stored,) = stored_checkins(app.extensions["mongo_db"])
    assert stored["expires_at"] - stored["at"] == timedelta(days=7)
    assert datetime.fromisoformat(response.json["checked_in_at"]) == stored["at"]
