"""Field reasons of the pure engine (`required`, `too_long` …) as message-catalogue keys.

The engine names why a field was refused in plain words; the API answers each field with a
catalogue key (`services.field.required`) that the shell renders in the reader's language.
"""

import functools

from core.errors import Details, ServiceError

REASONS = (
    "required",
    "unknown",
    "type",
    "characters",
    "too_long",
    "too_short",
    "pattern",
    "format",
    "too_small",
    "too_large",
    "not_an_option",
    "outside_region",
    "upload_type_or_count",
    "missing",
    "fixed",
)


def as_key(reason) -> str:
    """Return the catalogue key of an engine reason (an unexpected one is 'invalid')."""
    return f"services.field.{reason if reason in REASONS else 'invalid'}"


def keyed_reasons(method):
    """Rewrite the field reasons of the engine's refusals as catalogue keys."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except ServiceError as refusal:
            if refusal.errors and not isinstance(refusal.errors, Details):
                refusal.errors = {
                    field: [r if "." in str(r) else as_key(r) for r in reasons]
                    for field, reasons in refusal.errors.items()
                }
            raise

    return wrapper
