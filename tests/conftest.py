"""Fixtures: SecantusDB servers taken in turn; a fresh database and app per test."""

import os
import threading
import uuid

import pytest

from app import create_app
from app.database import client_for, close_client
from app.embedded_db import EmbeddedDatabase

TEST_SETTINGS = {
    "APP_ENV": "testing",
    "LOG_LEVEL": "WARNING",
    # Staff logins in tests need not pay the production scrypt cost.
    "PASSWORD_HASH_COST": 2**10,
    # Only the tests that use the services catalogue pay for storing it.
    "SERVICES_SEED_AT_START": False,
}


# One SecantusDB 0.7 server grows slower over the thousands of databases the suite creates
# and drops: with a single server the whole suite took more than twice as long (35 % of it
# in 12 minutes, against all of it in 16 with fresh servers), even with the retryable-write
# slowdown gone (app/embedded_db.py). So a server serves this many tests and is then
# replaced by a fresh one, started while the old one stops in the background.
TESTS_PER_SERVER = 15


class ServerTurns:
    """One in-memory SecantusDB at a time, replaced every TESTS_PER_SERVER tests."""

    def __init__(self):
        self.server, self.served = None, 0

    def uri(self) -> str:
        if self.server is None or self.served >= TESTS_PER_SERVER:
            self._replace()
        self.served += 1
        return self.server.uri

    def _replace(self) -> None:
        retired, self.server, self.served = self.server, EmbeddedDatabase(":memory:").start(), 0
        if retired is not None:
            close_client(retired.uri)
            threading.Thread(target=retired.stop, daemon=True).start()  # it waits to flush

    def stop(self) -> None:
        if self.server is not None:
            close_client(self.server.uri)
            self.server.stop()


@pytest.fixture(scope="session")
def database_servers():
    turns = ServerTurns()
    yield turns
    turns.stop()


@pytest.fixture
def mongo_uri(database_servers):
    """A real MongoDB-protocol server: TEST_MONGODB_URI if set, else SecantusDB in memory."""
    return os.environ.get("TEST_MONGODB_URI") or database_servers.uri()


@pytest.fixture(scope="module")
def module_mongo_uri():
    """A server for a whole module's fixtures: TEST_MONGODB_URI, else a SecantusDB of its own."""
    if os.environ.get("TEST_MONGODB_URI"):
        yield os.environ["TEST_MONGODB_URI"]
        return
    server = EmbeddedDatabase(":memory:").start()
    yield server.uri
    close_client(server.uri)
    server.stop()


@pytest.fixture
def make_app(mongo_uri):
    """Return a factory of test apps with settings of their own, each on a fresh database.

    Flask-Limiter and flask-smorest keep their state on module-level extension objects,
    so a test should use the apps of this factory or the `app` fixture, not both.
    """
    names = []

    def factory(**overrides):
        name = f"test_{uuid.uuid4().hex[:12]}"
        names.append(name)
        return create_app(
            {**TEST_SETTINGS, "MONGODB_URI": mongo_uri, "MONGODB_DB": name, **overrides}
        )

    yield factory
    for name in names:
        client_for(mongo_uri).drop_database(name)


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    return app.extensions["mongo_db"]


@pytest.fixture
def container(app):
    return app.extensions["container"]


@pytest.fixture
def wiring(app):
    """What the engines are built from (clock, PII cipher, key ring), for tests that forge."""
    return app.extensions["wiring"]
