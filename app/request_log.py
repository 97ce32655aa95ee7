"""Structured (JSON line) logging with a request id on every request and response."""

import json
import logging
import re
import secrets
import time

from flask import g, request

_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_STANDARD = set(vars(logging.makeLogRecord({})))


class JsonFormatter(logging.Formatter):
    """Render a log record and its extra fields as one JSON object."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str) -> None:
    """Send JSON lines to stderr once per process."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(level)


def init_request_log(app) -> None:
    """Assign or accept X-Request-ID, echo it, forbid type sniffing, log one line per request."""
    access = logging.getLogger("shengshi.access")

    @app.before_request
    def _start():
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _SAFE_ID.match(incoming) else secrets.token_hex(8)
        g.started = time.perf_counter()

    @app.after_request
    def _finish(response):
        response.headers["X-Request-ID"] = g.get("request_id", "-")
        # Browsers must not guess a type: a JSON body is never rendered as HTML.
        response.headers["X-Content-Type-Options"] = "nosniff"
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        access.info(
            "request",
            extra={
                "request_id": g.get("request_id"),
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "ms": round(elapsed, 2),
                "address": request.remote_addr,
            },
        )
        return response
