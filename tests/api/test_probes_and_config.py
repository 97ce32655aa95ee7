"""Liveness and readiness probes; configuration that production refuses."""

import os
import uuid

import pymongo
import pytest
from pymongo import monitoring

from app import create_app
from app.config import SECRET_NAMES, ConfigError, load_config
from app.database import client_for, client_options
from app.embedded_db import EmbeddedDatabase

STRONG_SECRETS = {
    "SECRET_KEY": "prod-secret-key-0123456789abcdef",
    "JWT_SECRET_KEY": "prod-jwt-secret-0123456789abcdef0123",
    "PII_KEY": "cHJvZC1waWkta2V5LW9mLWV4YWN0bHktMzItYnl0ZXM=",
    "BLIND_INDEX_KEY": "prod-blind-index-key-0123456789",
    "HEALTH_CODE_KEK": "cHJvZC1oZWFsdGgtY29kZS1rZWstMzItYnl0ZXMhISE=",
    "ECERT_KEK": "cHJvZC1lY2VydC1rZWstb2YtZXhhY3RseS0zMmJ5dGU=",
    "PAYMENT_NOTIFY_SECRET": "prod-payment-notify-secret-0123456789",
}
PRODUCTION = {"APP_ENV": "production", "SMS_PROVIDER": "console", **STRONG_SECRETS}


def test_healthz_says_the_process_is_alive(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_readyz_is_200_when_the_database_answers(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json["status"] == "ready"


def test_readyz_is_503_when_the_database_is_gone():
    # create_app needs the database (it creates indexes), so start one just for this test.
    server = EmbeddedDatabase(":memory:").start()
    try:
        app = create_app(
            {
                "APP_ENV": "testing",
                "MONGODB_URI": server.uri,
                "MONGODB_DB": "readiness",
                "LOG_LEVEL": "WARNING",
            }
        )
        assert app.test_client().get("/readyz").status_code == 200
    finally:
        server.stop()

    response = app.test_client().get("/readyz")

    client_for(server.uri).close()
    assert response.status_code == 503
    assert response.json["error"] == "server.unavailable"


def test_production_refuses_the_default_secrets():
    with pytest.raises(ConfigError) as refused:
        load_config({"APP_ENV": "production", "SMS_PROVIDER": "console"})

    for name in SECRET_NAMES:
        assert name in str(refused.value)


@pytest.mark.parametrize("default_left", SECRET_NAMES)
def test_production_refuses_any_one_default_secret(default_left):
    settings = {key: value for key, value in PRODUCTION.items() if key != default_left}

    with pytest.raises(ConfigError, match=default_left):
        load_config(settings)


def test_production_loads_with_every_secret_set():
    config = load_config(PRODUCTION)

    assert config["APP_ENV"] == "production"
    assert config["TESTING"] is False


def test_production_refuses_the_sms_outbox():
    with pytest.raises(ConfigError, match="SMS_PROVIDER"):
        load_config({**PRODUCTION, "SMS_PROVIDER": "outbox"})


@pytest.mark.parametrize("setting", ["ACCESS_TOKEN_MINUTES", "REFRESH_TOKEN_DAYS"])
@pytest.mark.parametrize("value", [0, -1])
def test_a_token_lifetime_must_be_positive(setting, value):
    with pytest.raises(ConfigError, match=setting):
        load_config({"APP_ENV": "testing", setting: value})


def test_a_production_app_has_no_sms_outbox(make_app):
    client = make_app(**PRODUCTION, RATELIMIT_STORAGE_URI="memory://").test_client()

    response = client.get("/api/v1/dev/sms-outbox", query_string={"phone": "13800000001"})

    assert response.status_code == 404
    assert response.json["error"] == "request.not_found"


def test_writes_to_the_embedded_server_are_not_retryable_writes(mongo_uri):
    """SecantusDB 0.7 scans and sorts its record of retryable writes on every write, so each
    write grows slower with the number made in the last 30 minutes (bench/README.md).
    Without a transaction number in the command, the server keeps no such record."""
    if os.environ.get("TEST_MONGODB_URI"):
        pytest.skip("a MongoDB named by TEST_MONGODB_URI keeps the driver's default")

    class Inserts(monitoring.CommandListener):
        def __init__(self):
            self.commands = []

        def started(self, event):
            if event.command_name == "insert":
                self.commands.append(event.command)

        def succeeded(self, event):
            pass

        def failed(self, event):
            pass

    inserts = Inserts()
    with pymongo.MongoClient(
        mongo_uri, event_listeners=[inserts], **client_options(mongo_uri, 2000)
    ) as client:
        client.get_database(f"retry_{uuid.uuid4().hex[:8]}").notes.insert_one({"n": 1})

    (command,) = inserts.commands
    assert "txnNumber" not in command
