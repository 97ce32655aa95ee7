"""Consent: the notice agreed with its version, face verification's own consent, withdrawal."""

from dataclasses import replace

import pytest

from accounts.privacy_notice import NOTICES, current_notice, load_notice
from tests.factories import grant_face_consent, login_resident, verify_real_name
from tests.privacy_factories import CONSENTS, NOTICE, agree_to_notice, notice_version

FACE_VERIFICATION = "/api/v1/me/face-verification"


def consents(client, headers) -> dict:
    response = client.get(CONSENTS, headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def purpose(answer: dict, name: str) -> dict:
    return next(item for item in answer["purposes"] if item["purpose"] == name)


def audit_events(db, event: str) -> list[dict]:
    return list(db.audit_events.find({"event": event}))


def verify_face(client, headers):
    return client.post(FACE_VERIFICATION, json={"liveness_token": "live-ok"}, headers=headers)


def real_named(client) -> dict:
    headers = login_resident(client)
    assert verify_real_name(client, headers).status_code == 200
    return headers


@pytest.mark.parametrize(
    ("language", "words"), [("zh-CN", "隐私政策"), ("zh-HK", "私隱政策"), ("en", "privacy notice")]
)
def test_the_notice_says_its_version_purposes_and_full_text_in_the_readers_language(
    client, language, words
):
    notice = client.get(NOTICE, headers={"Accept-Language": language}).json

    assert notice["version"] == current_notice().version
    assert words in notice["title"]
    assert {"account", "health_code", "face_verification"} <= {p["id"] for p in notice["purposes"]}
    assert [p["optional"] for p in notice["purposes"] if p["id"] == "face_verification"] == [True]
    assert all(section["heading"] and section["paragraphs"] for section in notice["sections"])
    assert notice["full_text"] == "/mp/#/privacy"


def test_a_new_account_has_not_agreed_to_the_notice_yet(client):
    answer = consents(client, login_resident(client))

    assert answer["needs_agreement"] is True
    assert purpose(answer, "privacy_notice")["status"] == "not_given"
    assert purpose(answer, "face_verification")["in_force"] is False


def test_agreeing_records_the_notice_version_and_when(client, db, wiring):
    headers = login_resident(client)
    now = wiring.clock()

    response = agree_to_notice(client, headers)

    assert response.status_code == 200
    notice = purpose(response.json, "privacy_notice")
    assert (notice["status"], notice["version"], notice["in_force"]) == (
        "granted",
        current_notice().version,
        True,
    )
    assert notice["changed_at"] >= now.isoformat()[:19]
    assert consents(client, headers)["needs_agreement"] is False
    [event] = audit_events(db, "consent.granted")
    assert event["details"]["version"] == current_notice().version


def test_agreeing_again_to_the_same_version_changes_nothing(client, db, wiring):
    headers = login_resident(client)
    first = purpose(agree_to_notice(client, headers).json, "privacy_notice")
    wiring.clock.move(minutes=5)

    again = purpose(agree_to_notice(client, headers).json, "privacy_notice")

    assert again["changed_at"] == first["changed_at"]
    assert len(audit_events(db, "consent.granted")) == 1


def test_agreeing_to_a_version_not_in_force_is_refused_beside_it(client):
    response = agree_to_notice(client, login_resident(client), version="0.9")

    assert response.status_code == 409
    assert response.json["error"] == "consent.version_outdated"
    assert current_notice().version in response.json["message"]
    assert response.json["errors"]["version"]


def test_a_newer_notice_asks_a_resident_who_agreed_to_the_old_one_again(
    client, container, monkeypatch
):
    headers = login_resident(client)
    agree_to_notice(client, headers)
    newer = replace(current_notice(), version="99.0")
    monkeypatch.setattr(container.consents, "notice", newer)

    before = consents(client, headers)
    agreed = agree_to_notice(client, headers, version="99.0").json

    assert before["needs_agreement"] is True
    assert purpose(before, "privacy_notice")["version"] == current_notice().version
    assert agreed["needs_agreement"] is False
    assert purpose(agreed, "privacy_notice")["version"] == "99.0"


def test_face_verification_is_refused_without_its_own_consent(client):
    headers = real_named(client)
    agree_to_notice(client, headers)  # the notice alone does not cover a face

    response = verify_face(client, headers)

    assert response.status_code == 403
    assert response.json["error"] == "consent.face_verification_required"
    assert client.get("/api/v1/me", headers=headers).json["level"] == "L2"


def test_with_its_consent_face_verification_raises_to_l3(client):
    headers = real_named(client)
    grant_face_consent(client, headers)

    assert verify_face(client, headers).json["level"] == "L3"


def test_withdrawing_face_consent_stops_face_checks_and_drops_their_result(client, db):
    headers = real_named(client)
    grant_face_consent(client, headers)
    verify_face(client, headers)

    withdrawn = client.delete(f"{CONSENTS}/face_verification", headers=headers)

    assert withdrawn.status_code == 200
    face = purpose(withdrawn.json, "face_verification")
    assert (face["status"], face["in_force"]) == ("withdrawn", False)
    me = client.get("/api/v1/me", headers=headers).json
    assert (me["level"], me["face_verified_at"]) == ("L2", None)
    assert verify_face(client, headers).json["error"] == "consent.face_verification_required"
    assert len(audit_events(db, "consent.withdrawn")) == 1
    assert len(audit_events(db, "resident.face_forgotten")) == 1


def test_withdrawing_twice_answers_the_same_and_is_audited_once(client, db):
    headers = real_named(client)
    grant_face_consent(client, headers)
    first = client.delete(f"{CONSENTS}/face_verification", headers=headers).json

    second = client.delete(f"{CONSENTS}/face_verification", headers=headers)

    assert second.status_code == 200 and second.json == first
    assert len(audit_events(db, "consent.withdrawn")) == 1


def test_consent_can_be_given_again_after_a_withdrawal(client):
    headers = real_named(client)
    grant_face_consent(client, headers)
    client.delete(f"{CONSENTS}/face_verification", headers=headers)

    grant_face_consent(client, headers)

    assert verify_face(client, headers).status_code == 200


def test_agreement_to_the_notice_cannot_be_withdrawn_on_its_own(client):
    headers = login_resident(client)
    agree_to_notice(client, headers)

    response = client.delete(f"{CONSENTS}/privacy_notice", headers=headers)

    assert response.status_code == 409
    assert response.json["error"] == "consent.required_purpose"
    assert consents(client, headers)["needs_agreement"] is False


@pytest.mark.parametrize("method", ["put", "delete"])
def test_an_unknown_purpose_is_not_found(client, method):
    body = {"json": {"version": notice_version(client)}} if method == "put" else {}
    response = getattr(client, method)(
        f"{CONSENTS}/marketing", headers=login_resident(client), **body
    )

    assert response.status_code == 404
    assert response.json["error"] == "consent.unknown_purpose"


def test_one_residents_consent_is_not_anothers(client):
    mine, theirs = login_resident(client, "13800000011"), login_resident(client, "13800000012")
    agree_to_notice(client, mine)
    grant_face_consent(client, mine)

    assert consents(client, theirs)["needs_agreement"] is True
    assert purpose(consents(client, theirs), "face_verification")["status"] == "not_given"


def test_consents_need_a_resident_login(client):
    assert client.get(CONSENTS).status_code == 401
    assert client.put(f"{CONSENTS}/privacy_notice", json={"version": "1.0"}).status_code == 401


def test_every_published_notice_loads_in_three_languages():
    for path in NOTICES.glob("privacy-*.toml"):
        notice = load_notice(path)
        assert path.stem == f"privacy-{notice.version}"
        assert any(p.optional for p in notice.purposes)


def test_a_notice_missing_a_language_is_refused(tmp_path):
    text = (NOTICES / f"privacy-{current_notice().version}.toml").read_text(encoding="utf-8")
    broken = tmp_path / f"privacy-{current_notice().version}.toml"
    broken.write_text(text.replace('en = "Shengshi privacy notice"\n', ""), encoding="utf-8")

    with pytest.raises(ValueError, match="en"):
        load_notice(broken)
