"""Draw a health-code token as a PNG QR code in the colour of the code."""

from __future__ import annotations

import functools
import io

import qrcode
from PIL import Image
from qrcode.util import MODE_ALPHA_NUM, QRData

from health_code.codes.qr_codewords import codewords

MODULE_COLOURS = {
    "green": (0x1A, 0xAD, 0x19),
    "yellow": (0xF5, 0xA6, 0x23),
    "red": (0xE6, 0x43, 0x40),
}
QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks
# A fixed mask lets qrcode skip trying all eight masks and scoring each one, which is most
# of its cost; tokens are random-looking Base45, so no mask is reliably better than another.
MASK_PATTERN = 2
_WHITE = (0xFF, 0xFF, 0xFF)


def build_qr(token: str) -> qrcode.QRCode:
    """Lay out `token` as a QR symbol: alphanumeric mode, error correction M, fixed mask."""
    qr = qrcode.QRCode(
        version=_version_for(len(token)),
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=QUIET_ZONE,
        mask_pattern=MASK_PATTERN,
    )
    qr.add_data(_alphanumeric(token))
    # qrcode reuses data_cache when it is set: hand it the codewords computed the fast way.
    qr.data_cache = codewords(token, qr.version, qr.error_correction)
    qr.make(fit=False)
    return qr


def _alphanumeric(text: str) -> QRData:
    # One explicit alphanumeric segment: left to itself qrcode may split the text into
    # numeric and byte-mode chunks, and a non-alphanumeric character must fail loudly here.
    return QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM)


@functools.lru_cache(maxsize=64)
def _version_for(length: int) -> int:
    # With one alphanumeric segment the smallest version depends only on the length, so
    # fit once per length instead of re-encoding the data for every image (a quarter of the cost).
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(_alphanumeric("0" * length))
    return qr.best_fit()


def module_matrix(token: str) -> list[list[bool]]:
    """Return the dark/light modules of the token's QR symbol, quiet zone included."""
    return build_qr(token).get_matrix()


def render_qr_png(token: str, colour: str, box_size: int = 8) -> bytes:
    """Return a PNG of the token's QR code, modules in the code's colour on white."""
    if colour not in MODULE_COLOURS:
        raise ValueError(f"unknown colour {colour!r}")
    if box_size < 1:
        raise ValueError("box_size must be at least 1")
    matrix = module_matrix(token)
    size = len(matrix)
    # Palette image with one byte per module (0 white, 1 colour), scaled up without smoothing.
    image = Image.frombytes("P", (size, size), b"".join(bytes(row) for row in matrix))
    image.putpalette([*_WHITE, *MODULE_COLOURS[colour]])
    image = image.resize((size * box_size, size * box_size), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", bits=1)
    return buffer.getvalue()


def black_qr_image(token: str, span: int) -> Image.Image:
    """Return the token's QR in black on white, scaled by whole modules to fit `span` pixels.

    For print (venue posters, offline cards): a printed code outlives any colour.
    """
    matrix = module_matrix(token)
    size = len(matrix)
    modules = Image.frombytes(
        "L", (size, size), b"".join(bytes(0 if dark else 255 for dark in row) for row in matrix)
    )
    box = span // size
    return modules.resize((size * box, size * box), Image.Resampling.NEAREST)
