"""One JSON error envelope for every failure, in the reader's language."""

import logging
import time
import traceback
from pathlib import Path

from flask import current_app, g, jsonify
from flask_limiter.errors import RateLimitExceeded
from pymongo.errors import ConnectionFailure, PyMongoError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

from app.field_errors import translate_field_errors
from app.i18n import translate
from core.errors import ServiceError

log = logging.getLogger(__name__)

STATUS_BY_KIND = {
    "bad_request": 400,
    "invalid": 422,
    "unauthorized": 401,
    "forbidden": 403,
    "not_found": 404,
    "conflict": 409,
    "rate_limited": 429,
    "unavailable": 503,
}
KEY_BY_STATUS = {
    400: "request.bad_request",
    404: "request.not_found",
    405: "request.method_not_allowed",
    413: "request.too_large",
    414: "request.uri_too_long",
    415: "request.unsupported_media_type",
    422: "request.invalid",
    429: "request.rate_limited",
    431: "request.headers_too_large",
    503: "server.unavailable",
}
# Seconds a client should wait before retrying while the database cannot be reached: about
# what the embedded server's supervisor needs to restart it, or a replica set to elect.
DATABASE_RETRY_AFTER = 5


def envelope(status: int, key: str, errors=None, params=None, language=None) -> dict:
    """Return the body {code, status, message, errors, error} of an error answer."""
    return {
        "code": status,
        "status": HTTP_STATUS_CODES.get(status, "Error"),
        "message": translate(key, params or {}, language),
        "errors": errors or {},
        "error": key,
    }


def error_response(status: int, key: str, errors: dict | None = None, headers=None, **params):
    """Build the envelope {code, status, message, errors, error} with its status and headers."""
    response = jsonify(envelope(status, key, errors, params))
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def handle_service_error(error: ServiceError):
    """Answer an engine's refusal with the status its kind stands for."""
    headers = {"Retry-After": str(error.retry_after)} if error.retry_after else None
    params = {"retry_after": error.retry_after, **error.params}
    errors = translate_field_errors(error.errors, params)
    return error_response(STATUS_BY_KIND[error.kind], error.key, errors, headers, **params)


def handle_http_exception(error: HTTPException):
    """Answer werkzeug/webargs errors (404, 405, 413, 422…) with the envelope."""
    status = error.code or 500
    if status >= 500:
        return handle_unexpected(error)
    data = getattr(error, "data", None) or {}
    errors = data.get("messages") or {}
    key = data.get("error_key") or KEY_BY_STATUS.get(status, "error.unknown")
    if status == 400 and "Invalid JSON body." in str(errors):
        key, errors = "request.malformed_json", {}
    # Keep werkzeug's own headers (Allow on 405, which RFC 9110 requires), not its HTML type.
    headers = {name: value for name, value in error.get_headers() if name != "Content-Type"}
    headers.update(data.get("headers") or {})
    params = {"limit": _body_limit(), "retry_after": headers.get("Retry-After", "60")}
    params.update(data.get("params") or {})
    return error_response(status, key, translate_field_errors(errors), headers, **params)


def handle_rate_limit(error: RateLimitExceeded):
    """Answer Flask-Limiter's refusal with the envelope and Retry-After."""
    from app.extensions import limiter  # imported here: app.extensions imports this module

    window = limiter.current_limit
    retry_after = str(max(1, int(window.reset_at - time.time())) if window else 60)
    return error_response(
        429,
        "request.rate_limited",
        {"limit": str(error.limit.limit)},
        {"Retry-After": retry_after},
        retry_after=retry_after,
    )


def handle_database_unavailable(error: PyMongoError):
    """Answer 503 at once when the database cannot be reached or timed out; clients retry."""
    if not isinstance(error, ConnectionFailure) and not error.timeout:
        return handle_unexpected(error)
    log.warning(
        "database unavailable: %s",
        type(error).__name__,
        extra={"request_id": g.get("request_id", "-")},
    )
    retry = str(DATABASE_RETRY_AFTER)
    return error_response(
        503, "server.database_unavailable", headers={"Retry-After": retry}, retry_after=retry
    )


def handle_recursion(error: RecursionError):
    """Refuse a JSON body nested too deeply for the parser (400); any other recursion is a 500."""
    if not _raised_by_json_decoder(error):
        return handle_unexpected(error)
    return error_response(400, "request.json_too_deep", {"json": ["nested too deeply"]})


def _raised_by_json_decoder(error: BaseException) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return any(Path(frame.filename).parts[-2:] == ("json", "decoder.py") for frame in frames)


def handle_unexpected(error: Exception):
    """Log the failure with the request id and answer 500 without internals."""
    request_id = g.get("request_id", "-")
    original = getattr(error, "original_exception", None) or error
    if not isinstance(original, InternalServerError):
        log.error("unhandled exception", exc_info=original, extra={"request_id": request_id})
    return error_response(500, "server.error", request_id=request_id)


def _body_limit():
    return current_app.config.get("MAX_CONTENT_LENGTH")


def register_error_handlers(app) -> None:
    """Route every kind of failure to the envelope."""
    app.register_error_handler(ServiceError, handle_service_error)
    app.register_error_handler(RateLimitExceeded, handle_rate_limit)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(PyMongoError, handle_database_unavailable)
    app.register_error_handler(RecursionError, handle_recursion)
    app.register_error_handler(Exception, handle_unexpected)
