"""The message catalogue is complete: every key in three languages, every key used, none missing.

Keys reach the catalogue two ways: as string literals in the code (ServiceError keys, field
errors, schema messages) and built from a reason (f"scan.{reason}"). Each built family is
listed below with the values its reason can take, so a new reason needs its message.
"""

import ast
import re
import string
from pathlib import Path

import pytest

from app.messages import LANGUAGES, MESSAGES
from ecert.grants import EXPIRED as GRANT_EXPIRED
from ecert.grants import WITHDRAWN
from ecert.metadata import EXPIRED, REVOKED
from ecert.reasons import Reason as PresentationReason
from ecert.usage import ACTIONS
from health_code.codes.framing import Refusal
from services.usecases.reasons import REASONS as SERVICE_REASONS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("accounts", "api", "app", "core", "ecert", "health_code", "identity", "services")
DOCUMENT_REASONS = ("format", "check_digit", "birth_date", "region", "unknown_type")
SIGNATURE_REFUSALS = ("malformed", "bad_signature", "unknown_key", "key_retired")
BUILT = {
    "scan.": {r.value for r in Refusal}
    | {"colour_yellow", "colour_red", "unknown_subject"}
    | {"card_revoked"},
    "venue_code.": set(SIGNATURE_REFUSALS),
    "partner.": {r.value for r in Refusal if r != Refusal.OK}
    | {"unknown_region", "too_old", "not_green", "name_mismatch"},
    "identity.document_invalid.": set(DOCUMENT_REASONS),
    "field.": {"control_characters", "combining_marks"},  # core.text.text_problem
    "ecert.certificate_": {EXPIRED, REVOKED},
    "ecert.grant_": {GRANT_EXPIRED, WITHDRAWN},
    # The verification answer names its reason in words (one message per reason).
    "ecert.verify.": {reason.value for reason in PresentationReason},
    # Labels of the claims every certificate or its derived facts carry; usage-log actions.
    "ecert.claim.": {"holder_name", "holder_code", "age_over_18", "age_over_60"}
    | {"household_in_guangdong"},
    "ecert.usage.": set(ACTIONS),
    # The services engine's field reasons, keyed by services.usecases.reasons.
    "services.field.": {*SERVICE_REASONS, "invalid"},
}
KEY = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")
AREAS = {key.split(".")[0] for key in MESSAGES}


def source_files():
    for package in SOURCES:
        for path in (ROOT / package).rglob("*.py"):
            if "messages" not in path.parts:
                yield path


def audit_event_names(tree: ast.AST) -> set[int]:
    """The literals naming audit-trail events: they look like keys but name no message."""
    nodes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "record":
            if node.args and isinstance(node.args[0], ast.Constant):
                nodes.add(id(node.args[0]))
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            if any(getattr(target, "id", "").endswith("EVENT") for target in node.targets):
                nodes.add(id(node.value))
    return nodes


def literals_and_prefixes() -> tuple[set[str], set[str]]:
    """Return the string literals that look like catalogue keys, and f-string key prefixes."""
    literals, prefixes = set(), set()
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        fstrings = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)]
        not_keys = audit_event_names(tree) | {id(part) for node in fstrings for part in node.values}
        for node in fstrings:
            head = node.values[0]
            if isinstance(head, ast.Constant) and re.fullmatch(r"[a-z_]+\.[a-z_.]*", head.value):
                prefixes.add(head.value)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if id(node) not in not_keys and KEY.fullmatch(text) and text.split(".")[0] in AREAS:
                    literals.add(text)
    return literals, prefixes


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


LITERALS, PREFIXES = literals_and_prefixes()
BUILT_KEYS = {prefix + value for prefix, values in BUILT.items() for value in values}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_three_languages_with_the_same_placeholders(key):
    texts = MESSAGES[key]
    assert tuple(texts) == LANGUAGES
    assert all(text.strip() for text in texts.values())
    assert len({frozenset(placeholders(text)) for text in texts.values()}) == 1


def test_every_key_named_in_the_code_is_in_the_catalogue():
    assert sorted(LITERALS - set(MESSAGES)) == []


def test_every_built_key_family_is_known_and_complete():
    key_prefixes = {prefix for prefix in PREFIXES if prefix.split(".")[0] in AREAS}
    assert key_prefixes <= set(BUILT), "a key built from a reason needs its family listed here"
    assert sorted(BUILT_KEYS - set(MESSAGES)) == []


def test_every_key_in_the_catalogue_is_used():
    assert sorted(set(MESSAGES) - LITERALS - BUILT_KEYS) == []


def test_service_errors_give_the_parameters_their_messages_need():
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ServiceError"):
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and first.value in MESSAGES):
                continue
            given = {keyword.arg for keyword in node.keywords} | {"retry_after"}
            if None in given:  # **params: checked where the params are built
                continue
            needed = placeholders(MESSAGES[first.value]["en"])
            assert needed <= given, (str(path.relative_to(ROOT)), first.value, needed - given)
