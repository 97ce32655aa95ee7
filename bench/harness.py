"""Reusable pieces: the embedded database, gunicorn servers, readiness, seeding."""

import http.client
import json
import os
import runpy
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from app.embedded_db import EmbeddedDatabase, free_port
from bench.cpu import children_of
from bench.targets import BenchContext

REPO = Path(__file__).resolve().parents[1]
BENCH_CONFIG = Path(__file__).with_name("gunicorn_bench.conf.py")
APPS = {
    "app": "wsgi:app",
    "bare": "bench.baselines:bare",
    "pymongo": "bench.baselines:pymongo_read",
}
BENCH_PHONE = "13900001234"


@dataclass(frozen=True)
class GunicornSettings:
    """The serving settings every bench server shares, so the comparison is fair."""

    worker_class: str
    workers: int
    threads: int
    timeout: int

    def argv(self) -> list[str]:
        return [
            "--worker-class",
            self.worker_class,
            "--workers",
            str(self.workers),
            "--threads",
            str(self.threads),
            "--timeout",
            str(self.timeout),
        ]


def production_settings(
    workers: int | None = None, threads: int | None = None, worker_class: str | None = None
):
    """Read the project's gunicorn.conf.py values (module level only), with overrides."""
    conf = runpy.run_path(str(REPO / "gunicorn.conf.py"))
    return GunicornSettings(
        worker_class or conf.get("worker_class", "gthread"),
        workers or conf["workers"],
        threads or conf["threads"],
        conf.get("timeout", 30),
    )


def start_database(workdir: Path) -> EmbeddedDatabase:
    """Start one SecantusDB server storing under workdir."""
    return EmbeddedDatabase(str(workdir / "db"), str(workdir / "secantus.log")).start()


class GunicornServer:
    """One gunicorn master (own process group) serving a WSGI app on a free loopback port."""

    def __init__(self, name: str, settings: GunicornSettings, env: dict, log_dir: Path):
        self.name, self.port = name, free_port()
        self.env = env
        self.log_path = log_dir / f"gunicorn-{name}.log"
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(BENCH_CONFIG),
            "--bind",
            f"127.0.0.1:{self.port}",
            *settings.argv(),
            APPS[name],
        ]
        with open(self.log_path, "ab") as log:
            # Own session: Ctrl-C reaches only run.py, which then stops us in order.
            self.process = subprocess.Popen(
                command,
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Poll /healthz until it answers 200; raise with the log tail if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if send(self.url, "GET", "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        tail = self.log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{self.name} server did not become ready:\n{tail}")

    def pids(self) -> list[int]:
        """The master and its workers."""
        return [self.process.pid, *children_of(self.process.pid)]

    def stop(self) -> None:
        """Stop gracefully, then kill the process group if it lingers."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def server_env(mongodb_uri: str, db_name: str) -> dict:
    """The environment of every bench server: our database, limits off, quiet logs."""
    return {
        **os.environ,
        "MONGODB_URI": mongodb_uri,
        "MONGODB_DB": db_name,
        "APP_ENV": "development",
        "RATELIMIT_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
    }


def send(
    base_url: str, method: str, path: str, body: dict | None = None, headers: dict | None = None
) -> tuple[int, dict | None]:
    """Make one HTTP request and return (status, parsed JSON body or None)."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        raw = response.read()
        return response.status, json.loads(raw) if raw else None
    finally:
        connection.close()


def seed_resident(sender, phone: str = BENCH_PHONE) -> BenchContext:
    """Log a resident in through the real API (SMS code from the dev outbox); return the token."""
    _expect(sender("POST", "/api/v1/auth/sms-codes", {"phone": phone}), 201)
    outbox = _expect(sender("GET", "/api/v1/dev/sms-outbox?" + urlencode({"phone": phone})), 200)
    tokens = _expect(
        sender("POST", "/api/v1/auth/tokens", {"phone": phone, "code": outbox["code"]}), 201
    )
    me = _expect(
        sender("GET", "/api/v1/me", None, {"Authorization": f"Bearer {tokens['access_token']}"}),
        200,
    )
    return BenchContext(access_token=tokens["access_token"], account_id=me["id"])


def _expect(reply: tuple[int, dict | None], status: int) -> dict:
    if reply[0] != status:
        raise RuntimeError(f"seeding got HTTP {reply[0]} (wanted {status}): {reply[1]}")
    return reply[1]
