"""Draw a presentation token as a QR code (byte mode: base64url, '.', '~' are not in the
alphanumeric set).

Error correction L: a phone screen shows a clean, flat symbol, and L keeps a typical
1,200-character presentation at version 25 (117 modules a side) instead of 29 with M.
"""

from __future__ import annotations

import io

import qrcode
from PIL import Image
from qrcode.util import MODE_8BIT_BYTE, QRData

QUIET_ZONE = 4
MASK_PATTERN = 2  # a fixed mask skips scoring all eight; the data is random-looking anyway


def build_qr(token: str) -> qrcode.QRCode:
    """Lay out `token` as one byte-mode QR segment, error correction L, smallest version."""
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_L,
        border=QUIET_ZONE,
        mask_pattern=MASK_PATTERN,
    )
    qr.add_data(QRData(token.encode("ascii"), mode=MODE_8BIT_BYTE))
    qr.make(fit=True)
    return qr


def render_png(token: str, box_size: int = 4) -> bytes:
    """Return a black-on-white PNG of the token's QR code."""
    matrix = build_qr(token).get_matrix()
    size = len(matrix)
    image = Image.frombytes("1", (size, size), _packed(matrix))
    image = image.resize((size * box_size, size * box_size), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _packed(matrix: list[list[bool]]) -> bytes:
    # Mode "1" wants rows of bits, 1 = white; dark modules are 0.
    rows = []
    for row in matrix:
        bits = "".join("0" if dark else "1" for dark in row)
        bits += "1" * (-len(bits) % 8)
        rows.append(int(bits, 2).to_bytes(len(bits) // 8, "big"))
    return b"".join(rows)
