"""Unified social credit codes (统一社会信用代码, GB 32100-2015) of departments and companies.

18 characters: registration authority (1), organisation kind (1), region code (6),
organisation code (9), check character (1). The alphabet leaves out I, O, S, V and Z.
"""

import re

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_SHAPE = re.compile(rf"[{ALPHABET}]{{18}}")


def credit_code_check_char(first17: str) -> str:
    """Return the GB 32100 check character for the first 17 characters of a code."""
    if len(first17) != 17 or any(char not in ALPHABET for char in first17):
        raise ValueError("a credit code body is 17 characters of the GB 32100 alphabet")
    pairs = zip(first17, _WEIGHTS, strict=True)
    total = sum(ALPHABET.index(char) * weight for char, weight in pairs)
    return ALPHABET[(31 - total % 31) % 31]


def is_valid_credit_code(code: object) -> bool:
    """Say whether code is 18 characters of the alphabet ending in its right check character."""
    return (
        isinstance(code, str)
        and bool(_SHAPE.fullmatch(code))
        and credit_code_check_char(code[:17]) == code[17]
    )
