"""Fixtures for API tests that need an app with settings of their own."""

import uuid

import pytest

from app import create_app
from app.database import client_for


@pytest.fixture
def make_app(mongo_uri):
    """Return a factory of test apps with config overrides, each on a fresh database.

    Flask-Limiter and flask-smorest keep their state on module-level extension objects,
    so a test should use the apps of this factory or the `app` fixture, not both.
    """
    names = []

    def factory(**overrides):
        name = f"test_{uuid.uuid4().hex[:12]}"
        names.append(name)
        settings = {
            "APP_ENV": "testing",
            "MONGODB_URI": mongo_uri,
            "MONGODB_DB": name,
            "LOG_LEVEL": "WARNING",
            **overrides,
        }
        return create_app(settings)

    yield factory
    for name in names:
        client_for(mongo_uri).drop_database(name)
