"""Pick the reader's language and render messages from the catalogue."""

from flask import has_request_context, request

from app.messages import MESSAGES

LANGUAGES = ("zh-CN", "zh-HK", "en")
DEFAULT_LANGUAGE = "zh-CN"
# Traditional-script regions read the zh-HK text; any other Chinese reads zh-CN.
_ALIASES = {
    "zh-hk": "zh-HK",
    "zh-tw": "zh-HK",
    "zh-mo": "zh-HK",
    "zh-hant": "zh-HK",
    "zh-cn": "zh-CN",
    "zh-sg": "zh-CN",
    "zh-hans": "zh-CN",
    "zh": "zh-CN",
    "en": "en",
}


def request_language() -> str:
    """Return the best language for the current request from Accept-Language."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    for value, _quality in request.accept_languages:
        tag = value.lower()
        if tag in _ALIASES:
            return _ALIASES[tag]
        if tag.split("-")[0] in _ALIASES:
            return _ALIASES[tag.split("-")[0]]
    return DEFAULT_LANGUAGE


def translate(key: str, params: dict | None = None, language: str | None = None) -> str:
    """Render the message for key in the request's language, falling back to zh-CN.

    A 'detail' parameter that names a more specific message ('<key>.<detail>') picks it,
    so an engine's machine reason (e.g. 'check_digit') reaches the reader in words.
    """
    detail = (params or {}).get("detail")
    entry = MESSAGES.get(f"{key}.{detail}") or MESSAGES.get(key) or MESSAGES["error.unknown"]
    text = entry.get(language or request_language()) or entry[DEFAULT_LANGUAGE]
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text
