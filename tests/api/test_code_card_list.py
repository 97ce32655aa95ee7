"""The list of code cards: newest first, filtered by status, for the health authority."""

import pytest

from tests.factories import login_resident, login_staff
from tests.health_code_factories import authority, person_number

CARDS = "/api/v1/code-cards"


def issue(client, headers, n: int, valid_days: int = 90) -> dict:
    """Issue a card to person n, a second after the previous one (the list's order)."""
    client.application.extensions["wiring"].clock.move(seconds=1)
    body = {
        "doc_type": "resident_id",
        "doc_number": person_number(700 + n),
        "name": "黄大伯",
        "valid_days": valid_days,
    }
    response = client.post(CARDS, json=body, headers=headers)
    assert response.status_code == 201, response.json
    return response.json


def listed(client, headers, **query) -> dict:
    response = client.get(CARDS, query_string=query, headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def test_cards_are_listed_newest_first_with_their_status(client, container, wiring):
    staff = authority(client, container)
    short = issue(client, staff, 0, valid_days=1)
    revoked = issue(client, staff, 1)
    live = issue(client, staff, 2)
    client.post(f"{CARDS}/{revoked['id']}/revoke", json={"reason": "遗失"}, headers=staff)
    wiring.clock.move(days=2)
    page = listed(client, staff)
    assert page["total"] == 3
    assert [(c["id"], c["status"]) for c in page["items"]] == [
        (live["id"], "active"),
        (revoked["id"], "revoked"),
        (short["id"], "expired"),
    ]
    assert page["items"][1]["reason"] == "遗失"


@pytest.mark.parametrize("status", ["active", "expired", "revoked"])
def test_the_list_filters_by_status(client, container, wiring, status):
    staff = authority(client, container)
    cards = {"expired": issue(client, staff, 0, valid_days=1), "revoked": issue(client, staff, 1)}
    cards["active"] = issue(client, staff, 2)
    client.post(f"{CARDS}/{cards['revoked']['id']}/revoke", json={"reason": "遗失"}, headers=staff)
    wiring.clock.move(days=2)
    page = listed(client, staff, status=status)
    assert (page["total"], [c["id"] for c in page["items"]]) == (1, [cards[status]["id"]])


def test_the_list_pages(client, container):
    staff = authority(client, container)
    ids = [issue(client, staff, n)["id"] for n in range(3)]
    first, rest = listed(client, staff, limit=2), listed(client, staff, limit=2, offset=2)
    assert [c["id"] for c in first["items"] + rest["items"]] == ids[::-1]
    assert first["total"] == rest["total"] == 3


def test_a_card_in_the_list_shows_no_document_number_or_token(client, container):
    staff = authority(client, container)
    issue(client, staff, 0)
    card = listed(client, staff)["items"][0]
    assert card["masked_name"] == "黄*伯"
    assert not {"token", "person_index", "doc_number"} & set(card)


@pytest.mark.parametrize("query", [{"status": "lost"}, {"limit": 0}, {"limit": 101}])
def test_bad_queries_are_refused(client, container, query):
    response = client.get(CARDS, query_string=query, headers=authority(client, container))
    assert response.status_code == 422


def test_only_the_health_authority_lists_cards(client, container):
    assert client.get(CARDS, headers=login_staff(client, container, "admin")).status_code == 403
    assert client.get(CARDS, headers=login_resident(client)).status_code == 403
    assert client.get(CARDS).status_code == 401
