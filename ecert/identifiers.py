"""E-certificate identifiers (电子证照标识, GB/T 36904): build, parse, check.

    1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check>

type code   21 characters: the defining department's unified social credit code + 3 digits
issuer code 18 characters: the issuing department's unified social credit code
serial      1-20 characters of 0-9A-Z, unique per type and issuer (we issue 8 digits)
version     1-999, written without leading zeros; a re-issue keeps the serial, adds one
check       ISO 7064 MOD 37,36 (the hybrid system, M = 36) over type code, issuer code,
            serial and version joined without dots; one of 0-9A-Z

Every identifier the system reads goes through `parse_identifier`, so a mistyped or altered
identifier is refused for its check character before anything is looked up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from identity.credit_code import is_valid_credit_code

ROOT = "1.2.156.3005.2"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MODULUS = len(ALPHABET)  # 36; the hybrid system also reduces by 37
_TYPE_CODE = re.compile(r"[0-9A-Z]{18}[0-9]{3}")
_SERIAL = re.compile(r"[0-9A-Z]{1,20}")
_VERSION = re.compile(r"[1-9][0-9]{0,2}")
MAX_LENGTH = len(ROOT) + 1 + 21 + 1 + 18 + 1 + 20 + 1 + 3 + 1 + 1


class IdentifierError(ValueError):
    """An identifier was refused: reason 'malformed' (shape) or 'check' (check character)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def check_character(body: str) -> str:
    """Return the ISO 7064 MOD 37,36 check character for `body` (characters 0-9A-Z)."""
    product = _MODULUS
    for char in body:
        value = ALPHABET.find(char)
        if value < 0:
            raise ValueError(f"{char!r} is not in 0-9A-Z")
        total = (product + value) % _MODULUS or _MODULUS
        product = total * 2 % (_MODULUS + 1)
    # The check value c is the one that brings the running sum to 1 (mod 36).
    return ALPHABET[(_MODULUS + 1 - product) % _MODULUS]


@dataclass(frozen=True)
class Identifier:
    type_code: str
    issuer_code: str
    serial: str
    version: int

    def __post_init__(self) -> None:
        if not _TYPE_CODE.fullmatch(self.type_code) or not is_valid_credit_code(
            self.type_code[:18]
        ):
            raise IdentifierError("malformed", "the type code is not a credit code + 3 digits")
        if not is_valid_credit_code(self.issuer_code):
            raise IdentifierError("malformed", "the issuer code is not a unified credit code")
        if not isinstance(self.serial, str) or not _SERIAL.fullmatch(self.serial):
            raise IdentifierError("malformed", "the serial is 1-20 characters of 0-9A-Z")
        if isinstance(self.version, bool) or not isinstance(self.version, int):
            raise IdentifierError("malformed", "the version is a number")
        if not _VERSION.fullmatch(str(self.version)):
            raise IdentifierError("malformed", "the version is 1-999")

    @property
    def body(self) -> str:
        """Return the four checked parts joined without dots."""
        return f"{self.type_code}{self.issuer_code}{self.serial}{self.version}"

    def __str__(self) -> str:
        parts = (ROOT, self.type_code, self.issuer_code, self.serial, str(self.version))
        return ".".join(parts) + "." + check_character(self.body)

    def next_version(self) -> Identifier:
        """Return the identifier of the re-issued certificate: same serial, version + 1."""
        return Identifier(self.type_code, self.issuer_code, self.serial, self.version + 1)


def build_identifier(type_code: str, issuer_code: str, serial: str, version: int = 1) -> str:
    """Return the full identifier text, check character included."""
    return str(Identifier(type_code, issuer_code, serial, version))


def parse_identifier(text: object) -> Identifier:
    """Read an identifier; raise IdentifierError('malformed' or 'check') if it is refused."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH or not text.startswith(ROOT + "."):
        raise IdentifierError("malformed", f"an identifier starts with {ROOT}.")
    parts = text[len(ROOT) + 1 :].split(".")
    if len(parts) != 5 or not _VERSION.fullmatch(parts[3]) or len(parts[4]) != 1:
        raise IdentifierError("malformed", "expected type.issuer.serial.version.check")
    type_code, issuer_code, serial, version, check = parts
    identifier = Identifier(type_code, issuer_code, serial, int(version))
    if check_character(identifier.body) != check:
        raise IdentifierError("check", "the check character does not match")
    return identifier
