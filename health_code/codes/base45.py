"""RFC 9285 Base45: bytes as text in the QR alphanumeric alphabet."""

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {char: value for value, char in enumerate(ALPHABET)}


def base45_encode(data: bytes) -> str:
    """Encode bytes as RFC 9285 Base45."""
    chars = []
    for start in range(0, len(data), 2):
        chunk = data[start : start + 2]
        value = int.from_bytes(chunk, "big")
        for _ in range(3 if len(chunk) == 2 else 2):
            value, digit = divmod(value, 45)
            chars.append(ALPHABET[digit])
    return "".join(chars)


def base45_decode(text: str) -> bytes:
    """Decode RFC 9285 Base45; raise ValueError on anything that is not valid Base45."""
    if len(text) % 3 == 1:
        raise ValueError("Base45 length leaves a lone character")
    out = bytearray()
    for start in range(0, len(text), 3):
        group = text[start : start + 3]
        if any(char not in _VALUE for char in group):
            raise ValueError("character outside the Base45 alphabet")
        value = sum(_VALUE[char] * 45**i for i, char in enumerate(group))
        size = 2 if len(group) == 3 else 1
        if value >= 256**size:
            raise ValueError("Base45 group out of range")
        out += value.to_bytes(size, "big")
    return bytes(out)
