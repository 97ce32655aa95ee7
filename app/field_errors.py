"""Field errors in the reader's language, in one shape: {field: [message, …]}.

Two sources feed the `errors` of a 422: marshmallow/webargs, whose messages are English
templates ("Shorter than minimum length 6."), and the engines, which name catalogue keys
("identity.document_invalid.check_digit"). Both are rendered through the catalogue here;
webargs' location level ("json", "query") is dropped, so a client finds a field by its name.
"""

import re

from app.i18n import missing_message, translate
from app.messages import MESSAGES
from core.errors import Details

# marshmallow's own messages (fields, validators, schemas) → catalogue keys.
_TEMPLATES = {
    "Missing data for required field.": "field.required",
    "Field may not be null.": "field.null",
    "Unknown field.": "field.unknown",
    "Invalid value.": "field.invalid",
    "Invalid input.": "field.invalid",
    "Invalid type.": "field.invalid_type",
    "Invalid input type.": "field.invalid_type",
    "Not a valid string.": "field.not_string",
    "Not a valid utf-8 string.": "field.not_string",
    "Not a valid integer.": "field.not_integer",
    "Not a valid number.": "field.not_number",
    "Number too large.": "field.not_number",
    "Special numeric values (nan or infinity) are not permitted.": "field.not_number",
    "Not a valid boolean.": "field.not_boolean",
    "Not a valid list.": "field.not_list",
    "Not a valid tuple.": "field.not_list",
    "Not a valid mapping type.": "field.not_object",
    "Not a valid datetime.": "field.not_datetime",
    "Not a valid aware datetime.": "field.datetime_needs_offset",
    "Not a valid naive datetime.": "field.not_datetime",
    "Not a valid date.": "field.not_date",
    "Not a valid time.": "field.not_time",
    "Not a valid UUID.": "field.invalid",
    "Not a valid URL.": "field.not_url",
    "Not a valid email address.": "field.not_email",
    "String does not match expected pattern.": "field.pattern",
    "Must be one of: {choices}.": "field.one_of",
    "One or more of the choices you made was not in: {choices}.": "field.one_of",
    "Length must be between {min} and {max}.": "field.length_between",
    "Length must be {equal}.": "field.length_equal",
    "Longer than maximum length {max}.": "field.too_long",
    "Shorter than minimum length {min}.": "field.too_short",
    "Must be greater than or equal to {min} and less than or equal to {max}.": "field.between",
    "Must be greater than or equal to {min}.": "field.at_least",
    "Must be less than or equal to {max}.": "field.at_most",
    "Must be greater than {min}.": "field.more_than",
    "Must be less than {max}.": "field.less_than",
}


def _pattern(template: str) -> re.Pattern:
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(template)))


_PATTERNS = [(_pattern(template), key) for template, key in _TEMPLATES.items()]
_LOCATIONS = ("json", "query", "querystring", "form", "headers", "files", "view_args")


def translate_field_errors(errors, params: dict | None = None):
    """Return errors in the reader's language, without webargs' location level."""
    if isinstance(errors, Details):  # machine details (a catalogue item's problems) pass unchanged
        return dict(errors)
    if isinstance(errors, dict) and errors and set(errors) <= set(_LOCATIONS):
        merged: dict = {}
        for value in errors.values():
            merged.update(value if isinstance(value, dict) else {"_schema": value})
        errors = merged
    return _render(errors, params or {})


def _render(errors, params: dict):
    if isinstance(errors, dict):
        return {str(name): _render(value, params) for name, value in errors.items()}
    if isinstance(errors, list | tuple):
        return [_render(value, params) for value in errors]
    return _message(str(errors), params)


def _message(text: str, params: dict) -> str:
    if text in MESSAGES:
        return translate(text, params)
    for pattern, key in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return translate(key, match.groupdict())
    return missing_message(f"field message {text!r} is not in the catalogue", "field.invalid")
