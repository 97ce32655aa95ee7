"""The server and the CLI as an operator runs them: gunicorn's own refusals speak JSON,
SIGTERM stops it in seconds, and nothing prints a traceback on the way out."""

import base64
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pymongo
import pytest

from app.config import SECRET_NAMES
from app.embedded_db import EmbeddedDatabase, free_port

ROOT = Path(__file__).resolve().parents[2]


def production_env(tmp_path, port: int) -> dict:
    """Settings of a production start: own secrets, rate limits stored in the database."""
    key = base64.b64encode(os.urandom(32)).decode()
    env = {
        **os.environ,
        "BIND": f"127.0.0.1:{port}",
        "DATA_DIR": str(tmp_path / "var"),
        "WEB_CONCURRENCY": "1",
        "THREADS": "2",
        "APP_ENV": "production",
        "SMS_PROVIDER": "console",
        "LOG_LEVEL": "WARNING",
        # every secret production insists on, so that a newly added one cannot stop the start
        **{name: os.urandom(16).hex() for name in SECRET_NAMES},
        **{name: key for name in ("PII_KEY", "HEALTH_CODE_KEK", "ECERT_KEK")},
    }
    env.pop("MONGODB_URI", None)
    return env


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """gunicorn with the project's config on a data directory of its own; stopped after.

    One server for the module (starting one costs seconds): the SIGTERM test comes last.
    """
    tmp_path = tmp_path_factory.mktemp("served")
    port = free_port()
    env = production_env(tmp_path, port)
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"]
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as out:
        # A session of its own, so the teardown can end the master, workers and database.
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(process, port, tmp_path / "var", log)
    try:
        server.wait_until_up()
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


class Server:
    def __init__(self, process, port, data_dir, log):
        self.process, self.port, self.data_dir, self.log = process, port, data_dir, log

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_until_up(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            try:
                self.raw(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                return
            except OSError:
                time.sleep(0.2)
        raise AssertionError("gunicorn did not come up")

    def raw(self, request: bytes) -> tuple[int, dict, bytes]:
        """Send bytes, read the whole answer (the server closes); return status, headers, body."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(request)
            sock.shutdown(socket.SHUT_WR)
            answer = b"".join(iter(lambda: sock.recv(65536), b""))
        head, _, body = answer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = dict(line.split(": ", 1) for line in lines[1:])
        return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body

    def post(self, path: str, body: dict) -> tuple[int, dict]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
            response = connection.getresponse()
            return response.status, json.load(response)
        finally:
            connection.close()


def test_too_long_url_and_too_many_headers_answer_the_json_envelope(served):
    long_url = b"GET /api/v1/health-code?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    many_headers = b"GET /healthz HTTP/1.1\r\n" + b"".join(
        b"X-Extra-%d: 1\r\n" % n for n in range(120)
    )

    for request, status, key in (
        (long_url, 414, "request.uri_too_long"),
        (many_headers + b"\r\n", 431, "request.headers_too_large"),
    ):
        code, headers, body = served.raw(request)
        assert code == status
        assert headers["content-type"] == "application/json"
        assert headers["x-content-type-options"] == "nosniff"
        envelope = json.loads(body)
        assert (envelope["code"], envelope["error"]) == (status, key)
        assert envelope["message"]


def test_sigterm_stops_within_seconds_quietly_and_keeps_acknowledged_writes(served):
    status, answer = served.post("/api/v1/auth/staff-tokens", {"username": "a", "password": "b"})
    assert (status, answer["error"]) == (401, "auth.staff_credentials")  # audited: a write
    started = time.monotonic()

    served.process.send_signal(signal.SIGTERM)
    served.process.wait(timeout=30)
    output = served.output()

    assert time.monotonic() - started < 10
    assert served.process.returncode == 0
    assert "Traceback" not in output and "Exception ignored" not in output
    assert "Control socket" not in output
    stored = EmbeddedDatabase(str(served.data_dir / "db")).start()
    try:
        with pymongo.MongoClient(stored.uri) as client:
            audit = client.shengshi.audit_events
            assert audit.count_documents({"event": "staff.login", "outcome": "failed"}) == 1
    finally:
        stored.stop()


def test_a_cli_command_exits_without_a_traceback(tmp_path):
    env = {**os.environ, "DATA_DIR": str(tmp_path / "var"), "APP_ENV": "development"}
    env.pop("MONGODB_URI", None)
    spec = str(tmp_path / "spec.json")
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "write-openapi", spec]

    done = subprocess.run(
        command, cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True
    )

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
