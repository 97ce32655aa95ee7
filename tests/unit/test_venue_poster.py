import io
from datetime import UTC, datetime

import pytest
from PIL import Image

from health_code.codes.venue_token import issue_venue_token
from health_code.printing.venue_poster import (
    QR_SPAN,
    QR_TOP,
    WIDTH,
    find_cjk_font,
    render_venue_poster,
)
from signing_keys import generate_key
from tests.qr_reader import qr_texts as decoded

TOKEN = issue_venue_token(
    "65e1a2b3c4d5e6f708192a3b",
    datetime(2025, 3, 1, tzinfo=UTC),
    generate_key(datetime(2025, 3, 1, tzinfo=UTC)),
)
NO_FONTS = ("/nonexistent/font.ttc",)


@pytest.fixture
def cjk_font():
    if find_cjk_font() is None:
        pytest.skip("no CJK font installed (test.sh installs fonts-wqy-microhei)")


def test_poster_qr_reads_back_as_the_venue_token(cjk_font):
    poster = render_venue_poster(TOKEN, "天河城购物中心")
    assert decoded(poster.png) == [TOKEN]
    assert not poster.font_missing


def test_poster_qr_is_black_on_white(cjk_font):
    image = Image.open(io.BytesIO(render_venue_poster(TOKEN, "天河城").png)).convert("RGB")
    qr_area = image.crop((0, QR_TOP, WIDTH, QR_TOP + QR_SPAN))
    assert {colour for _, colour in qr_area.getcolors()} == {(0, 0, 0), (255, 255, 255)}


def test_very_long_name_still_renders_a_readable_poster(cjk_font):
    poster = render_venue_poster(TOKEN, "广州市天河区某某街道某某社区综合服务中心第一分中心" * 3)
    assert decoded(poster.png) == [TOKEN]


def test_without_a_cjk_font_the_poster_is_drawn_and_says_so(caplog):
    poster = render_venue_poster(TOKEN, "天河城", candidates=NO_FONTS)
    assert poster.font_missing
    assert decoded(poster.png) == [TOKEN]
    assert "no CJK font" in caplog.text


def test_font_lookup_takes_the_first_file_that_exists(tmp_path):
    font = tmp_path / "font.ttc"
    font.write_bytes(b"")
    assert find_cjk_font((str(tmp_path / "missing.ttc"), str(font))) == str(font)


HOSTILE_NAMES = [
    "天河\u2028城",  # line separator
    "天河\u2029城",  # paragraph separator
    "天河\n城\r\n广场",
    "\x00\x01\x07\x1b[31m红",
    "\u202e城河天\u202c",  # right-to-left override
    "\u200b\u200d\ufeff",  # zero-width characters only
    "a" + "\u0301" * 500,  # a tower of combining marks
    "\ue000\uf8ff\U000f0000",  # private use
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    "🏥" * 300,
    "城" * 10_000,
    "",
    " \t ",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_any_stored_name_still_gives_a_scannable_poster(cjk_font, name):
    poster = render_venue_poster(TOKEN, name)
    assert decoded(poster.png) == [TOKEN]
