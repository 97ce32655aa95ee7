"""The database dies under the app: quick 503 envelopes, then recovery without anyone's help."""

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app import create_app, embedded_db
from app.database import client_for
from app.embedded_db import EmbeddedDatabase
from tests.factories import login_resident

TIMEOUT_MS = 300


@pytest.fixture
def supervised(tmp_path, monkeypatch):
    """A supervised server on disk, waiting long enough before a restart to see the outage."""
    monkeypatch.setattr(embedded_db, "FIRST_RESTART_DELAY", 2.0)
    server = EmbeddedDatabase(str(tmp_path / "db"), str(tmp_path / "db.log")).start(supervise=True)
    yield server
    server.stop()


@pytest.fixture
def app_on(supervised):
    settings = {"APP_ENV": "testing", "LOG_LEVEL": "WARNING", "MONGODB_DB": "outage"}
    app = create_app({**settings, "MONGODB_URI": supervised.uri, "MONGODB_TIMEOUT_MS": TIMEOUT_MS})
    yield app
    client_for(supervised.uri, TIMEOUT_MS).close()


def wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.1)


def test_database_killed_mid_request_answers_503_and_the_app_recovers(app_on, supervised, caplog):
    client = app_on.test_client()
    headers = login_resident(client)
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    pid = supervised.process.pid

    os.kill(pid, signal.SIGSTOP)  # the next request's query waits on the frozen server
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(client.get, "/api/v1/me", headers=headers)
        time.sleep(0.3)
        os.kill(pid, signal.SIGKILL)
        answer = pending.result()

    assert answer.status_code == 503
    assert answer.json["error"] == "server.database_unavailable"
    assert int(answer.headers["Retry-After"]) > 0
    assert answer.headers["Retry-After"] in answer.json["message"]
    assert client.get("/readyz").status_code == 503

    wait_for(lambda: supervised.restarts == 1)
    # Once the restarted server answers (what a load balancer's probe waits for), the next
    # request is served: a request already on its way may still get the 503 above.
    wait_for(lambda: client.get("/readyz").status_code == 200)
    assert client.get("/api/v1/me", headers=headers).status_code == 200  # the session survived
    assert "embedded database restarted" in caplog.text
    assert supervised.process.pid != pid
