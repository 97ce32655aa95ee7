"""The health-code QR image: scannable by real decoders, drawn in the code's colour."""

import colorsys
import io
import shutil
import subprocess

import pytest
from PIL import Image

from core.clock import utcnow
from health_code.codes.health_token import verify_token
from tests.factories import login_resident
from tests.health_code_factories import published_keys, real_named, set_colour
from tests.qr_reader import qr_texts

# Hue in degrees of each code colour, with room for any reasonable shade of it.
HUES = {"green": (90, 150), "yellow": (30, 60), "red": (-15, 15)}


def decode_with_zbar(png: bytes, tmp_path) -> str:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed (Debian package zbar-tools; test.sh installs it)")
    path = tmp_path / "code.png"
    path.write_bytes(png)
    done = subprocess.run(
        ["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.removesuffix("\n")


def decode_with_zxing(png: bytes, tmp_path) -> str:
    (text,) = qr_texts(png)
    return text


def fetch_qr(client, headers, **query):
    return client.get("/api/v1/health-code/qr.png", headers=headers, query_string=query)


def module_hue(png: bytes) -> float:
    """Return the hue (degrees, -180..180) of the one non-white colour in the image."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    (dark,) = {pixel for _, pixel in image.getcolors(maxcolors=16)} - {(255, 255, 255)}
    hue = colorsys.rgb_to_hsv(*(channel / 255 for channel in dark))[0] * 360
    return hue - 360 if hue > 180 else hue


@pytest.mark.parametrize("decode", [decode_with_zbar, decode_with_zxing])
def test_qr_decodes_to_a_token_that_verifies(client, tmp_path, decode):
    headers = real_named(client)
    response = fetch_qr(client, headers)
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    token = decode(response.data, tmp_path)
    result = verify_token(token, published_keys(client), utcnow())
    assert result.valid, result.reason
    assert result.claims.masked_name == "陈*明"


@pytest.mark.parametrize("colour", ["green", "yellow", "red"])
def test_qr_modules_are_drawn_in_the_code_colour(client, container, tmp_path, colour):
    headers = real_named(client)
    set_colour(client, container, colour)
    png = fetch_qr(client, headers).data
    low, high = HUES[colour]
    assert low <= module_hue(png) <= high
    token = decode_with_zxing(png, tmp_path)
    assert verify_token(token, published_keys(client), utcnow()).claims.colour == colour


def test_qr_is_never_cached(client):
    response = fetch_qr(client, real_named(client))
    assert response.headers["Cache-Control"] == "no-store"


def test_qr_size_sets_pixels_per_module(client):
    headers = real_named(client)
    small, large = (
        Image.open(io.BytesIO(fetch_qr(client, headers, size=size).data)) for size in (4, 8)
    )
    assert large.width == 2 * small.width


@pytest.mark.parametrize("size", [0, 1, 21, "big"])
def test_qr_size_out_of_range_is_refused(client, size):
    assert fetch_qr(client, real_named(client), size=size).status_code == 422


def test_qr_needs_a_real_name(client):
    response = fetch_qr(client, login_resident(client))
    assert response.status_code == 403
    assert response.json["error"] == "identity.needs_real_name"
