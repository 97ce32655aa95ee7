"""Gunicorn settings: the master starts the embedded database once and seeds demo data."""

import multiprocessing
import os
import subprocess
import sys

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = int(os.environ.get("THREADS", 4))
accesslog = None  # the app logs each request as a JSON line with its request id
timeout = 30

_embedded = None


def on_starting(server):
    """Start the embedded database before workers fork, so they all share one server."""
    global _embedded
    if not os.environ.get("MONGODB_URI"):
        from app.embedded_db import EmbeddedDatabase

        data_dir = os.environ.get("DATA_DIR", "var")
        os.makedirs(data_dir, exist_ok=True)
        _embedded = EmbeddedDatabase(
            os.path.abspath(os.path.join(data_dir, "db")), os.path.join(data_dir, "secantus.log")
        ).start()
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
    """Stop the embedded database with the master."""
    if _embedded:
        _embedded.stop()
