"""The catalogue over HTTP: search that ranks what residents mean, filters, guides, favourites."""

import pytest

from tests.services_factories import INSTANT, SERVICES, item, resident, submitted

REFERENCE = [
    ("jsz", "驾驶证"),
    ("gjj", "公积金"),
    ("社保卡", "社会保障卡"),
    ("出生", "出生"),
    ("护照", "护照"),
    ("落户", "落户"),
]


def search(client, q, **params):
    response = client.get(SERVICES, query_string={"q": q, **params})
    assert response.status_code == 200, response.json
    return response.json


@pytest.mark.parametrize("query, expected", REFERENCE)
def test_reference_queries_put_the_meant_service_first(client, query, expected):
    found = search(client, query)
    assert found["total"] >= 1
    first = found["items"][0]
    assert expected in first["name"]["zh-CN"] + "".join(first["keywords"])


def test_pinyin_and_initials_find_the_same_first_service(client):
    by_initials = search(client, "gjj")["items"][0]
    by_pinyin = search(client, "gongjijin")["items"][0]
    assert by_initials["id"] == by_pinyin["id"]
    assert by_initials["match"] in ("initials", "keyword", "name")


@pytest.mark.parametrize(
    "hostile",
    [
        '{"$where": "sleep(1000)"}',
        ".*",
        "(a+)+$",
        "[驾驶",
        "\\",
        "$ne",
        "护照" * 5000,
        "\x00\x01驾照",
        "' OR 1=1 --",
    ],
)
def test_hostile_search_text_answers_a_normal_page(client, hostile):
    response = client.get(SERVICES, query_string={"q": hostile[:256]})
    assert response.status_code == 200
    assert set(response.json) == {"items", "total"}
    assert len(response.json["items"]) <= 20


def test_very_long_query_is_refused_as_a_field_error(client):
    response = client.get(SERVICES, query_string={"q": "护照" * 5000})
    assert response.status_code == 422
    assert "q" in response.json["errors"]


def test_operators_never_match_everything(client):
    assert search(client, ".*")["total"] == 0
    assert search(client, "$ne")["total"] < 146


def test_search_is_capped_and_paged(client):
    first = search(client, "证", limit=5)
    second = search(client, "证", limit=5, offset=5)
    assert len(first["items"]) == 5 and first["total"] <= 200
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_filters_narrow_search_and_browse(client):
    police = search(client, "证", department="exit_entry")
    assert police["items"] and all(i["department"] == "exit_entry" for i in police["items"])
    browse = client.get(SERVICES, query_string={"zero_visit": "true", "limit": 100}).json
    assert browse["total"] > 0 and all(i["visits"] == 0 for i in browse["items"])
    births = client.get(SERVICES, query_string={"life_event": "birth"}).json
    assert births["total"] > 0 and all("birth" in i["themes"] for i in births["items"])
    city = client.get(SERVICES, query_string={"region": "440300", "limit": 100}).json
    assert {i["region"] for i in city["items"]} <= {"440000", "440300"}


def test_a_search_reads_the_index_not_the_collection(client, db):
    search(client, "驾驶证")
    plan = (
        db.service_items.find({"search_terms": {"$in": ["驾驶", "驶证"]}})
        .limit(200)
        .explain()["queryPlanner"]["winningPlan"]
    )
    assert "IXSCAN" in str(plan) and "COLLSCAN" not in str(plan)


def test_the_guide_is_public_and_unknown_ids_are_404(client):
    guide_id = item(client, INSTANT)["id"]
    guide = client.get(f"{SERVICES}/{guide_id}").json
    assert guide["form"] and guide["materials"] and guide["personal"] is None
    assert client.get(f"{SERVICES}/{'0' * 24}").status_code == 404
    assert client.get(f"{SERVICES}/not-an-id").json["code"] == 404


def test_a_resident_sees_what_will_be_prefilled(client):
    headers = resident(client)
    guide = client.get(f"{SERVICES}/{item(client, INSTANT)['id']}", headers=headers).json
    prefilled = {entry["field"]: entry for entry in guide["personal"]["prefilled"]}
    assert prefilled["applicant_name"]["value"] == "陈小明"
    assert prefilled["phone"]["source"] == "profile.phone"
    assert guide["personal"]["step_up"] is None


def test_favourites_and_recently_used(client):
    headers = resident(client)
    chosen = item(client, INSTANT)
    assert client.get(f"{SERVICES}/{chosen['id']}", headers=headers).json["favourite"] is False
    assert client.put(f"{SERVICES}/{chosen['id']}/favourite", headers=headers).status_code == 200
    assert client.get(f"{SERVICES}/{chosen['id']}", headers=headers).json["favourite"] is True
    assert client.get(f"{SERVICES}/{chosen['id']}").json["favourite"] is None
    client.put(f"{SERVICES}/{chosen['id']}/favourite", headers=headers)
    favourites = client.get(f"{SERVICES}/favourites", headers=headers).json
    assert favourites["total"] == 1 and favourites["items"][0]["id"] == chosen["id"]
    assert client.delete(f"{SERVICES}/{chosen['id']}/favourite", headers=headers).status_code == 204
    assert client.get(f"{SERVICES}/favourites", headers=headers).json["total"] == 0

    client.get(f"{SERVICES}/{chosen['id']}", headers=headers)
    recent = client.get(f"{SERVICES}/recent", headers=headers).json
    assert recent["items"][0]["id"] == chosen["id"]


def test_hot_services_follow_real_submissions(client):
    headers = resident(client)
    submitted(client, headers, INSTANT)
    hot = client.get(f"{SERVICES}/hot").json
    assert hot["items"][0]["name"]["zh-CN"] == INSTANT


def test_themes_and_departments_are_listed(client):
    themes = client.get(f"{SERVICES}/themes").json["items"]
    assert {"birth", "social_security"} <= {t["slug"] for t in themes}
    departments = client.get(f"{SERVICES}/departments").json["items"]
    assert len(departments) >= 12 and all(len(d["credit_code"]) == 18 for d in departments)


def test_the_catalogue_is_seeded_at_start_once(make_app):
    from services import all_items

    app = make_app(SERVICES_SEED_AT_START=True)
    db, container = app.extensions["mongo_db"], app.extensions["container"]
    assert db.service_items.count_documents({"status": "published"}) == 146
    assert db.service_item_versions.count_documents({}) == 146
    assert container.catalogue.seed(all_items()) == 0
    assert db.service_items.count_documents({}) == 146
