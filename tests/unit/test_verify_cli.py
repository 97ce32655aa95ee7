import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from health_code.codes.health_token import TokenClaims, issue_token
from signing_keys import KeySet, generate_key

REPO_ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 3, 1, 8, 0, 0, tzinfo=UTC)


@pytest.fixture
def signed(tmp_path):
    """Return (token, path of the saved key set) for a green code expiring at NOW + 5 min."""
    key = generate_key(NOW)
    claims = TokenClaims("green", "00112233445566778899", "张*明", NOW, NOW + timedelta(minutes=5))
    keys_file = tmp_path / "keys.json"
    keys_file.write_text(json.dumps(KeySet().with_key(key).to_dict()), encoding="utf-8")
    return issue_token(claims, key), keys_file


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "health_code.codes.verify_cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONUTF8": "1"},
        timeout=60,
    )


def test_valid_token_prints_the_code_and_exits_0(signed):
    token, keys_file = signed

    done = run_cli(token, "--keys", keys_file, "--now", "2025-03-01T16:01:00+08:00")

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "valid",
        "colour: green",
        "kind: P (personal)",
        "name: 张*明",
        "expires: 2025-03-01T08:05:00+00:00",
        "reason: ok",
    ]


def test_token_read_from_stdin(signed):
    token, keys_file = signed

    done = run_cli("-", "--keys", keys_file, "--now", NOW.isoformat(), stdin=token + "\n")

    assert done.returncode == 0, done.stderr


def test_expired_token_exits_1_and_says_why(signed):
    token, keys_file = signed

    done = run_cli(token, "--keys", keys_file, "--now", "2025-03-01T09:00:00Z")

    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == "invalid"
    assert "name: 张*明" in done.stdout and "reason: expired" in done.stdout


def test_garbage_token_exits_1_as_malformed(signed):
    _, keys_file = signed

    done = run_cli("not a token", "--keys", keys_file)

    assert done.returncode == 1
    assert done.stdout.splitlines() == ["invalid", "reason: malformed"]


@pytest.mark.parametrize(
    "args",
    [
        ["HC1:ABC"],
        ["HC1:ABC", "--keys", "missing.json"],
        ["HC1:ABC", "--keys", "{keys}", "--now", "2025-03-01T08:00:00"],
        ["HC1:ABC", "--keys", "{keys}", "--now", "tomorrow"],
        ["HC1:ABC", "--keys", "{not_a_key_set}"],
    ],
)
def test_usage_errors_exit_2(signed, tmp_path, args):
    _, keys_file = signed
    not_a_key_set = tmp_path / "other.json"
    not_a_key_set.write_text('{"hello": "world"}', encoding="utf-8")
    paths = {"{keys}": str(keys_file), "{not_a_key_set}": str(not_a_key_set)}

    done = run_cli(*(paths.get(arg, arg) for arg in args))

    assert done.returncode == 2
    assert done.stdout == ""
    assert "usage:" in done.stderr
