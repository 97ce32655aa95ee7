"""Base45 (RFC 9285): the fast codec agrees with the RFC's definition on every input."""

import os

import pytest

from health_code.codes.base45 import base45_decode, base45_encode

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def reference_encode(data: bytes) -> str:
    """RFC 9285 §4, written out: each two bytes n = a*256 + b is c + 45*d + 45²*e."""
    out = []
    for start in range(0, len(data), 2):
        chunk = data[start : start + 2]
        n = int.from_bytes(chunk, "big")
        for _ in range(3 if len(chunk) == 2 else 2):
            n, digit = divmod(n, 45)
            out.append(ALPHABET[digit])
    return "".join(out)


@pytest.mark.parametrize("size", [0, 1, 2, 3, 92, 93, 128, 129, 255])
def test_encoding_is_the_rfcs(size):
    for _ in range(20):
        data = os.urandom(size)
        assert base45_encode(data) == reference_encode(data)
        assert base45_decode(reference_encode(data)) == data


def test_the_rfcs_own_examples():
    assert base45_encode(b"AB") == "BB8"
    assert base45_encode(b"Hello!!") == "%69 VD92EX0"
    assert base45_encode(b"base-45") == "UJCLQE7W581"
    assert base45_decode("QED8WEX0") == b"ietf!"


@pytest.mark.parametrize(
    "text",
    [
        "A",  # a lone character
        "GGW",  # 65536: one above a two-byte group
        ":::",  # 91124: far above
        "::",  # 2024: above a single byte
        "ab",  # lower case is not in the alphabet
        "AB#",
        "ÄBC",
        "B8\x00",
    ],
)
def test_what_is_not_base45_is_refused(text):
    with pytest.raises(ValueError):
        base45_decode(text)
