"""Reading QR codes back from images, as a phone's scanner would.

Only QR symbols are looked for: with every format enabled, a reader sometimes finds a
short linear barcode inside a QR code's modules, which no scanner of ours would accept.
"""

import io

import zxingcpp
from PIL import Image


def qr_texts(image: bytes | Image.Image) -> list[str]:
    """The text of every QR code in a PNG (bytes) or an already opened image."""
    if isinstance(image, bytes | bytearray):
        image = Image.open(io.BytesIO(image))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found]
