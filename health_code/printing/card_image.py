"""Draw a printable offline code card: black QR code, masked name, expiry (ID-1 card size)."""

from __future__ import annotations

import functools
import io
import logging

from PIL import Image, ImageDraw, ImageFont

from core.clock import CHINA_STANDARD_TIME
from health_code.codes.qr import black_qr_image
from health_code.printing.venue_poster import CJK_FONT_CANDIDATES, find_cjk_font

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1012, 638  # 85.6 × 54 mm at 300 dpi
QR_SPAN = 578  # QR area on the left, quiet zone included
TEXT_LEFT = QR_SPAN + 40
TITLE = "健康码离线码卡"
NAME_LABEL = "姓名"
EXPIRY_LABEL = "有效期至"
NOTE = "作废或过期后无效"
_WHITE, _BLACK, _GREY = (0xFF, 0xFF, 0xFF), (0x00, 0x00, 0x00), (0x66, 0x66, 0x66)


def render_card_png(token: str, masked_name: str, expires_at, *, candidates=None) -> bytes:
    """Return the card PNG; without a CJK font it carries the QR code alone."""
    image = Image.new("RGB", (WIDTH, HEIGHT), _WHITE)
    _paste_qr(image, token)
    font_path = find_cjk_font(candidates or CJK_FONT_CANDIDATES)
    # Missing or unreadable font: a card without its text still scans.
    if font_path is None or not _write_text(image, font_path, masked_name, expires_at):
        _warn_font_missing()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _paste_qr(image: Image.Image, token: str) -> None:
    # Black, not the colour at issue: a card lives for months, and its colour would go stale.
    modules = black_qr_image(token, QR_SPAN)
    offset = (QR_SPAN - modules.width) // 2
    image.paste(modules, (offset, (HEIGHT - modules.height) // 2))


def _write_text(image: Image.Image, font_path: str, masked_name: str, expires_at) -> bool:
    local = expires_at.astimezone(CHINA_STANDARD_TIME)
    lines = (
        (TITLE, 44, _BLACK, 90),
        (NAME_LABEL, 30, _GREY, 200),
        (masked_name, 52, _BLACK, 260),
        (EXPIRY_LABEL, 30, _GREY, 370),
        (local.strftime("%Y-%m-%d %H:%M"), 40, _BLACK, 425),
        (NOTE, 26, _GREY, 540),
    )
    try:
        fonts = [_font(font_path, size) for _text, size, _fill, _y in lines]
    except OSError:
        return False
    draw = ImageDraw.Draw(image)
    for (text, _size, fill, middle_y), font in zip(lines, fonts, strict=True):
        draw.text((TEXT_LEFT, middle_y), text, font=font, fill=fill, anchor="lm")
    return True


@functools.lru_cache(maxsize=16)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@functools.lru_cache(maxsize=1)
def _warn_font_missing() -> None:
    log.warning(
        "no CJK font found (install fonts-wqy-microhei); "
        "code cards are printed without their name and expiry text"
    )
