"""The unified social credit code (GB 32100) an individual business gets when registered.

18 characters: registration authority 9 (market regulation), kind 2 (个体工商户), the
registering region (GB/T 2260), a 9-character organisation code (8 characters and a
GB 11714 check character) and the GB 32100 check character. The 8 characters number the
registration: its China day and the case's daily sequence, so no two cases share one.
"""

from datetime import date

from identity.credit_code import ALPHABET, credit_code_check_char

INDIVIDUAL_BUSINESS = "92"
_EPOCH = date(2000, 1, 1)
_GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_GB11714_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SEQUENCE_SPACE = 100_000


def individual_business_code(region: str, case_number: str) -> str:
    """Return the credit code of the business a case registers (case number: …yyyymmdd + seq)."""
    day = date(int(case_number[34:38]), int(case_number[38:40]), int(case_number[40:42]))
    serial = (day - _EPOCH).days * _SEQUENCE_SPACE + int(case_number[42:]) % _SEQUENCE_SPACE
    body = _base31(serial, 8)
    first17 = INDIVIDUAL_BUSINESS + region + body + organisation_check_char(body)
    return first17 + credit_code_check_char(first17)


def organisation_check_char(body: str) -> str:
    """Return the GB 11714 check character of an 8-character organisation code body."""
    total = sum(_GB11714_VALUES.index(c) * w for c, w in zip(body, _GB11714_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def _base31(number: int, width: int) -> str:
    digits = []
    for _ in range(width):
        number, digit = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[digit])
    return "".join(reversed(digits))
