import pytest

from ecert.identifiers import (
    ROOT,
    Identifier,
    IdentifierError,
    build_identifier,
    check_character,
    parse_identifier,
)

TYPE_CODE = "114400005BXN8TK7B2001"
ISSUER = "114400005BXN8TK7B2"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def hybrid_mod_37_36_valid(text: str) -> bool:
    """ISO 7064 hybrid system, M = 36: a string (check character last) is valid iff the
    running remainder ends at 1."""
    remainder = 36
    for position, char in enumerate(text):
        remainder = (remainder + ALPHABET.index(char)) % 36 or 36
        if position < len(text) - 1:
            remainder = remainder * 2 % 37
    return remainder == 1


def expected_check(body: str) -> str:
    """The one character of 0-9A-Z that makes body + character valid."""
    (found,) = [char for char in ALPHABET if hybrid_mod_37_36_valid(body + char)]
    return found


def identifier_text(serial="00000042", version=1, check=None) -> str:
    body = f"{TYPE_CODE}{ISSUER}{serial}{version}"
    check = check or expected_check(body)
    return f"{ROOT}.{TYPE_CODE}.{ISSUER}.{serial}.{version}.{check}"


def test_published_iso_7064_example():
    assert check_character("A12425GABC1234002") == "M"


@pytest.mark.parametrize("serial", ["00000001", "00000042", "ZX9", "12345678901234567890"])
def test_identifier_built_in_the_test_parses(serial):
    identifier = parse_identifier(identifier_text(serial))

    assert identifier == Identifier(TYPE_CODE, ISSUER, serial, 1)
    assert str(identifier) == identifier_text(serial)


def test_build_gives_the_standard_layout():
    assert build_identifier(TYPE_CODE, ISSUER, "00000042", 3) == identifier_text(version=3)


def test_wrong_check_character_is_its_own_refusal():
    right = identifier_text()
    wrong = right[:-1] + next(c for c in ALPHABET if c != right[-1])

    with pytest.raises(IdentifierError) as refused:
        parse_identifier(wrong)

    assert refused.value.reason == "check"


def test_every_single_character_substitution_is_caught():
    text = identifier_text()
    body_start = len(ROOT) + 1
    for position in range(body_start, len(text) - 2):
        if text[position] == ".":
            continue
        for char in "0123456789":
            if char == text[position]:
                continue
            changed = text[:position] + char + text[position + 1 :]
            with pytest.raises(IdentifierError):
                parse_identifier(changed)


def test_swapped_serial_digits_are_caught():
    swapped = identifier_text("00000042").replace(".00000042.", ".00000024.")

    with pytest.raises(IdentifierError) as refused:
        parse_identifier(swapped)

    assert refused.value.reason == "check"


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "1.2.156.3005.1." + identifier_text()[len(ROOT) + 1 :],
        identifier_text().replace(".1.", ".0."),
        identifier_text().replace(ISSUER + ".", ISSUER[:-1] + "0."),  # credit code check char
        identifier_text() + ".X",
        identifier_text().lower(),
        identifier_text().replace("00000042", "0000-042"),
    ],
)
def test_malformed_identifiers_are_refused(text):
    with pytest.raises(IdentifierError) as refused:
        parse_identifier(text)

    assert refused.value.reason in ("malformed", "check")


def test_reissue_keeps_the_serial_and_counts_the_version():
    following = parse_identifier(identifier_text()).next_version()

    assert (following.serial, following.version) == ("00000042", 2)
    assert str(following) == identifier_text(version=2)
