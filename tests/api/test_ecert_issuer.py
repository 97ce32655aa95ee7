"""The issuer console: issue one, batches all or nothing, re-issue, revoke, list, look up."""

import csv
import io
import json
import time

import pytest

from tests.ecert_api_factories import ISSUER, content, issue, issued, issuer, resident, wallet_items
from tests.factories import documented_statuses, login_resident, login_staff, wrong_check_char
from tests.health_code_factories import person_number

BIG_BATCH = 1000


def row(n: int, type_slug: str = "social_security_card", **overrides) -> dict:
    """Return a batch row (flat: holder keys and fields side by side) for resident n."""
    request = content(type_slug, n, **overrides)
    return {
        **{k: v for k, v in request.items() if k not in ("type", "fields")},
        **request["fields"],
    }


def post_batch(client, headers, rows, type_slug="social_security_card"):
    return client.post(f"{ISSUER}/batches", json={"type": type_slug, "rows": rows}, headers=headers)


def as_csv(rows: list[dict]) -> str:
    flat = []
    for values in rows:
        line = {}
        for key, value in values.items():
            if isinstance(value, dict):
                line.update({f"{key}.{part}": text for part, text in value.items()})
            else:
                line[key] = "" if value is None else value
        flat.append(line)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(flat[0]))
    writer.writeheader()
    writer.writerows(flat)
    return buffer.getvalue()


def test_an_issued_certificate_has_a_checked_identifier_and_is_masked(client, container):
    certificate = issued(client, issuer(client, container), "driving_licence")
    assert certificate["identifier"].startswith("1.2.156.3005.2.11440000PF3312GAXT001.")
    assert certificate["identifier"].endswith(".00000001.1." + certificate["identifier"][-1])
    assert certificate["holder_name"] == "陈*明" and certificate["version"] == 1


def test_serials_count_up_per_type(client, container):
    staff = issuer(client, container)
    serials = [
        issued(client, staff, "driving_licence", n)["identifier"].split(".")[-3] for n in (1, 2)
    ]
    other = issued(client, staff, "degree_certificate", 3)["identifier"].split(".")[-3]
    assert serials == ["00000001", "00000002"] and other == "00000001"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"holder_code": wrong_check_char(person_number(0)[:17])}, "holder_code", "校验位"),
        ({"licence_class": "Z9"}, "licence_class", "选项"),
        ({"birth_date": "1990-02-30"}, "birth_date", "没有这一天"),
        ({"valid_until": "2019-01-01"}, "valid_until", "早于"),
        ({"favourite_colour": "blue"}, "favourite_colour", "没有这一项"),
    ],
    ids=["check-digit", "not-a-choice", "no-such-day", "ends-before-start", "unknown-field"],
)
def test_invalid_content_is_refused_beside_its_field(client, container, overrides, field, message):
    response = issue(client, issuer(client, container), "driving_licence", **overrides)
    assert (response.status_code, response.json["error"]) == (422, "ecert.content_invalid")
    assert message in response.json["errors"][field][0]


def test_only_issuers_issue(client, container):
    clerk = login_staff(client, container, "clerk")
    assert issue(client, clerk).json["error"] == "auth.forbidden_role"
    assert issue(client, login_resident(client)).status_code == 403


def test_a_big_batch_is_issued_in_one_request(client, container, db):
    rows = [row(n) for n in range(BIG_BATCH)]
    started = time.perf_counter()
    response = post_batch(client, issuer(client, container), rows)
    elapsed = time.perf_counter() - started
    assert response.status_code == 201, response.json
    assert response.json["issued"] == BIG_BATCH
    assert [item["row"] for item in response.json["items"][:3]] == [1, 2, 3]
    assert db.certificates.count_documents({}) == BIG_BATCH
    assert [item["type"] for item in wallet_items(client, resident(client, 123))] == [
        "social_security_card"
    ]
    print(f"\nissued {BIG_BATCH} certificates in one batch in {elapsed:.2f} s")


def test_a_batch_with_bad_rows_names_them_and_issues_nothing(client, container, db):
    staff = issuer(client, container)
    rows = [row(n) for n in range(50)]
    rows[6]["holder_code"] = wrong_check_char(person_number(6)[:17])
    rows[20]["valid_from"] = "yesterday"
    rows[41] = dict(rows[40])
    response = post_batch(client, staff, rows)
    assert (response.status_code, response.json["error"]) == (422, "ecert.batch_rejected")
    assert "3" in response.json["message"]
    assert sorted(response.json["errors"]["rows"], key=int) == ["7", "21", "42"]
    assert "holder_code" in response.json["errors"]["rows"]["7"]
    assert "valid_from" in response.json["errors"]["rows"]["21"]
    assert db.certificates.count_documents({}) == 0
    after = issued(client, staff, "social_security_card", 99)
    assert after["identifier"].split(".")[-3] == "00000001"


def test_a_csv_batch_is_issued_with_addresses_in_two_columns(client, container):
    rows = [row(n, "household_register") for n in range(5)]
    response = client.post(
        f"{ISSUER}/batches/csv",
        query_string={"type": "household_register"},
        data=as_csv(rows).encode("utf-8-sig"),
        content_type="text/csv",
        headers=issuer(client, container),
    )
    assert (response.status_code, response.json["issued"]) == (201, 5), response.json
    holder = resident(client, 4)
    (certificate,) = wallet_items(client, holder)
    assert certificate["type"] == "household_register"


