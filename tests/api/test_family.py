"""Family codes (亲友码): dependants after a real-name check, both caps, their health codes."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from accounts.audit import Actor
from core.clock import utcnow
from core.errors import ServiceError
from health_code.codes.health_token import verify_token
from tests.factories import login_resident, valid_resident_id
from tests.health_code_factories import operator, person_number, published_keys, real_named
from tests.qr_reader import qr_texts as decode

DEPENDANTS = "/api/v1/family/dependants"


def dependant_number(n: int = 0) -> str:
    """Return the n-th distinct valid ID number of a child born in 2010."""
    return valid_resident_id(f"440304201001{1 + n // 1000:02d}{n % 1000:03d}")


def dependant(n: int = 0, **fields) -> dict:
    body = {
        "doc_type": "resident_id",
        "doc_number": dependant_number(n),
        "name": "陈小华",
        "relation": "child",
    }
    return {**body, **fields}


def add(client, headers, n: int = 0, **fields):
    return client.post(DEPENDANTS, json=dependant(n, **fields), headers=headers)


def added(client, headers, n: int = 0, **fields) -> dict:
    response = add(client, headers, n, **fields)
    assert response.status_code == 201, response.json
    return response.json


def account_id(client, headers) -> str:
    return client.get("/api/v1/me", headers=headers).json["id"]


def events(db, event: str) -> list[dict]:
    return list(db.audit_events.find({"event": event}))


def test_added_dependant_is_shown_masked(client):
    body = added(client, real_named(client), relation="other")
    number = dependant_number()
    assert body["masked_name"] == "陈*华"
    assert body["masked_doc_number"] == number[:3] + "*" * 11 + number[-4:]
    assert (body["doc_type"], body["relation"], body["status"]) == (
        "resident_id",
        "other",
        "active",
    )
    assert body["id"] and body["created_at"]


def test_dependant_is_stored_without_plaintext_name_or_number(client, db):
    added(client, real_named(client))
    stored = str(db.guardianships.find_one())
    assert dependant_number() not in stored
    assert "陈小华" not in stored


def test_list_shows_only_my_dependants_newest_first(client):
    mine, theirs = real_named(client, 1), real_named(client, 2)
    first, second = added(client, mine, 1), added(client, mine, 2)
    added(client, theirs, 3)
    listed = client.get(DEPENDANTS, headers=mine).json["items"]
    assert [item["id"] for item in listed] == [second["id"], first["id"]]


def test_removed_dependant_leaves_the_list(client):
    headers = real_named(client)
    response = client.delete(f"{DEPENDANTS}/{added(client, headers)['id']}", headers=headers)
    assert response.status_code == 204
    assert client.get(DEPENDANTS, headers=headers).json["items"] == []


@pytest.mark.parametrize(
    "method, suffix", [("delete", ""), ("get", "/health-code"), ("get", "/health-code/qr.png")]
)
def test_another_residents_dependant_is_not_found(client, method, suffix):
    theirs = added(client, real_named(client, 1))["id"]
    response = getattr(client, method)(
        f"{DEPENDANTS}/{theirs}{suffix}", headers=real_named(client, 2)
    )
    assert response.status_code == 404
    assert response.json["error"] == "family.dependant_not_found"


@pytest.mark.parametrize("dependant_id", ["not-an-id", "0" * 24, "x" * 300])
def test_malformed_or_unknown_dependant_ids_are_not_found(client, dependant_id):
    response = client.get(f"{DEPENDANTS}/{dependant_id}/health-code", headers=real_named(client))
    assert response.status_code == 404


def test_ninth_dependant_is_refused(client):
    headers = real_named(client)
    for n in range(8):
        added(client, headers, n)
    response = add(client, headers, 8)
    assert response.status_code == 409
    assert response.json["error"] == "family.too_many_dependants"


def test_removing_a_dependant_frees_a_place(client):
    headers = real_named(client)
    ids = [added(client, headers, n)["id"] for n in range(8)]
    client.delete(f"{DEPENDANTS}/{ids[0]}", headers=headers)
    assert add(client, headers, 8).status_code == 201


def test_fourth_guardian_of_one_person_is_refused(client):
    for n in range(3):
        added(client, real_named(client, n))
    response = add(client, real_named(client, 3))
    assert response.status_code == 409
    assert response.json["error"] == "family.too_many_guardians"


def test_adding_yourself_is_refused(client):
    response = add(client, real_named(client, 4), doc_number=person_number(4), name="陈小明")
    assert response.status_code == 422
    assert response.json["error"] == "family.self"


def test_adding_the_same_person_twice_is_refused(client):
    headers = real_named(client)
    added(client, headers)
    response = add(client, headers, relation="other")
    assert response.status_code == 409
    assert response.json["error"] == "family.already_added"


def test_a_renewed_permit_names_the_same_person(client):
    headers = real_named(client)
    added(client, headers, doc_type="hk_macao_permit", doc_number="H1234567801")
    response = add(client, headers, doc_type="hk_macao_permit", doc_number="H1234567802")
    assert response.json["error"] == "family.already_added"


@pytest.mark.parametrize(
    "fields, status, key",
    [
        ({"name": "陈不匹配"}, 422, "identity.name_mismatch"),
        ({"name": "陈超时"}, 503, "identity.provider_unavailable"),
        ({"doc_number": "440304201001011230"}, 422, "identity.document_invalid"),
        ({"relation": "neighbour"}, 422, "request.invalid"),
        ({"nickname": "宝宝"}, 422, "request.invalid"),
    ],
)
def test_refused_dependants(client, fields, status, key):
    response = add(client, real_named(client), **fields)
    assert (response.status_code, response.json["error"]) == (status, key)


def test_guardian_must_have_verified_their_real_name(client):
    response = add(client, login_resident(client))
    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"


def test_adding_needs_a_login(client):
    assert client.post(DEPENDANTS, json=dependant()).status_code == 401


def test_guardian_actions_are_audited(client, db):
    headers = real_named(client)
    dependant_id = added(client, headers)["id"]
    client.get(f"{DEPENDANTS}/{dependant_id}/health-code", headers=headers)
    client.delete(f"{DEPENDANTS}/{dependant_id}", headers=headers)
    guardian = account_id(client, headers)
    for event in ("guardian.added", "guardian.code_shown", "guardian.removed"):
        [entry] = events(db, event)
        assert (entry["outcome"], entry["subject"]) == ("ok", guardian)
        assert entry["details"]["dependant"] == dependant_id


def test_refused_guardian_actions_are_audited_with_their_reason(client, db):
    add(client, real_named(client), name="陈不匹配")
    [entry] = events(db, "guardian.added")
    assert entry["outcome"] == "identity.name_mismatch"


def test_dependant_code_carries_their_masked_name_and_the_family_kind(client):
    headers = real_named(client)
    dependant_id = added(client, headers)["id"]
    code = client.get(f"{DEPENDANTS}/{dependant_id}/health-code", headers=headers).json
    claims = verify_token_of(client, code["token"])
    assert (code["masked_name"], code["colour"]) == ("陈*华", "green")
    assert (claims.kind, claims.masked_name) == ("F", "陈*华")


def test_dependant_code_is_not_the_guardians(client):
    headers = real_named(client)
    own = client.get("/api/v1/health-code", headers=headers).json
    code = client.get(
        f"{DEPENDANTS}/{added(client, headers)['id']}/health-code", headers=headers
    ).json
    assert (
        verify_token_of(client, code["token"]).subject_id
        != verify_token_of(client, own["token"]).subject_id
    )


def test_dependant_code_shows_the_colour_the_authority_set(client, container):
    headers = real_named(client)
    dependant_id = added(client, headers)["id"]
    container.authority.set_manual_colour(
        "resident_id", dependant_number(), {"colour": "red", "reason": "隔离"}, "hc"
    )
    code = client.get(f"{DEPENDANTS}/{dependant_id}/health-code", headers=headers).json
    assert code["colour"] == "red"


def test_dependant_qr_png_decodes_to_a_family_token(client):
    headers = real_named(client)
    dependant_id = added(client, headers)["id"]
    response = client.get(f"{DEPENDANTS}/{dependant_id}/health-code/qr.png", headers=headers)
    assert response.mimetype == "image/png"
    [text] = decode(response.data)
    assert verify_token_of(client, text).kind == "F"


def test_checkpoint_lets_a_green_dependant_through(client, container):
    headers = real_named(client)
    code = client.get(
        f"{DEPENDANTS}/{added(client, headers)['id']}/health-code", headers=headers
    ).json
    scan = client.post(
        "/api/v1/checkpoint/scans",
        headers=operator(client, container),
        json={"token": code["token"], "checkpoint": "幼儿园门口"},
    ).json
    assert (scan["passed"], scan["kind"], scan["masked_name"]) == (True, "F", "陈*华")


def test_adding_is_rate_limited_per_resident(make_app):
    client = make_app(FAMILY_ADD_LIMIT="2 per day").test_client()
    headers = real_named(client)
    add(client, headers, 0), add(client, headers, 1)
    response = add(client, headers, 2)
    assert response.status_code == 429


def test_concurrent_adds_never_pass_eight_dependants(client, container, db):
    guardian = account_id(client, real_named(client))
    outcomes = run_concurrently(container, [(guardian, n) for n in range(14)])
    assert outcomes.count("ok") == 8
    assert set(outcomes) == {"ok", "family.too_many_dependants"}
    assert db.guardianships.count_documents({"guardian_account_id": guardian}) == 8


def test_concurrent_guardians_never_pass_three_per_person(client, container, db):
    guardians = [account_id(client, real_named(client, n)) for n in range(6)]
    outcomes = run_concurrently(container, [(guardian, 0) for guardian in guardians])
    assert outcomes.count("ok") == 3
    assert set(outcomes) == {"ok", "family.too_many_guardians"}
    person = container.residents.person_index("resident_id", dependant_number())
    assert db.guardianships.count_documents({"person_index": person}) == 3


def run_concurrently(container, attempts) -> list[str]:
    """Add (guardian id, dependant n) pairs from parallel threads; return each outcome."""

    def attempt(pair):
        guardian, n = pair
        try:
            container.family.add_dependant(guardian, dependant(n), Actor("resident", guardian))
            return "ok"
        except ServiceError as refusal:
            return refusal.key

    with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
        return list(pool.map(attempt, attempts))


def verify_token_of(client, token: str):
    result = verify_token(token, published_keys(client), utcnow())
    assert result.valid, result.reason
    return result.claims
