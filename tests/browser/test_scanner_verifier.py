"""The browser's token verifier agrees with the server's, with either Ed25519 engine, and the
camera's decoder reads a rendered QR code."""

from dataclasses import replace
from datetime import timedelta

import pytest

from core.clock import utcnow
from health_code.codes.health_token import FRAMING, verify_token
from signing_keys import KeySet, generate_key
from tests.browser.journeys import wait_until_drawn
from tests.health_code_factories import signed_token, stranger_key, with_colour

pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt")

SUBJECT = "0123456789abcdef0123"
VERIFY_IN_BROWSER = """async ([tokens, keys, now, engine]) => {
  const { verifyToken } = await import('/mp/js/scanner/verify.js');
  const answers = [];
  for (const token of tokens) {
    const check = await verifyToken(token, keys, now, { engine });
    const c = check.claims;
    answers.push([check.reason, c && [c.colour, c.kind, c.subjectId, c.maskedName,
      c.issuedAt / 1000, c.expiresAt / 1000]]);
  }
  return answers;
}"""


def sealed(key, flags: int, name: bytes, lifetime: int = 300, issued=None) -> str:
    """Sign a body laid out by hand (to reach the corners a well-behaved issuer never makes)."""
    at = int((issued or utcnow()).timestamp())
    body = bytes.fromhex(SUBJECT) + at.to_bytes(4, "big") + lifetime.to_bytes(3, "big") + name
    return FRAMING.seal(flags, body, key)


def token_cases(now):
    """Tokens of every verdict, and the key set that judges them."""
    key = generate_key(now - timedelta(days=1))
    retired = generate_key(now - timedelta(days=2), avoid=[key.kid])
    keys = KeySet([key.public_entry(), retired.public_entry()]).retire(retired.kid, now)
    valid = signed_token(key, SUBJECT, now - timedelta(seconds=5))
    tokens = [
        valid,
        signed_token(key, SUBJECT, now - timedelta(minutes=1), colour="red"),
        signed_token(key, SUBJECT, now - timedelta(minutes=10)),  # expired
        signed_token(key, SUBJECT, now + timedelta(seconds=20)),  # within the leeway
        signed_token(key, SUBJECT, now + timedelta(minutes=2)),  # not yet valid
        with_colour(valid, "yellow"),  # tampered
        valid[:-3] + ("A" if valid[-3] != "A" else "B") + valid[-2:],  # signature altered
        signed_token(stranger_key(key.kid), SUBJECT, now),  # another key claiming our kid
        signed_token(stranger_key("zz9"), SUBJECT, now),  # unknown kid
        signed_token(replace(retired, not_after=now + timedelta(days=1)), SUBJECT, now),
        sealed(key, 0b0011, "陈*明".encode()),  # colour 3 does not exist
        sealed(key, 0b1100, "陈*明".encode()),  # kind 3 does not exist
        sealed(key, 0b0000, "陈小明".encode()),  # an unmasked name
        sealed(key, 0b0000, b"\xe9\x99\x88*\xff"),  # not UTF-8
        sealed(key, 0b0000, "陈*\u200b".encode()),  # a format character
        sealed(key, 0b0000, b"", lifetime=0),
        sealed(key, 0b1001, b""),  # a card without a name: valid
        "HC1:",
        "hello",
        "HC1:" + "A" * 400,
        "HC1:" + valid[4:] + "Z",  # a lone Base45 character
        "HC1:GGW",  # a Base45 group out of range
    ]
    return tokens, keys


def server_answers(tokens, keys, now):
    answers = []
    for token in tokens:
        check = verify_token(token, keys, now)
        c = check.claims
        claims = c and [
            c.colour,
            c.kind,
            c.subject_id,
            c.masked_name,
            c.issued_at.timestamp(),
            c.expires_at.timestamp(),
        ]
        answers.append([str(check.reason), claims])
    return answers


@pytest.mark.parametrize("engine", ["webcrypto", "noble"])
def test_the_browser_verifier_agrees_with_the_server(page, engine):
    now = utcnow()
    tokens, keys = token_cases(now)
    expected = server_answers(tokens, keys, now)
    assert {reason for reason, _ in expected} == {
        "ok",
        "expired",
        "not_yet_valid",
        "bad_signature",
        "unknown_key",
        "key_retired",
        "malformed",
    }
    page.goto("/mp/")
    wait_until_drawn(page)
    moment = now.timestamp() * 1000
    found = page.evaluate(VERIFY_IN_BROWSER, [tokens, keys.to_dict(), moment, engine])
    assert found == expected


def test_the_camera_decoder_reads_a_rendered_qr(page, client):
    token = signed_token(generate_key(utcnow()), SUBJECT, utcnow())
    page.goto("/mp/")
    wait_until_drawn(page)
    decoded = page.evaluate(
        """async (token) => {
          const { drawQr } = await import('/mp/js/qr.js');
          const { decodeImageData } = await import('/mp/js/scanner/camera.js');
          const canvas = Object.assign(document.createElement('canvas'), {width: 240, height: 240});
          document.body.append(canvas);
          drawQr(canvas, token, '#137a12');
          // A photographed code is smaller and off-centre: draw it so on a grey frame.
          const frame = Object.assign(document.createElement('canvas'), {width: 480, height: 360});
          const context = frame.getContext('2d');
          context.fillStyle = '#8a8f98';
          context.fillRect(0, 0, 480, 360);
          context.drawImage(canvas, 150, 70, 200, 200);
          const { width, height } = canvas; // drawQr sizes it to whole device pixels per module
          return [
            await decodeImageData(canvas.getContext('2d').getImageData(0, 0, width, height)),
            await decodeImageData(context.getImageData(0, 0, 480, 360)),
            await decodeImageData(new ImageData(64, 64)),
          ];
        }""",
        token,
    )
    assert decoded == [token, token, None]
