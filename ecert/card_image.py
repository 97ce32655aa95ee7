"""Draw a certificate as an image (证照图片) under the purpose watermark (用途水印) typed.

A copy handed over for one purpose says so across the whole image ("仅供办理银行开户使用
2025-03-01"), tiled diagonally under and over the text, so it cannot be passed off for
another purpose. Chinese text needs a CJK font (Debian's fonts-wqy-microhei, as the venue
posters use); without one the image is refused rather than drawn without its watermark.
"""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw, ImageFont

from core.text import printable
from ecert.catalogue import get_type

WIDTH, MARGIN = 1000, 48
HEADER, LINE, FOOTER = 150, 54, 90
_INK, _GREY, _BAND = (0x1F, 0x1F, 0x1F), (0x70, 0x70, 0x70), (0xC8, 0x1E, 0x1E)
WATERMARK_RGBA = (0xC8, 0x1E, 0x1E, 72)
WATERMARK_ANGLE = 30


def watermark_text(purpose: str, day: str) -> str:
    """Return the watermark line for a purpose and the day the copy was made."""
    return f"仅供{purpose}使用 {day}"


def render_certificate_png(record: dict, watermark: str, font_path: str) -> bytes:
    """Return a PNG of the certificate's full content under the watermark."""
    lines = _lines(record)
    height = HEADER + LINE * len(lines) + FOOTER
    image = Image.new("RGB", (WIDTH, height), (0xFF, 0xFF, 0xFF))
    draw = ImageDraw.Draw(image)
    certificate_type = get_type(record["type"])
    draw.rectangle((0, 0, WIDTH, 12), fill=_BAND)
    draw.text((MARGIN, 60), certificate_type.name("zh-CN"), font=_font(font_path, 44), fill=_INK)
    draw.text((MARGIN, 112), record["issuer_name"], font=_font(font_path, 24), fill=_GREY)
    y = HEADER
    for label, value in lines:
        draw.text((MARGIN, y), label, font=_font(font_path, 26), fill=_GREY)
        draw.text((MARGIN + 230, y), value, font=_font(font_path, 28), fill=_INK)
        y += LINE
    draw.text((MARGIN, y + 24), record["identifier"], font=_font(font_path, 20), fill=_GREY)
    image = Image.alpha_composite(
        image.convert("RGBA"), _watermark(image.size, watermark, font_path)
    )
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def _lines(record: dict) -> list[tuple[str, str]]:
    certificate_type = get_type(record["type"])
    lines = [("持证人", printable(record["holder_name"])), ("证件号码", record["holder_code"])]
    for field in certificate_type.fields:
        value = record["fields"].get(field.name)
        if value is not None and field.kind != "photo":
            lines.append((field.label("zh-CN"), printable(_shown(value))))
    until = record["valid_until"] or "长期"
    lines.append(("有效期限", f"{record['valid_from']} 至 {until}"))
    return lines


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return f"{value.get('line', '')}（{value.get('area', '')}）"
    return str(value)


def _watermark(size: tuple[int, int], text: str, font_path: str) -> Image.Image:
    """Tile the text over a square larger than the image, rotate it, and crop to the image."""
    span = int((size[0] ** 2 + size[1] ** 2) ** 0.5) + 2
    layer = Image.new("RGBA", (span, span), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    font = _font(font_path, 34)
    # Whatever was typed, the layout engine gets one line of characters it can lay out.
    text = printable(text)
    step_x = int(draw.textlength(text, font=font)) + 120
    for row, y in enumerate(range(0, span, 130)):
        for x in range(-(row % 2) * step_x // 2, span, step_x):
            draw.text((x, y), text, font=font, fill=WATERMARK_RGBA)
    rotated = layer.rotate(WATERMARK_ANGLE, resample=Image.Resampling.BICUBIC)
    left, top = (span - size[0]) // 2, (span - size[1]) // 2
    return rotated.crop((left, top, left + size[0], top + size[1]))


@functools.lru_cache(maxsize=16)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)
