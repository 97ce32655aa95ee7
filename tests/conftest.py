"""Fixtures: one SecantusDB server per session; a fresh database and app per test."""

import os
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


@pytest.fixture(scope="session")
def mongo_uri():
    """A real MongoDB-protocol server: TEST_MONGODB_URI if set, else SecantusDB in memory."""
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
