"""The partner-region simulator and the partner code format it signs."""

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature

from health_code.codes.base45 import base45_decode, base45_encode
from health_code.codes.partner_token import (
    FRAMING,
    PartnerClaims,
    issue_partner_code,
    parse_partner_code,
    partner_claims,
)
from partner_sim import keyfile
from partner_sim.cli import EXIT_OK, EXIT_USAGE, main
from signing_keys import KeySet

REPO_ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture
def keys_path(tmp_path) -> str:
    path = str(tmp_path / "partner-keys.json")
    assert main(["keygen", "--keys", path]) == EXIT_OK
    return path


def run(*args: str) -> int:
    """Run the command line; argparse's own refusals exit, so catch their status too."""
    try:
        return main(list(args))
    except SystemExit as stop:
        return stop.code


def issued(keys_path: str, capsys, *args: str) -> str:
    """Run `issue` with the arguments and return the printed code."""
    capsys.readouterr()
    assert main(["issue", "--keys", keys_path, *args]) == EXIT_OK
    return capsys.readouterr().out.strip()


def verified(token: str, keys_path: str) -> PartnerClaims | None:
    """Check the code's signature with the region's public keys; return its claims or None."""
    code = parse_partner_code(token)
    entry = keyfile.public_key_set(keyfile.load(keys_path)).get(code.kid)
    # The region is bound into the signature, after the kind's own signing context.
    entry.public_key.verify(code.signature, FRAMING.context + code.scope.encode() + code.payload)
    return partner_claims(code)


def test_keygen_writes_a_key_file_only_its_owner_can_read(keys_path):
    document = keyfile.load(keys_path)

    assert (document["region"], len(document["keys"])) == ("MO", 1)
    assert "d" in document["keys"][0]
    assert stat.S_IMODE(os.stat(keys_path).st_mode) == 0o600


def test_keygen_on_an_existing_file_adds_a_newer_key_that_signs(keys_path, capsys):
    main(["keygen", "--keys", keys_path])
    newest = keyfile.load(keys_path)["keys"][-1]["kid"]

    token = issued(keys_path, capsys, "--name", "陈*明")

    assert parse_partner_code(token).kid == newest


def test_the_public_key_set_holds_no_private_part(keys_path, capsys):
    capsys.readouterr()
    assert main(["keys", "--keys", keys_path, "--public"]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)

    assert all("d" not in key for key in document["keys"])
    assert len(KeySet.from_dict(document)) == 1


def test_issue_prints_a_signed_code_of_the_region(keys_path, capsys):
    token = issued(
        keys_path,
        capsys,
        "--colour",
        "yellow",
        "--minutes",
        "10",
        "--name",
        "陈*明",
        "--at",
        NOW.isoformat(),
        "--subject",
        "0a0b",
    )

    claims = verified(token, keys_path)

    assert token.startswith("MOHC1:")
    assert (claims.colour, claims.masked_name, claims.subject_ref) == (
        "yellow",
        "陈*明",
        b"\x0a\x0b",
    )
    assert (claims.issued_at, claims.expires_at) == (NOW, NOW + timedelta(minutes=10))


@pytest.mark.parametrize(
    "args",
    [
        ["--name", "陈小明"],
        ["--minutes", "0"],
        ["--subject", "xyz"],
        ["--at", "2026-11-20T08:00:00"],
    ],
    ids=["unmasked-name", "no-lifetime", "bad-subject", "naive-time"],
)
def test_issue_refuses_what_a_code_cannot_carry(keys_path, args):
    assert run("issue", "--keys", keys_path, *args) == EXIT_USAGE


def test_issue_without_a_key_file_says_how_to_make_one(tmp_path, capsys):
    status = main(["issue", "--keys", str(tmp_path / "missing.json")])

    assert status == EXIT_USAGE
    assert "keygen" in capsys.readouterr().err


def test_keygen_refuses_a_region_that_is_not_two_capital_letters(tmp_path):
    assert run("keygen", "--keys", str(tmp_path / "k.json"), "--region", "mac") == EXIT_USAGE


def test_the_module_runs_as_a_command(tmp_path):
    path = str(tmp_path / "partner-keys.json")
    run = [sys.executable, "-m", "partner_sim"]
    subprocess.run([*run, "keygen", "--keys", path], cwd=REPO_ROOT, check=True, capture_output=True)

    done = subprocess.run(
        [*run, "issue", "--keys", path, "--name", "陈*明"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )

    assert verified(done.stdout.strip(), path).masked_name == "陈*明"


def test_an_altered_code_fails_its_signature(keys_path, capsys):
    token = issued(keys_path, capsys, "--colour", "red")
    raw = bytearray(base45_decode(token.removeprefix("MOHC1:")))
    raw[0] &= 0b11001111  # red -> green

    with pytest.raises(InvalidSignature):
        verified("MOHC1:" + base45_encode(bytes(raw)), keys_path)


def test_a_code_relabelled_as_another_region_fails_its_signature(keys_path, capsys):
    token = issued(keys_path, capsys)

    with pytest.raises(InvalidSignature):
        verified("HK" + token.removeprefix("MO"), keys_path)


@pytest.mark.parametrize(
    "text", [None, "", "MOHC1:", "MOHC1:%%", "M0HC1:ABC", "HC1:ABC", "MOHC1:" + "0" * 500]
)
def test_text_that_is_no_partner_code_does_not_split(text):
    assert parse_partner_code(text) is None


def test_claims_with_reserved_bits_set_are_unreadable(keys_path):
    document = keyfile.load(keys_path)
    claims = PartnerClaims("green", NOW, NOW + timedelta(minutes=5), b"ref", "")
    token = issue_partner_code("MO", claims, keyfile.signing_key(document, NOW))
    code = parse_partner_code(token)

    altered = code._replace(flags=code.flags | 0b1000)

    assert partner_claims(code) == claims
    assert partner_claims(altered) is None
