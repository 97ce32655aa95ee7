"""What people type is normalised, and what cannot be shown is refused beside its field."""

import pytest
from bson import ObjectId

from tests.factories import login_resident, login_staff, request_code, valid_resident_id

FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
VENUE = {"name": "天河城", "region_code": "440106", "address": "天河路208号", "type": "mall"}


@pytest.mark.parametrize(
    ("nickname", "reason"),
    [
        ("小明\x00", "field.control_characters"),
        ("小\u2028明", "field.control_characters"),
        ("\u202e明小", "field.control_characters"),
        ("明" + "\u0301" * 8, "field.combining_marks"),
        ("<b>明</b>", "field.markup"),
        ("明" * 33, "field.too_long"),
    ],
)
def test_a_nickname_that_cannot_be_shown_is_refused_and_nothing_changes(client, nickname, reason):
    headers = login_resident(client)
    before = client.get("/api/v1/me", headers=headers).json["nickname"]
    response = client.patch("/api/v1/me", json={"nickname": nickname}, headers=headers)
    assert response.status_code == 422
    assert response.json["errors"]["nickname"] == [message_of(client, reason, nickname)]
    assert client.get("/api/v1/me", headers=headers).json["nickname"] == before


def message_of(client, key: str, nickname: str) -> str:
    from app.i18n import translate

    with client.application.test_request_context():
        return translate(key, {"max": "32"} if key == "field.too_long" else {})


def test_a_nickname_is_composed_and_trimmed_with_its_chinese_punctuation_kept(client):
    headers = login_resident(client)
    response = client.patch(
        "/api/v1/me", json={"nickname": "  Re\u0301ne，小明  "}, headers=headers
    )
    assert response.status_code == 200
    assert response.json["nickname"] == "Rene，小明".replace("e", "\u00e9", 1)


def test_a_document_number_typed_full_width_verifies(client):
    headers = login_resident(client)
    typed = valid_resident_id().translate(FULL_WIDTH)
    body = {"doc_type": "resident_id", "doc_number": typed, "name": "陈小明"}
    response = client.post("/api/v1/me/real-name", json=body, headers=headers)
    assert response.status_code == 200, response.json
    assert response.json["level"] == "L2"


def test_full_width_digits_typed_on_a_chinese_keyboard_log_in(client):
    code = request_code(client, "13800000009")
    full_width = code.translate(FULL_WIDTH)
    response = client.post("/api/v1/auth/tokens", json={"phone": "13800000009", "code": full_width})
    assert response.status_code == 201


@pytest.mark.parametrize("code", ["12345a", "١٢٣٤٥٦", "12 345"])
def test_an_sms_code_of_other_characters_is_refused_beside_the_field(client, code):
    response = client.post("/api/v1/auth/tokens", json={"phone": "13800000009", "code": code})
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["code"]


@pytest.mark.parametrize("name", ["天河\u2028城", "城\n河", "\x00", "  ", "城" * 61])
def test_a_venue_name_the_poster_cannot_draw_is_refused(client, container, name):
    headers = login_staff(client, container, "venue_manager")
    response = client.post("/api/v1/venues", json={**VENUE, "name": name}, headers=headers)
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["name"]


def test_a_venue_stored_with_a_hostile_name_still_prints(client, container, db):
    headers = login_staff(client, container, "venue_manager")
    venue = client.post("/api/v1/venues", json=VENUE, headers=headers).json
    # As an earlier release could have stored it, before names were checked.
    db.venues.update_one({"_id": ObjectId(venue["id"])}, {"$set": {"name": "天河\u2028城\x00"}})
    response = client.get(f"/api/v1/venues/{venue['id']}/poster.png", headers=headers)
    assert response.status_code == 200
    assert response.mimetype == "image/png"
