"""Applying over HTTP: idempotent submission, numbers under concurrency, step-up, drafts,
uploads by content, provenance, 代办 through the family relation, withdrawal."""

from concurrent.futures import ThreadPoolExecutor

from tests.factories import login_resident
from tests.services_factories import (
    INSTANT,
    L3_ONLY,
    SERVICES,
    UNEMPLOYMENT,
    VISIT,
    application,
    item,
    png_bytes,
    resident,
    submit,
    submitted,
    upload,
)


def test_an_instant_service_is_decided_at_submission_with_its_rule(client):
    case = submitted(client, resident(client), INSTANT)
    assert case["status"] == 11 and case["outcome"] == "approved"
    assert case["instant"] == {
        "instant": True,
        "decided_by": "all_rules_met",
        "checked": ["level_at_least"],
    }
    assert [event["event"] for event in case["timeline"]] == ["received", "accepted", "completed"]
    assert case["number"].startswith(case["implementation_code"])
    assert len(case["number"]) == len(case["implementation_code"]) + 12
    assert case["guide_version"] == 1


def test_the_case_records_prefilled_and_typed_fields_and_uploaded_materials(client):
    case = submitted(client, resident(client), INSTANT)
    provenance = case["provenance"]
    assert set(provenance["fields_prefilled"]) == {"applicant_name", "id_number", "phone"}
    assert set(provenance["fields_typed"]) == {"from_month", "to_month"}
    assert provenance["materials_uploaded"] == ["resident_id_card"]
    assert provenance["materials_from_certificates"] == []


def test_a_changed_prefilled_value_counts_as_typed(client):
    case = submitted(client, resident(client), INSTANT, phone="13911112222")
    assert "phone" in case["provenance"]["fields_typed"]


def test_a_service_going_to_a_clerk_is_received_with_a_due_day_after_acceptance(client):
    case = submitted(client, resident(client), VISIT)
    assert case["status"] == 1 and case["due_day"] is None and case["overdue"] is False
    assert case["instant"]["decided_by"] == "not_offered"


def post(client, headers, guide, body, key):
    url = f"{SERVICES}/{guide['id']}/applications"
    return client.post(url, json=body, headers={**headers, "Idempotency-Key": key})


def test_a_retried_submit_with_the_same_key_makes_one_case(client):
    headers = resident(client)
    guide = item(client, VISIT)
    body = application(client, headers, guide)
    first = post(client, headers, guide, body, "retry-key-0001")
    again = post(client, headers, guide, body, "retry-key-0001")
    assert first.status_code == again.status_code == 201
    assert first.json["number"] == again.json["number"]
    assert client.get("/api/v1/cases", headers=headers).json["total"] == 1


def test_a_key_reused_for_another_application_is_a_conflict(client):
    headers = resident(client)
    submit(client, headers, VISIT, key="retry-key-0002")
    other = submit(client, headers, INSTANT, key="retry-key-0002")
    assert other.status_code == 409
    assert other.json["error"] == "services.idempotency_key_reused"


def test_concurrent_submits_with_one_key_make_one_case(app, client):
    headers = resident(client)
    guide = item(client, VISIT)
    body = application(client, headers, guide)
    url = f"{SERVICES}/{guide['id']}/applications"

    def send(_):
        with app.test_client() as own:
            return own.post(url, json=body, headers={**headers, "Idempotency-Key": "same-key-123"})

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(send, range(8)))
    assert {answer.status_code for answer in answers} == {201}
    assert len({answer.json["number"] for answer in answers}) == 1
    assert client.get("/api/v1/cases", headers=headers).json["total"] == 1


def test_concurrent_submissions_get_distinct_consecutive_numbers(app, client, db):
    people = [resident(client, n) for n in range(6)]
    guide = item(client, VISIT)
    bodies = [application(client, headers, guide) for headers in people]
    url = f"{SERVICES}/{guide['id']}/applications"

    def send(index):
        with app.test_client() as own:
            return own.post(url, json=bodies[index], headers=people[index])

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(send, range(6)))
    numbers = [answer.json["number"] for answer in answers]
    assert all(answer.status_code == 201 for answer in answers)
    assert len(set(numbers)) == 6
    assert db.cases.count_documents({}) == 6


def test_below_the_services_level_is_the_step_up_answer(client):
    response = submit(client, resident(client), L3_ONLY)
    assert response.status_code == 403
    assert response.json["error"] == "auth.step_up_required"
    assert response.json["errors"] == {
        "required_level": "L3",
        "methods": ["sms", "face", "real_name"],
        "max_age_seconds": 300,
    }


def test_an_unverified_resident_must_verify_first(client):
    headers = login_resident(client, phone="13700000009")
    guide = item(client, INSTANT)
    response = client.post(f"{SERVICES}/{guide['id']}/applications", json={}, headers=headers)
    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"


def test_form_errors_name_each_field_in_the_readers_language(client):
    response = submit(client, resident(client), INSTANT, phone="12", surprise="x")
    assert response.status_code == 422
    assert response.json["error"] == "services.form_invalid"
    assert set(response.json["errors"]) == {"phone", "surprise"}
    english = submit(
        client, resident(client, 1), INSTANT, phone="12", surprise="x"
    )  # default language is Chinese
    assert "格式" in english.json["errors"]["phone"][0]


def test_missing_materials_are_refused(client):
    headers = resident(client)
    guide = item(client, INSTANT)
    body = application(client, headers, guide)
    body["materials"] = {}
    response = client.post(f"{SERVICES}/{guide['id']}/applications", json=body, headers=headers)
    assert response.status_code == 422
    assert response.json["errors"]["resident_id_card"]


