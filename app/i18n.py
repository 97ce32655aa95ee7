"""Pick the reader's language and render messages from the catalogue."""

import logging

from flask import current_app, has_app_context, has_request_context, request

from app.messages import LANGUAGES, MESSAGES

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
log = logging.getLogger(__name__)

__all__ = ["LANGUAGES", "MessageError", "missing_message", "request_language", "translate"]


class MessageError(LookupError):
    """A message key or one of its parameters is missing from the catalogue."""


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
    """Render the message for key in the request's language.

    A 'detail' parameter that names a more specific message ('<key>.<detail>') picks it,
    so an engine's machine reason (e.g. 'check_digit') reaches the reader in words.
    A missing key or parameter raises in tests; in production it is logged and the reader
    gets the generic text rather than a raw template.
    """
    params = params or {}
    language = language or request_language()
    detail = params.get("detail")
    entry = (detail and MESSAGES.get(f"{key}.{detail}")) or MESSAGES.get(key)
    if entry is None:
        return missing_message(f"no message for key {key!r}", language=language)
    try:
        return entry[language].format(**params)
    except (KeyError, IndexError, ValueError) as error:
        return missing_message(f"message {key!r} needs parameter {error}", language=language)


def missing_message(problem: str, fallback: str = "error.unknown", language=None) -> str:
    """Raise in tests; in production log the gap and return the fallback message's text."""
    if has_app_context() and current_app.config.get("TESTING"):
        raise MessageError(problem)
    log.error("message catalogue: %s", problem)
    return MESSAGES[fallback][language or request_language()]
