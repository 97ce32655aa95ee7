"""Draw the printable venue-code poster: title, venue name, black QR code, caption."""

from __future__ import annotations

import functools
import io
import logging
import os
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from core.text import printable
from health_code.codes.qr import black_qr_image

log = logging.getLogger(__name__)

# Debian's fonts-wqy-microhei first (what run.sh and test.sh install), then fonts-noto-cjk.
CJK_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
)
TITLE, TITLE_LATIN = "场所码", "Venue code"
CAPTION = "请使用粤省事扫码登记 / Scan to check in"
CAPTION_LATIN = "Scan to check in"
WIDTH, HEIGHT = 1200, 1600  # portrait; 20 × 27 cm at 150 dpi
BAND_HEIGHT = 200
QR_TOP, QR_SPAN = 420, 900
MARGIN = 60
_GREEN, _WHITE, _BLACK = (0x1A, 0xAD, 0x19), (0xFF, 0xFF, 0xFF), (0x00, 0x00, 0x00)


@dataclass(frozen=True)
class Poster:
    png: bytes
    font_missing: bool  # no CJK font: drawn without the Chinese lines


def find_cjk_font(candidates=CJK_FONT_CANDIDATES) -> str | None:
    """Return the first CJK font file that exists, or None."""
    return next((path for path in candidates if os.path.isfile(path)), None)


@functools.lru_cache(maxsize=32)
def _font(path: str | None, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size) if path else ImageFont.load_default(size)


def render_venue_poster(token: str, venue_name: str, candidates=CJK_FONT_CANDIDATES) -> Poster:
    """Return the poster PNG of a venue token; without a CJK font, leave out the Chinese text."""
    font_path = find_cjk_font(candidates)
    image = Image.new("RGB", (WIDTH, HEIGHT), _WHITE)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, BAND_HEIGHT), fill=_GREEN)
    _paste_qr(image, token)
    if font_path:
        _centred(draw, TITLE, _font(font_path, 96), BAND_HEIGHT // 2, _WHITE)
        _draw_name(draw, venue_name, font_path)
        _centred(draw, CAPTION, _font(font_path, 44), QR_TOP + QR_SPAN + 90, _BLACK)
    else:
        log.warning(
            "no CJK font found (install fonts-wqy-microhei); "
            "venue poster drawn without its Chinese text"
        )
        _centred(draw, TITLE_LATIN, _font(None, 88), BAND_HEIGHT // 2, _WHITE)
        _centred(draw, CAPTION_LATIN, _font(None, 56), QR_TOP + QR_SPAN + 90, _BLACK)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return Poster(buffer.getvalue(), font_missing=font_path is None)


def _paste_qr(image: Image.Image, token: str) -> None:
    # Black on white whatever the visitor's colour: the poster names a place, not a person.
    modules = black_qr_image(token, QR_SPAN)
    image.paste(modules, ((WIDTH - modules.width) // 2, QR_TOP + (QR_SPAN - modules.height) // 2))


def _draw_name(draw, venue_name: str, font_path: str) -> None:
    # Names stored by earlier releases may hold what the layout engine cannot draw: draw a
    # printable version, and leave the name out rather than fail the whole poster.
    name = printable(venue_name, limit=60)
    try:
        _centred(draw, *_fitted(draw, name, font_path), (BAND_HEIGHT + QR_TOP) // 2, _BLACK)
    except (OSError, ValueError) as error:
        log.warning("venue name could not be drawn on the poster: %s", error)


def _fitted(draw, text: str, font_path: str) -> tuple[str, ImageFont.FreeTypeFont]:
    """Shrink a long venue name to fit the width, and cut it with an ellipsis past that."""
    usable = WIDTH - 2 * MARGIN
    for size in (72, 64, 56, 48, 40):
        font = _font(font_path, size)
        if draw.textlength(text, font=font) <= usable:
            return text, font
    while len(text) > 1 and draw.textlength(text + "…", font=font) > usable:
        text = text[:-1]
    return text + "…", font


def _centred(draw, text: str, font, middle_y: int, fill) -> None:
    draw.text((WIDTH // 2, middle_y), text, font=font, fill=fill, anchor="mm")
