"""Every refusal the services engine can raise has text in all three languages."""

import ast
import importlib.util
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh-CN", "zh-HK", "en")


def load_messages() -> dict:
    # Loaded by path: the message catalogue is becoming a package beside app/messages.py.
    spec = importlib.util.spec_from_file_location(
        "services_messages", ROOT / "app/messages/services.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MESSAGES


def raised_keys() -> dict[str, set[str]]:
    """Return each ServiceError key raised under services/ with the params it is given."""
    keys: dict[str, set[str]] = {}
    for path in (ROOT / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ServiceError":
                key = node.args[0].value
                params = {k.arg for k in node.keywords} - {"errors", "retry_after"}
                keys.setdefault(key, set()).update(params)
    return keys


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_raised_key_has_text_in_every_language():
    messages, raised = load_messages(), raised_keys()
    assert raised, "no ServiceError found: the scan is broken"
    for key, params in raised.items():
        assert key in messages, key
        for language in LANGUAGES:
            assert messages[key][language].strip(), (key, language)
            assert placeholders(messages[key][language]) <= params, (key, language)


def test_every_message_is_used():
    assert set(load_messages()) == set(raised_keys())
