import importlib.util
import re
import string
from pathlib import Path

import pytest

from ecert.grants import EXPIRED as GRANT_EXPIRED
from ecert.grants import WITHDRAWN
from ecert.metadata import EXPIRED, REVOKED
from ecert.verification import Reason

REPO_ROOT = Path(__file__).resolve().parents[2]


def load_messages() -> dict:
    # Loaded by path: app/messages.py is still a module while the catalogue becomes a package.
    path = REPO_ROOT / "app" / "messages" / "ecert.py"
    spec = importlib.util.spec_from_file_location("ecert_messages", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MESSAGES


MESSAGES = load_messages()


def engine_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (REPO_ROOT / "ecert").rglob("*.py"))


def keys_raised_by_the_engine() -> set:
    source = engine_source()
    literal = set(re.findall(r'"(ecert\.[a-z_.]+)"', source))
    # Keys built from a state: one per state they can take.
    assert 'f"ecert.certificate_{status}"' in source and 'f"ecert.grant_{state}"' in source
    built = {f"ecert.certificate_{s}" for s in (EXPIRED, REVOKED)}
    built |= {f"ecert.grant_{s}" for s in (GRANT_EXPIRED, WITHDRAWN)}
    return literal | built | {f"ecert.verify.{reason}" for reason in Reason}


def placeholders(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_the_engine_can_produce_has_a_message_and_none_is_stale():
    assert keys_raised_by_the_engine() == set(MESSAGES)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_three_languages_with_the_same_placeholders(key):
    texts = MESSAGES[key]

    assert set(texts) == {"zh-CN", "zh-HK", "en"}
    assert all(text.strip() for text in texts.values())
    assert len({frozenset(placeholders(text)) for text in texts.values()}) == 1
    assert texts["en"].isascii()


def test_placeholders_match_the_error_parameters():
    assert placeholders(MESSAGES["ecert.unknown_type"]["en"]) == {"type"}
    assert placeholders(MESSAGES["ecert.not_disclosable"]["en"]) == {"names"}


def test_holder_document_errors_use_the_identity_messages():
    from app.messages import MESSAGES as SHARED

    assert 'f"identity.document_invalid.{error.reason}"' in engine_source()
    for reason in ("format", "check_digit", "birth_date", "region", "unknown_type"):
        assert f"identity.document_invalid.{reason}" in SHARED
