"""The codewords of a QR symbol holding one alphanumeric segment, computed quickly.

qrcode lays out and masks the symbol; what it spends most of its time on is building these
codewords — a bit buffer filled one bit at a time, and Reed–Solomon division with list
polynomials. Here the segment's bits are one integer and each block's remainder is kept in
one integer too, with a table of the generator polynomial times every byte, so one data
byte costs one shift, one table read and one XOR. qrcode's own tables (block structure,
Galois-field logarithms, length fields) are used, and a test holds the result to
qrcode.util.create_data for every version and many tokens.
"""

from functools import lru_cache

from qrcode import base, util

_ALPHANUMERIC = {char: value for value, char in enumerate(util.ALPHA_NUM.decode("ascii"))}
_PADDING = bytes([util.PAD0, util.PAD1])


def codewords(text: str, version: int, error_correction: int) -> list[int]:
    """Return the interleaved data and error-correction codewords, as qrcode's create_data."""
    blocks = base.rs_blocks(version, error_correction)
    capacity = sum(block.data_count for block in blocks)
    data = _data_bytes(text, version, capacity)
    data_parts, ec_parts, offset = [], [], 0
    for block in blocks:
        part = data[offset : offset + block.data_count]
        offset += block.data_count
        data_parts.append(part)
        ec_parts.append(_remainder(part, block.total_count - block.data_count))
    return _interleave(data_parts) + _interleave(ec_parts)


def _data_bytes(text: str, version: int, capacity: int) -> bytes:
    length_bits = util.length_in_bits(util.MODE_ALPHA_NUM, version)
    value, size = util.MODE_ALPHA_NUM, 4
    value, size = (value << length_bits) | len(text), size + length_bits
    for start in range(0, len(text) - 1, 2):
        pair = _ALPHANUMERIC[text[start]] * 45 + _ALPHANUMERIC[text[start + 1]]
        value, size = (value << 11) | pair, size + 11
    if len(text) % 2:
        value, size = (value << 6) | _ALPHANUMERIC[text[-1]], size + 6
    if size > capacity * 8:
        raise ValueError(f"{len(text)} characters do not fit QR version {version}")
    terminator = min(4, capacity * 8 - size)  # up to four 0 bits, then to a whole byte
    value, size = value << terminator, size + terminator
    value, size = value << (-size % 8), size + (-size % 8)
    data = value.to_bytes(size // 8, "big")
    return data + (_PADDING * capacity)[: capacity - len(data)]


def _remainder(data: bytes, ec_count: int) -> bytes:
    table, mask, top = _generator_table(ec_count), (1 << 8 * ec_count) - 1, 8 * (ec_count - 1)
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & mask) ^ table[byte ^ (remainder >> top)]
    return remainder.to_bytes(ec_count, "big")


@lru_cache(maxsize=32)
def _generator_table(ec_count: int) -> list[int]:
    """For each byte f, f times the generator polynomial (leading term dropped), as an int."""
    generator = [1]  # coefficients, highest degree first: product of (x - α^i)
    for i in range(ec_count):
        generator = _times_linear(generator, base.gexp(i))
    table = [0]
    for factor in range(1, 256):
        row = [0 if c == 0 else base.gexp(base.glog(c) + base.glog(factor)) for c in generator[1:]]
        table.append(int.from_bytes(bytes(row), "big"))
    return table


def _times_linear(poly: list[int], root: int) -> list[int]:
    product = poly + [0]
    for i, coefficient in enumerate(poly):
        if coefficient:
            product[i + 1] ^= base.gexp(base.glog(coefficient) + base.glog(root))
    return product


def _interleave(parts: list[bytes]) -> list[int]:
    longest = max(len(part) for part in parts)
    return [part[i] for i in range(longest) for part in parts if i < len(part)]