def test_a_csv_batch_reports_rows_by_their_number_after_the_header(client, container, db):
    rows = [row(n, "household_register") for n in range(4)]
    rows[2]["address"] = {"area": "12345", "line": "某街1号"}
    response = client.post(
        f"{ISSUER}/batches/csv",
        query_string={"type": "household_register"},
        data=as_csv(rows),
        content_type="text/csv",
        headers=issuer(client, container),
    )
    assert list(response.json["errors"]["rows"]) == ["3"]
    assert db.certificates.count_documents({}) == 0


def test_batches_have_their_own_body_limit(make_app):
    app = make_app(MAX_CONTENT_LENGTH=20_000, ECERT_BATCH_MAX_BYTES=200_000)
    client, container = app.test_client(), app.extensions["container"]
    staff = issuer(client, container)
    rows, too_big = [row(n) for n in range(100)], [row(n) for n in range(100, 1100)]
    assert 20_000 < len(json.dumps(rows)) < 200_000 < len(json.dumps(too_big))
    assert post_batch(client, staff, rows).status_code == 201
    assert post_batch(client, staff, too_big).status_code == 413
    single = issue(client, staff, "driving_licence", holder_name="陈" * 20_000)
    assert single.status_code == 413


def test_a_reissue_is_a_new_version_and_supersedes_the_old(client, container):
    staff = issuer(client, container)
    first = issued(client, staff, "driving_licence")
    response = client.post(
        f"{ISSUER}/certificates/{first['id']}/reissue",
        json={"changes": {"licence_class": "C1"}},
        headers=staff,
    )
    assert response.status_code == 201
    second = response.json
    assert second["version"] == 2
    assert second["identifier"].split(".")[-3] == first["identifier"].split(".")[-3]
    old = client.get(f"{ISSUER}/certificates/{first['id']}", headers=staff).json
    assert (old["status"], old["revocation"]["reason"]) == ("revoked", "superseded")
    again = client.post(f"{ISSUER}/certificates/{first['id']}/reissue", json={}, headers=staff)
    assert (again.status_code, again.json["error"]) == (409, "ecert.certificate_revoked")


def test_a_revocation_names_its_reason_and_cannot_be_repeated(client, container, db):
    staff = issuer(client, container)
    certificate = issued(client, staff, "driving_licence")
    url = f"{ISSUER}/certificates/{certificate['id']}/revoke"
    revoked = client.post(url, json={"reason": "replaced"}, headers=staff).json
    assert (revoked["status"], revoked["revocation"]["reason"]) == ("revoked", "replaced")
    assert client.post(url, json={"reason": "replaced"}, headers=staff).status_code == 409
    assert client.post(url, json={"reason": "superseded"}, headers=staff).status_code == 422
    event = db.audit_events.find_one({"event": "certificate.revoked"})
    assert (event["actor"]["id"], event["subject"]) == ("issuer-1", certificate["identifier"])


def test_the_list_shows_what_i_issued_by_type_and_status(client, container):
    mine, colleague = issuer(client, container), issuer(client, container, "issuer-2")
    licence = issued(client, mine, "driving_licence", 1)
    issued(client, mine, "degree_certificate", 2)
    issued(client, colleague, "driving_licence", 3)
    client.post(
        f"{ISSUER}/certificates/{licence['id']}/revoke", json={"reason": "withdrawn"}, headers=mine
    )

    def listed(**query):
        response = client.get(f"{ISSUER}/certificates", query_string=query, headers=mine)
        return [(item["type"], item["status"]) for item in response.json["items"]]

    assert listed() == [("degree_certificate", "valid"), ("driving_licence", "revoked")]
    assert listed(type="driving_licence") == [("driving_licence", "revoked")]
    assert listed(status="valid") == [("degree_certificate", "valid")]
    assert listed(status="expired") == []


def test_a_lookup_checks_the_identifier_first(client, container):
    staff = issuer(client, container)
    certificate = issued(client, staff, "driving_licence")
    found = client.get(
        f"{ISSUER}/certificates/lookup",
        query_string={"identifier": certificate["identifier"]},
        headers=staff,
    )
    assert found.json["id"] == certificate["id"]
    right = certificate["identifier"][-1]
    typo = certificate["identifier"][:-1] + ("0" if right != "0" else "1")
    refused = client.get(
        f"{ISSUER}/certificates/lookup", query_string={"identifier": typo}, headers=staff
    )
    assert (refused.status_code, refused.json["error"]) == (400, "ecert.identifier_check")
    assert 400 in documented_statuses(client, f"{ISSUER}/certificates/lookup", "get")


def post_csv(client, container, text: str):
    return client.post(
        f"{ISSUER}/batches/csv",
        query_string={"type": "residence_permit"},
        data=text.encode(),
        content_type="text/csv",
        headers=issuer(client, container),
    )


def test_a_file_that_is_not_csv_is_a_422_naming_the_file(client, container, db):
    response = post_csv(client, container, 'holder_name,"unclosed\n')

    assert response.status_code == 422, response.json
    assert list(response.json["errors"]) == ["file"]
    assert db.certificates.count_documents({}) == 0


def test_carriage_returns_anywhere_are_line_ends_not_a_500(client, container, db):
    response = post_csv(client, container, "holder_name\rx,\x9f\r\t\u00ba\n")

    assert response.status_code == 422, response.json
    assert db.certificates.count_documents({}) == 0
