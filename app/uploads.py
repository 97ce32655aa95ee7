"""A body limit of its own for the few routes that take uploads (batches of certificates)."""

from functools import wraps

from flask import request


def larger_body(limit):
    """Let a view read a body up to limit() bytes instead of MAX_CONTENT_LENGTH.

    Put it under the auth decorator, so only an authorised caller may send that much, and
    above @blp.arguments, which reads the body.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            request.max_content_length = limit()
            return view(*args, **kwargs)

        return wrapper

    return decorator
