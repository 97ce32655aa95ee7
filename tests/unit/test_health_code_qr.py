import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from qrcode.util import MODE_ALPHA_NUM

from health_code.codes.health_token import TokenClaims, issue_token
from health_code.codes.qr import MASK_PATTERN, MODULE_COLOURS, build_qr, render_qr_png
from signing_keys import generate_key
from tests.qr_reader import qr_texts as decode

NOW = datetime(2025, 3, 1, 8, 0, 0, tzinfo=UTC)
WHITE = (255, 255, 255)


def make_token(colour: str = "green", masked_name: str = "张*明") -> str:
    claims = TokenClaims(
        colour, "00112233445566778899", masked_name, NOW, NOW + timedelta(minutes=5)
    )
    return issue_token(claims, generate_key(NOW))


@pytest.mark.parametrize("colour", ["green", "yellow", "red"])
@pytest.mark.parametrize("box_size", [3, 8])
def test_png_decodes_to_the_exact_token(colour, box_size):
    token = make_token(colour)

    assert decode(render_qr_png(token, colour, box_size)) == [token]


@pytest.mark.parametrize("colour", ["green", "yellow", "red"])
def test_modules_are_drawn_in_the_code_colour_on_white(colour):
    image = Image.open(io.BytesIO(render_qr_png(make_token(colour), colour))).convert("RGB")

    assert {rgb for _, rgb in image.getcolors()} == {WHITE, MODULE_COLOURS[colour]}


def test_symbol_is_version_6_with_a_four_module_quiet_zone():
    box = 8
    image = Image.open(io.BytesIO(render_qr_png(make_token(), "green", box))).convert("RGB")
    modules = 41 + 2 * 4

    assert image.size == (modules * box, modules * box)
    quiet = image.crop((0, 0, image.width, 4 * box))
    assert quiet.getcolors() == [(quiet.width * quiet.height, WHITE)]
    assert image.getpixel((4 * box, 4 * box)) == MODULE_COLOURS["green"]  # finder corner


def test_longest_masked_name_still_fits_version_6():
    token = make_token(masked_name="A**** W*****")

    assert build_qr(token).version == 6


def test_token_is_encoded_as_one_alphanumeric_segment_with_the_fixed_mask():
    qr = build_qr(make_token())

    assert [segment.mode for segment in qr.data_list] == [MODE_ALPHA_NUM]
    assert qr.mask_pattern == MASK_PATTERN


def test_text_outside_the_alphanumeric_set_is_refused():
    with pytest.raises(ValueError):
        render_qr_png("hc1:lowercase", "green")


def test_unknown_colour_is_refused():
    with pytest.raises(ValueError, match="colour"):
        render_qr_png(make_token(), "blue")
