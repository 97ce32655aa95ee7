"""Health-code signing keys: rotation, retirement, sealing at rest, the CLI and offline files."""

import base64
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import bson
import pytest

from core.clock import utcnow
from health_code.codes.health_token import verify_token
from models import HealthKeyRepository
from signing_keys import KeyRing, SealedKeyError, open_private_key
from tests.factories import run_cli
from tests.health_code_factories import (
    kid_of,
    operator,
    published_keys,
    real_named,
    show,
    with_colour,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def key_ring(app, clock=utcnow) -> KeyRing:
    """Another worker's key ring on the same keys."""
    return KeyRing(
        HealthKeyRepository(app.extensions["mongo_db"]),
        base64.b64decode(app.config["HEALTH_CODE_KEK"]),
        clock,
        refresh_seconds=0,
    )


@pytest.fixture
def app(make_app):
    """An app whose key ring re-reads the keys on every use, signing with a minute-old key."""
    application = make_app(HEALTH_CODE_KEY_REFRESH_SECONDS=0)
    # Keys are dated to the second; a minute of age makes any rotation strictly newer.
    key_ring(application, lambda: utcnow() - timedelta(minutes=1)).rotate()
    return application


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def holder(client):
    return real_named(client)


def scan_reason(client, app, token: str) -> str:
    headers = operator(client, app.extensions["container"], username=f"gate-{os.urandom(3).hex()}")
    response = client.post(
        "/api/v1/checkpoint/scans", headers=headers, json={"token": token, "checkpoint": "东门"}
    )
    return response.json["reason"]


def rotate(app) -> str:
    result = run_cli(app, "rotate-health-keys")
    assert result.exit_code == 0, result.output
    return result.output.split()[3].rstrip(",")


def test_rotation_signs_new_codes_with_the_new_kid(app, client, holder):
    old = kid_of(show(client, holder)["token"])
    new = rotate(app)
    assert new != old
    assert kid_of(show(client, holder)["token"]) == new
    assert {old, new} <= {entry.kid for entry in published_keys(client)}


def test_codes_signed_before_a_rotation_keep_verifying(app, client, holder):
    token = show(client, holder)["token"]
    rotate(app)
    assert verify_token(token, published_keys(client), utcnow()).valid
    assert scan_reason(client, app, token) == "ok"


def test_retiring_a_kid_refuses_its_codes(app, client, holder):
    token = show(client, holder)["token"]
    rotate(app)
    result = run_cli(app, "retire-health-key", kid_of(token))
    assert result.exit_code == 0, result.output
    assert scan_reason(client, app, token) == "key_retired"
    assert verify_token(token, published_keys(client), utcnow()).reason == "key_retired"
    assert scan_reason(client, app, show(client, holder)["token"]) == "ok"


def test_retiring_the_only_key_signs_the_next_code_with_a_new_one(app, client, holder):
    old = kid_of(show(client, holder)["token"])
    assert run_cli(app, "retire-health-key", old).exit_code == 0
    token = show(client, holder)["token"]
    assert kid_of(token) != old
    assert scan_reason(client, app, token) == "ok"


def test_rotation_and_retirement_are_audited(app):
    new = rotate(app)
    assert run_cli(app, "retire-health-key", new).exit_code == 0
    events = app.extensions["mongo_db"].audit_events.find({"actor.kind": "cli"}).sort("at", 1)
    assert [(e["event"], e["subject"]) for e in events] == [
        ("health_code.key_rotated", f"kid:{new}"),
        ("health_code.key_retired", f"kid:{new}"),
    ]


@pytest.mark.parametrize("kid", ["nokey", "KHLE", ""])
def test_retiring_an_unknown_kid_fails(app, kid):
    result = run_cli(app, "retire-health-key", kid)
    assert result.exit_code != 0


def test_retiring_a_kid_twice_fails_the_second_time(app, client, holder):
    kid = kid_of(show(client, holder)["token"])
    assert run_cli(app, "retire-health-key", kid).exit_code == 0
    assert run_cli(app, "retire-health-key", kid).exit_code == 1


def test_a_rotation_by_another_worker_is_seen_without_a_restart(app, client, holder):
    old = kid_of(show(client, holder)["token"])
    new = key_ring(app).rotate().kid
    assert kid_of(show(client, holder)["token"]) == new
    assert old in published_keys(client)


def test_a_key_made_for_an_issue_time_can_sign_at_that_time(make_app):
    # The clock ticks past a second between taking the issue time and making the first key.
    app = make_app()
    issued_at = utcnow().replace(microsecond=999_000)
    ring = key_ring(app, lambda: issued_at + timedelta(milliseconds=2))
    assert ring.signing_key(issued_at).can_sign(issued_at.replace(microsecond=0))


def test_published_keys_exist_before_the_first_code_is_shown(make_app):
    client = make_app().test_client()
    keys = published_keys(client)
    assert len(keys) == 1
    assert verify_token(show(client, real_named(client))["token"], keys, utcnow()).valid


def test_private_keys_are_stored_sealed(app, client, holder):
    show(client, holder)
    rotate(app)
    kek = base64.b64decode(app.config["HEALTH_CODE_KEK"])
    documents = list(app.extensions["mongo_db"].health_code_keys.find())
    assert len(documents) == 2
    for document in documents:
        raw = open_private_key(document["sealed"], kek).private_key.private_bytes_raw()
        stored = bson.encode(document)
        for form in (
            raw,
            raw.hex().encode(),
            base64.b64encode(raw),
            base64.urlsafe_b64encode(raw).rstrip(b"="),
        ):
            assert form not in stored
        assert set(document) == {"_id", "sealed", "created_at", "not_after", "retired_at"}


def test_a_sealed_key_does_not_open_with_another_kek(app, client, holder):
    show(client, holder)
    sealed = app.extensions["mongo_db"].health_code_keys.find_one()["sealed"]
    with pytest.raises(SealedKeyError):
        open_private_key(sealed, os.urandom(32))


def test_the_published_key_set_holds_no_private_half(client, holder):
    show(client, holder)
    document = client.get("/.well-known/health-code-keys.json").json
    assert all("d" not in key and key["kty"] == "OKP" for key in document["keys"])


def test_exported_keys_are_the_published_document(app, client, holder, tmp_path):
    show(client, holder)
    rotate(app)
    path = tmp_path / "keys.json"
    result = run_cli(app, "export-health-keys", str(path))
    assert result.exit_code == 0, result.output
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported == client.get("/.well-known/health-code-keys.json").json
    assert len(exported["keys"]) == 2


def verify_offline(token: str, keys_file: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "health_code.codes.verify_cli", token, "--keys", str(keys_file)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONUTF8": "1"},
        timeout=60,
    )


def test_an_offline_scanner_verifies_codes_with_the_exported_file(app, client, holder, tmp_path):
    path = tmp_path / "keys.json"
    assert run_cli(app, "export-health-keys", str(path)).exit_code == 0
    token = show(client, holder)["token"]
    valid = verify_offline(token, path)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "colour: green" in valid.stdout
    tampered = verify_offline(with_colour(token, "red"), path)
    assert tampered.returncode == 1
    assert "bad_signature" in tampered.stdout
