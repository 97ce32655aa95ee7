import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from ecert.catalogue import TYPES
from ecert.revocations import revocation_list
from tests.ecert_factories import NOW, issue_sample, make_engine, present

REPO_ROOT = Path(__file__).resolve().parents[2]
LATER = (NOW + timedelta(seconds=60)).isoformat()


def run_cli(*args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ecert.verify_cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONUTF8": "1"},
        timeout=60,
    )


@pytest.fixture
def saved(tmp_path):
    """Return (engine, record, {name: path}) with the three documents a verifier saves."""
    engine = make_engine()
    record = issue_sample(engine, "driving_licence")

    def save():
        issuers = engine.seals.public_keys({t.issuer_code for t in TYPES}).to_dict()
        documents = {
            "keys": issuers,
            "wallet": engine.wallet_keys.to_dict(),
            "revoked": revocation_list(engine.certificates, NOW).to_dict(),
        }
        paths = {}
        for name, document in documents.items():
            paths[name] = tmp_path / f"{name}.json"
            paths[name].write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return paths

    return engine, record, save


def files(paths) -> list:
    return [
        "--issuer-keys",
        paths["keys"],
        "--wallet-keys",
        paths["wallet"],
        "--revocations",
        paths["revoked"],
    ]


def test_valid_presentation_prints_the_shared_fields_and_says_offline(saved):
    engine, record, save = saved
    token = present(engine, record, ("holder_name", "age_over_18")).token

    done = run_cli(token, *files(save()), "--now", LATER)

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == [
        "valid",
        "reason: ok",
        "mode: offline (one-time use is checked only online)",
    ]
    assert "type: driving_licence" in lines
    assert f"identifier: {record['identifier']}" in lines
    assert "  holder_name: 王小明" in lines and "  age_over_18: true" in lines
    assert not any("birth_date" in line for line in lines)


def test_revoked_certificate_in_the_saved_list_exits_1(saved):
    engine, record, save = saved
    token = present(engine, record).token
    engine.issuance.revoke(record["identifier"], "withdrawn")

    done = run_cli(token, *files(save()), "--now", LATER)

    assert done.returncode == 1
    assert done.stdout.splitlines()[:2] == ["invalid", "reason: revoked"]
    assert "status: revoked" in done.stdout


def test_token_from_stdin_and_audience_check(saved):
    engine, record, save = saved
    token = present(engine, record, audience="v:bank-7").token
    paths = save()

    mine = run_cli("-", *files(paths), "--now", LATER, "--audience", "v:bank-7", stdin=token + "\n")
    other = run_cli(token, *files(paths), "--now", LATER, "--audience", "v:shop-1")

    assert mine.returncode == 0, mine.stdout
    assert (other.returncode, other.stdout.splitlines()[1]) == (1, "reason: audience_mismatch")


def test_expired_presentation_exits_1(saved):
    engine, record, save = saved
    token = present(engine, record).token

    done = run_cli(token, *files(save()), "--now", (NOW + timedelta(minutes=10)).isoformat())

    assert (done.returncode, done.stdout.splitlines()[1]) == (1, "reason: presentation_expired")


def test_unreadable_saved_file_is_a_usage_error(saved, tmp_path):
    engine, record, save = saved
    paths = save()
    paths["wallet"].write_text("{not json", encoding="utf-8")

    done = run_cli(present(engine, record).token, *files(paths))

    assert done.returncode == 2
    assert "cannot load" in done.stderr


def test_time_without_offset_is_refused(saved):
    engine, record, save = saved

    done = run_cli("x", *files(save()), "--now", "2025-03-01T10:00:00")

    assert done.returncode == 2
