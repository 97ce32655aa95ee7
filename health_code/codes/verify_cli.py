"""Verify a health-code token offline against a saved key set.

    python -m health_code.codes.verify_cli TOKEN --keys keys.json [--now ISO]
    echo TOKEN | python -m health_code.codes.verify_cli - --keys keys.json

Exit status: 0 valid, 1 invalid, 2 usage error (bad arguments, unreadable key set).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from health_code.codes.health_token import KIND_NAMES, Verification, verify_token
from signing_keys import KeySet

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _aware_datetime(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    # A time without offset is ambiguous on a scanner; make the operator say which zone is meant.
    if moment is None or moment.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time with offset, e.g. 2025-03-01T08:00:00+08:00"
        )
    return moment


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m health_code.codes.verify_cli",
        description="Verify a health-code token offline.",
    )
    parser.add_argument("token", help="the scanned token text, or - to read it from stdin")
    parser.add_argument("--keys", required=True, help="saved health-code-keys.json")
    parser.add_argument(
        "--now", type=_aware_datetime, help="check as of this ISO 8601 time (default: now)"
    )
    return parser


def _load_keys(path: str) -> KeySet:
    with open(path, encoding="utf-8") as file:
        return KeySet.from_dict(json.load(file))


def _report(result: Verification) -> str:
    lines = ["valid" if result.valid else "invalid"]
    if result.claims is not None:
        claims = result.claims
        lines += [
            f"colour: {claims.colour}",
            f"kind: {claims.kind} ({KIND_NAMES[claims.kind]})",
            f"name: {claims.masked_name}",
            f"expires: {claims.expires_at.isoformat()}",
        ]
    lines.append(f"reason: {result.reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Verify one token and print the outcome; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    # Strip only the line ending: spaces are part of the Base45 alphabet.
    token = sys.stdin.readline().rstrip("\r\n") if args.token == "-" else args.token
    try:
        keys = _load_keys(args.keys)
    except (OSError, ValueError) as error:  # JSON, encoding and KeySetFormatError included
        parser.print_usage(sys.stderr)
        print(f"cannot load key set {args.keys}: {error}", file=sys.stderr)
        return EXIT_USAGE
    result = verify_token(token, keys, args.now or datetime.now(UTC))
    print(_report(result))
    return EXIT_VALID if result.valid else EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
