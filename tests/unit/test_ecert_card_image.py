"""The certificate image (证照图片) is drawn whatever text it is given."""

import io

import pytest
from PIL import Image

from ecert.card_image import render_certificate_png, watermark_text
from health_code.printing.venue_poster import find_cjk_font
from tests.unit.test_venue_poster import HOSTILE_NAMES

RECORD = {
    "type": "driving_licence",
    "issuer_name": "深圳市公安局交通警察支队",
    "holder_code": "440304199001011234",
    "fields": {"birth_date": "1990-01-01", "licence_class": "C1"},
    "valid_from": "2024-08-15",
    "valid_until": "2036-08-15",
    "identifier": "44000020240815000001",
}


@pytest.fixture
def font():
    path = find_cjk_font()
    if path is None:
        pytest.skip("no CJK font installed (./test.sh installs fonts-wqy-microhei)")
    return path


@pytest.mark.parametrize("text", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_any_purpose_or_stored_name_still_gives_an_image(font, text):
    record = {**RECORD, "holder_name": text}

    png = render_certificate_png(record, watermark_text(text, "2026-12-02"), font)

    assert Image.open(io.BytesIO(png)).format == "PNG"
