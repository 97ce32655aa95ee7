"""The inbox (a message per status change, unread count, mark read, providers) and 好差评."""

import jsonschema

from tests.factories import login_staff
from tests.services_factories import INSTANT, VISIT, act, clerk, resident, submitted

MESSAGES = "/api/v1/messages"


def unread(client, headers) -> int:
    return client.get(f"{MESSAGES}/unread-count", headers=headers).json["unread"]


def test_every_status_change_is_a_message_and_reaches_the_providers(client, container, db):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    health = clerk(client, container, "health")
    act(client, health, case["id"], "accept")
    inbox = client.get(MESSAGES, headers=headers).json
    assert [m["kind"] for m in inbox["items"]] == ["case_accepted", "case_received"]
    assert inbox["items"][0]["title"]["zh-CN"] == "部门已受理"
    assert inbox["items"][0]["ref"]["number"] == case["number"]
    assert unread(client, headers) == 2
    sent = list(db.notification_outbox.find({"channel": "sms"}))
    assert len(sent) == 2 and all(len(m["to"]) == 4 for m in sent)


def test_marking_read_lowers_the_badge(client):
    headers = resident(client)
    submitted(client, headers, INSTANT)
    first = client.get(MESSAGES, headers=headers).json["items"][0]
    assert unread(client, headers) == 3
    read = client.post(f"{MESSAGES}/{first['id']}/read", headers=headers)
    assert read.status_code == 200 and read.json["read_at"]
    assert unread(client, headers) == 2
    assert client.post(f"{MESSAGES}/read-all", headers=headers).json["marked"] == 2
    assert unread(client, headers) == 0
    other = resident(client, 1)
    assert client.post(f"{MESSAGES}/{first['id']}/read", headers=other).status_code == 404


def test_a_resident_rates_once_and_follows_up_once(client):
    headers = resident(client)
    case = submitted(client, headers, INSTANT)
    url = f"/api/v1/cases/{case['id']}/rating"
    rated = client.post(url, json={"score": 5, "comment": "很快"}, headers=headers)
    assert rated.status_code == 201 and rated.json["score"] == 5
    again = client.post(url, json={"score": 4}, headers=headers)
    assert again.status_code == 409 and again.json["error"] == "services.rating_exists"
    added = client.post(f"{url}/follow-up", json={"comment": "已收到"}, headers=headers)
    assert added.json["follow_up"]["comment"] == "已收到"
    more = client.post(f"{url}/follow-up", json={"comment": "再说"}, headers=headers)
    assert more.status_code == 409


def test_an_open_case_cannot_be_rated(client):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    response = client.post(f"/api/v1/cases/{case['id']}/rating", json={"score": 5}, headers=headers)
    assert response.status_code == 409 and response.json["error"] == "services.rating_not_open"


def test_a_bad_rating_opens_rectification_and_the_resident_sees_its_outcome(client, container):
    headers = resident(client)
    case = submitted(client, headers, INSTANT)
    client.post(
        f"/api/v1/cases/{case['id']}/rating", json={"score": 1, "comment": "太慢"}, headers=headers
    )
    hr = clerk(client, container, "human_resources")
    tasks = client.get("/api/v1/workbench/rectifications", headers=hr).json
    assert tasks["total"] == 1 and tasks["items"][0]["comment"] == "太慢"
    other = clerk(client, container, "health")
    assert client.get("/api/v1/workbench/rectifications", headers=other).json["total"] == 0
    closed = client.post(
        f"/api/v1/workbench/rectifications/{tasks['items'][0]['id']}/close",
        json={"outcome": "已优化线上流程"},
        headers=hr,
    )
    assert closed.json["status"] == "closed"
    shown = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json
    assert shown["rating"]["rectification"]["outcome"] == "已优化线上流程"


def test_an_unrated_case_takes_the_system_default_after_the_period(make_app):
    app = make_app(SERVICES_RATING_DEFAULT_DAYS=3)
    client, wiring = app.test_client(), app.extensions["wiring"]
    headers = resident(client)
    case = submitted(client, headers, INSTANT)
    assert client.get(f"/api/v1/cases/{case['id']}", headers=headers).json["rating"] is None
    wiring.clock.move(days=4)
    rating = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json["rating"]
    assert rating["system_default"] is True and rating["channel"] == 7 and rating["score"] == 5
    late = client.post(f"/api/v1/cases/{case['id']}/rating", json={"score": 2}, headers=headers)
    assert late.status_code == 409 and late.json["error"] == "services.rating_period_over"


def test_staff_cannot_read_a_residents_inbox(client, container):
    staff = login_staff(client, container, "admin")
    assert client.get(MESSAGES, headers=staff).status_code == 403


def test_a_certificate_about_to_expire_is_announced_once(client, container, wiring, db):
    from datetime import timedelta

    from ecert.holdings import ServicesWallet
    from tests.ecert_factories import issue_sample, make_engine

    headers = resident(client)
    account = db.accounts.find_one({})
    person = account["real_name"]["person_index"]
    engine = make_engine(wiring.clock())
    soon = (wiring.clock() + timedelta(days=20)).date().isoformat()
    issue_sample(engine, "driving_licence", person, valid_until=soon)
    issue_sample(engine, "passport", person)  # valid for years: no notice
    # The wallet's storage is not in the app yet: hand the inbox the wallet engine itself.
    container.inbox.wallet = ServicesWallet(engine.certificates, engine.grants, wiring.clock)

    for _ in range(2):
        items = client.get(MESSAGES, headers=headers).json["items"]
    expiring = [m for m in items if m["kind"] == "certificate_expiring"]
    assert len(expiring) == 1
    assert expiring[0]["ref"]["type"] == "driving_licence" and expiring[0]["body"] == soon
    wiring.clock.move(days=1)
    items = client.get(MESSAGES, headers=headers).json["items"]
    assert len([m for m in items if m["kind"] == "certificate_expiring"]) == 1


def test_case_messages_in_the_notification_list_have_the_documented_shape(client):
    headers = resident(client)
    submitted(client, headers, VISIT)
    shape = client.get("/openapi.json").json["components"]["schemas"]["Notification"]

    items = client.get("/api/v1/me/notifications", headers=headers).json["items"]

    assert [item["body"] for item in items] == [None]
    for item in items:
        jsonschema.validate(item, shape)
