"""Two app instances on one database: the app tier keeps no state the other cannot see.

Each instance is its own gunicorn (its own port and processes), sharing the test database and
the database-backed rate-limit storage, as two nodes behind a load balancer would.
"""

import http.client
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from app.database import client_for
from app.embedded_db import free_port

ROOT = Path(__file__).resolve().parents[2]
DEMO_PHONE, DEMO_PASSWORD = "13800000001", "shengshi-demo"
LOGIN_LIMIT = 3
CEILING = 15.0  # seconds: generous; the promise is REVOCATION_REFRESH_SECONDS (1 s)


class Instance:
    def __init__(self, port: int, process, log: Path):
        self.port, self.process, self.log = port, process, log

    def call(self, method: str, path: str, body=None, token=None) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            payload = None if body is None else json.dumps(body)
            connection.request(method, path, payload, headers)
            response = connection.getresponse()
            text = response.read()
            return response.status, json.loads(text) if text else {}
        finally:
            connection.close()

    def wait_until_up(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text(errors="replace")
            try:
                if self.call("GET", "/readyz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("an instance did not come up")


def start(tmp_path: Path, mongo_uri: str, database: str) -> Instance:
    port = free_port()
    env = {
        **os.environ,
        "BIND": f"127.0.0.1:{port}",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": database,
        "RATELIMIT_STORAGE_URI": mongo_uri,  # as in production: shared by every node
        "LOGIN_PER_ADDRESS_LIMIT": f"{LOGIN_LIMIT} per hour",
        "WEB_CONCURRENCY": "1",
        "THREADS": "2",
        "APP_ENV": "development",
        "LOG_LEVEL": "WARNING",
        "DATA_DIR": str(tmp_path / f"var-{port}"),
    }
    log = tmp_path / f"gunicorn-{port}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    instance = Instance(port, process, log)
    instance.wait_until_up()
    return instance


def stop(instance: Instance) -> None:
    if instance.process.poll() is None:
        instance.process.terminate()
        try:
            instance.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(instance.process.pid, signal.SIGKILL)
            instance.process.wait()


@pytest.fixture(scope="module")
def instances(tmp_path_factory, module_mongo_uri):
    mongo_uri = module_mongo_uri
    database = f"test_two_{uuid.uuid4().hex[:10]}"
    tmp_path = tmp_path_factory.mktemp("two")
    started = []
    try:
        for _ in range(2):
            started.append(start(tmp_path, mongo_uri, database))
        yield started
    finally:
        for instance in started:
            stop(instance)
        client_for(mongo_uri).drop_database(database)


def resident_token(instance: Instance) -> str:
    assert instance.call("POST", "/api/v1/auth/sms-codes", {"phone": DEMO_PHONE})[0] == 201
    outbox = instance.call("GET", f"/api/v1/dev/sms-outbox?phone={DEMO_PHONE}")[1]
    body = {"phone": DEMO_PHONE, "code": outbox["code"]}
    status, tokens = instance.call("POST", "/api/v1/auth/tokens", body)
    assert status == 201, tokens
    return tokens["access_token"]


def test_two_instances_share_sessions_rate_limits_and_keys(instances):
    a, b = instances
    token = resident_token(a)  # the first login attempt from this address

    # A code one instance signs verifies on the other.
    code = a.call("GET", "/api/v1/health-code", token=token)[1]["token"]
    login = {"username": "checkpoint_operator", "password": DEMO_PASSWORD}
    status, staff = b.call("POST", "/api/v1/auth/staff-tokens", login)
    assert status == 201, staff
    scan = {"token": code, "checkpoint": "gate B"}
    scanned = b.call("POST", "/api/v1/checkpoint/scans", scan, token=staff["access_token"])[1]
    assert (scanned["reason"], scanned["passed"]) == ("ok", True)

    # A logout on one instance is refused on the other once its revocation read has run.
    assert b.call("GET", "/api/v1/me", token=token)[0] == 200
    assert a.call("DELETE", "/api/v1/auth/tokens", token=token)[0] == 200
    deadline, answer = time.monotonic() + CEILING, None
    while time.monotonic() < deadline:
        answer = b.call("GET", "/api/v1/me", token=token)
        if answer[0] != 200:
            break
        time.sleep(0.1)
    assert (answer[0], answer[1].get("error")) == (401, "auth.revoked_token")

    # Rate limits are counted once for both: the limit's last attempts land on either.
    wrong = {"phone": DEMO_PHONE, "code": "000000"}
    statuses = [node.call("POST", "/api/v1/auth/tokens", wrong)[0] for node in (b, a, b)]
    assert statuses[:2] != [429, 429] and statuses[2] == 429
    assert statuses.index(429) == LOGIN_LIMIT - 1  # attempts: A's login, then B, A, B
