"""The partner region's command line: make keys, publish them, issue codes.

    python -m partner_sim keygen --keys partner-keys.json [--region MO] [--name 澳门]
    python -m partner_sim keys --keys partner-keys.json --public > mo-public-keys.json
    python -m partner_sim issue --keys partner-keys.json --colour green --minutes 10 --name "陈*明"

Exit status: 0 done, 2 usage error (bad arguments, missing or unreadable key file).
"""

import argparse
import json
import os
import secrets
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from health_code.codes.health_token import COLOURS
from health_code.codes.partner_token import PartnerClaims, issue_partner_code
from health_code.codes.verify_cli import _aware_datetime
from partner_sim import keyfile

EXIT_OK, EXIT_USAGE = 0, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m partner_sim", description="A simulated partner region's health codes."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    keygen = commands.add_parser("keygen", help="create the key file, or add a newer key")
    keygen.add_argument("--region", default="MO", help="two capital letters (default MO)")
    keygen.add_argument("--name", default="澳门", help="the region's name")
    keys = commands.add_parser("keys", help="list the keys, or print the public key set")
    keys.add_argument("--public", action="store_true", help="print the public key set as JSON")
    issue = commands.add_parser("issue", help="print a signed code of this region")
    issue.add_argument("--colour", choices=COLOURS, default="green")
    issue.add_argument("--minutes", type=int, default=10, help="lifetime of the code")
    issue.add_argument("--name", default="", help="the holder's masked name, e.g. 陈*明")
    issue.add_argument("--subject", help="the holder's reference as hex (default: random)")
    issue.add_argument("--at", type=_aware_datetime, help="issue as of this ISO 8601 time")
    for command in (keygen, keys, issue):
        command.add_argument("--keys", required=True, help="the region's key file (JSON)")
    return parser


def _keygen(args) -> str:
    exists = os.path.exists(args.keys)
    document = keyfile.load(args.keys) if exists else keyfile.new_key_file(args.region, args.name)
    kid = keyfile.add_key(document, datetime.now(UTC))
    keyfile.save(args.keys, document)
    return f"{'added' if exists else 'created'} key {kid} for {document['region']} in {args.keys}"


def _keys(args) -> str:
    key_set = keyfile.public_key_set(keyfile.load(args.keys))
    if args.public:
        return json.dumps(key_set.to_dict(), ensure_ascii=False, indent=2)
    return "\n".join(f"{entry.kid}  valid from {entry.valid_from.isoformat()}" for entry in key_set)


def _issue(args) -> str:
    document = keyfile.load(args.keys)
    issued_at = args.at or datetime.now(UTC)
    subject = bytes.fromhex(args.subject) if args.subject else secrets.token_bytes(8)
    claims = PartnerClaims(
        colour=args.colour,
        issued_at=issued_at,
        expires_at=issued_at + timedelta(minutes=args.minutes),
        subject_ref=subject,
        masked_name=args.name,
    )
    return issue_partner_code(document["region"], claims, keyfile.signing_key(document, issued_at))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and print its result; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    command = {"keygen": _keygen, "keys": _keys, "issue": _issue}[args.command]
    try:
        print(command(args))
    except (OSError, KeyError, LookupError, ValueError) as error:
        parser.print_usage(sys.stderr)
        print(f"partner_sim {args.command}: {error}", file=sys.stderr)
        if isinstance(error, FileNotFoundError):
            print(
                "make the key file first: python -m partner_sim keygen --keys FILE", file=sys.stderr
            )
        return EXIT_USAGE
    return EXIT_OK