def test_uploads_are_checked_by_content_and_served_as_attachments(client):
    headers = resident(client)
    html = upload(client, headers, b"<html><script>alert(1)</script></html>", "x.png")
    assert html.status_code == 422 and html.json["error"] == "services.upload_type"
    stored = upload(client, headers, png_bytes(), "../../etc/身份证.html")
    assert stored.status_code == 201
    assert stored.json["file_type"] == "png" and stored.json["filename"] == "身份证.png"
    download = client.get(f"/api/v1/uploads/{stored.json['id']}", headers=headers)
    assert download.data == png_bytes()
    assert download.headers["Content-Type"] == "image/png"
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    other = resident(client, 1)
    assert client.get(f"/api/v1/uploads/{stored.json['id']}", headers=other).status_code == 404


def test_uploads_have_their_own_size_limit_above_the_body_limit(make_app):
    app = make_app(MAX_CONTENT_LENGTH=64 * 1024, SERVICES_UPLOAD_MAX_BYTES=256 * 1024)
    client = app.test_client()
    headers = resident(client)
    pdf = b"%PDF-1.7\n" + b"0" * (128 * 1024)
    assert upload(client, headers, pdf, "big.pdf").status_code == 201
    too_big = upload(client, headers, b"%PDF-1.7\n" + b"0" * (300 * 1024), "huge.pdf")
    assert too_big.status_code == 422 and too_big.json["error"] == "services.upload_too_large"
    flood = client.post(
        "/api/v1/uploads",
        data=b"0" * (1024 * 1024),
        content_type="multipart/form-data; boundary=x",
        headers=headers,
    )
    assert flood.status_code == 413


def test_drafts_are_saved_resumed_and_cleared_by_submission(client):
    headers = resident(client)
    guide = item(client, VISIT)
    saved = client.put(
        f"{SERVICES}/{guide['id']}/drafts",
        json={"values": {"preferred_date": "2026-01-05"}},
        headers=headers,
    )
    assert saved.status_code == 200
    again = client.put(
        f"{SERVICES}/{guide['id']}/drafts",
        json={"values": {"preferred_date": "2026-01-06"}},
        headers=headers,
    )
    assert again.json["id"] == saved.json["id"]
    resumed = client.get(f"/api/v1/drafts/{saved.json['id']}", headers=headers).json
    assert resumed["values"] == {"preferred_date": "2026-01-06"}
    assert client.get("/api/v1/drafts", headers=headers).json["total"] == 1
    submitted(client, headers, VISIT)
    assert client.get("/api/v1/drafts", headers=headers).json["total"] == 0


def test_a_resident_withdraws_before_acceptance_only(client, container):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    withdrawn = client.post(
        f"/api/v1/cases/{case['id']}/withdrawal", json={"note": "不需要了"}, headers=headers
    )
    assert withdrawn.status_code == 200 and withdrawn.json["status"] == 99
    again = client.post(f"/api/v1/cases/{case['id']}/withdrawal", json={}, headers=headers)
    assert again.status_code == 409 and again.json["error"] == "services.case_transition"
    done = submitted(client, headers, INSTANT)
    ended = client.post(f"/api/v1/cases/{done['id']}/withdrawal", json={}, headers=headers)
    assert ended.status_code == 409


def test_someone_elses_case_is_not_found(client):
    case = submitted(client, resident(client), VISIT)
    other = resident(client, 1)
    assert client.get(f"/api/v1/cases/{case['id']}", headers=other).status_code == 404


def test_a_completed_case_puts_its_certificate_in_the_applicants_wallet(client):
    headers = resident(client)
    case = submitted(client, headers, UNEMPLOYMENT)
    assert case["status"] == 11
    certificate = case["certificate"]
    assert (certificate["type"], certificate["status"]) == ("employment_registration", "issued"), (
        certificate
    )
    wallet = client.get("/api/v1/wallet/certificates", headers=headers).json["items"]
    held = {item["identifier"]: item for item in wallet}
    assert held[certificate["identifier"]]["status"] == "valid"


def test_a_guardian_applies_for_a_dependant_and_the_case_names_both(client):
    headers = resident(client)
    added = client.post(
        "/api/v1/family/dependants",
        json={
            "doc_type": "resident_id",
            "doc_number": _child_number(),
            "name": "陈小华",
            "relation": "child",
        },
        headers=headers,
    )
    assert added.status_code == 201, added.json
    guide = item(client, INSTANT)
    detail = client.get(
        f"{SERVICES}/{guide['id']}",
        query_string={"dependant_id": added.json["id"]},
        headers=headers,
    ).json
    assert detail["personal"]["applicant"] == "陈*华"
    body = application(client, headers, guide)
    prefilled = {e["field"]: e["value"] for e in detail["personal"]["prefilled"]}
    body["values"].update(prefilled)
    body["dependant_id"] = added.json["id"]
    case = client.post(f"{SERVICES}/{guide['id']}/applications", json=body, headers=headers)
    assert case.status_code == 201, case.json
    assert case.json["applicant_name"] == "陈*华"
    assert case.json["agent"]["masked_name"] == "陈*明"
    assert case.json["agent"]["relation"] == "child"
    stranger = client.post(
        f"{SERVICES}/{guide['id']}/applications",
        json={**body, "dependant_id": "0" * 24},
        headers=headers,
    )
    assert stranger.status_code == 404


def _child_number() -> str:
    from tests.factories import valid_resident_id

    return valid_resident_id("44030420100101001")
