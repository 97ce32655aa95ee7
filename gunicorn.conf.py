"""Gunicorn settings: the master starts (and supervises) the embedded database and seeds demo
data; a SIGTERM drains the workers within seconds, then stops the database."""

import json
import multiprocessing
import os
import subprocess
import sys

from gunicorn import util

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = int(os.environ.get("THREADS", 4))
accesslog = None  # the app logs each request as a JSON line with its request id
timeout = 30
# On SIGTERM workers finish what is in flight for at most this long, then the master stops
# the database. Every write the app acknowledged is already journaled, so a request cut
# short was never acknowledged and nothing acknowledged is lost.
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", 5))
keepalive = 2
# The control socket (gunicornc) defaults to one path per user, which two instances on one
# machine would share; nothing here uses it.
control_socket_disable = True
# Gunicorn refuses longer request lines and more or larger headers itself; its answers are
# the JSON envelope too (json_error_page below).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

_embedded = None


def json_error_page(sock, status_int, reason, mesg):
    """Write gunicorn's own refusals (414, 431, 400 …) as the app's JSON error envelope."""
    from app.errors import KEY_BY_STATUS, envelope

    fallback = "server.error" if status_int >= 500 else "request.bad_request"
    key = KEY_BY_STATUS.get(status_int, fallback)
    body = json.dumps(envelope(status_int, key, params={"request_id": "-"}), ensure_ascii=False)
    data = body.encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        "Content-Type: application/json\r\nX-Content-Type-Options: nosniff\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + data)


def on_starting(server):
    """Start the embedded database before workers fork, so they all share one server."""
    global _embedded
    util.write_error = json_error_page  # workers fork from here and inherit it
    if not os.environ.get("MONGODB_URI"):
        from app.embedded_db import EmbeddedDatabase

        data_dir = os.environ.get("DATA_DIR", "var")
        os.makedirs(data_dir, exist_ok=True)
        _embedded = EmbeddedDatabase(
            os.path.abspath(os.path.join(data_dir, "db")), os.path.join(data_dir, "secantus.log")
        ).start(supervise=True)
        os.environ["MONGODB_URI"] = _embedded.uri
        server.log.info("embedded SecantusDB at %s (data in %s)", _embedded.uri, data_dir)
    if os.environ.get("APP_ENV", "development") == "development":
        # A child process, so no MongoClient exists in the master when workers fork.
        # Its rate-limit storage stays in memory: the seeding makes no limited requests.
        env = {**os.environ, "RATELIMIT_STORAGE_URI": "memory://"}
        subprocess.run(
            [sys.executable, "-m", "flask", "--app", "wsgi", "seed-demo"], check=True, env=env
        )


def on_exit(server):
    """Stop the embedded database after the workers have gone."""
    if _embedded:
        _embedded.stop()
