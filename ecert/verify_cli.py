"""Verify an e-certificate presentation offline, against saved keys and a revocation list.

    python -m ecert.verify_cli TOKEN --issuer-keys keys.json --wallet-keys wallet.json \
        --revocations revoked.json [--now ISO] [--audience ID]
    echo TOKEN | python -m ecert.verify_cli - …

keys.json is /.well-known/ecert-issuer-keys.json, wallet.json the wallet key set and
revoked.json the revocation list, all saved beforehand. Offline, one-time use cannot be
enforced (only the online verifier records presentation ids), and revocations are as recent
as the saved list. Exit status: 0 valid, 1 not valid, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from ecert.revocations import RevocationList
from ecert.seals import IssuerKeys
from ecert.verification import Verification, verify_presentation
from ecert.wallet_keys import wallet_keys_from_dict

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _aware_datetime(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time with offset, e.g. 2025-03-01T08:00:00+08:00"
        )
    return moment


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ecert.verify_cli",
        description="Verify an e-certificate presentation offline.",
    )
    parser.add_argument("token", help="the scanned presentation, or - to read it from stdin")
    parser.add_argument("--issuer-keys", required=True, help="saved ecert-issuer-keys.json")
    parser.add_argument("--wallet-keys", required=True, help="saved wallet key set")
    parser.add_argument("--revocations", required=True, help="saved revocation list")
    parser.add_argument("--now", type=_aware_datetime, help="check as of this ISO 8601 time")
    parser.add_argument("--audience", help="this verifier's id: refuse tokens made for another")
    return parser


def _load(path: str, reader):
    with open(path, encoding="utf-8") as file:
        return reader(json.load(file))


def _report(result: Verification) -> str:
    lines = ["valid" if result.valid else "invalid", f"reason: {result.reason}"]
    lines.append("mode: offline (one-time use is checked only online)")
    for label, value in (
        ("type", result.type),
        ("identifier", result.identifier),
        ("issuer", result.issuer_name and f"{result.issuer_name} ({result.issuer_code})"),
        ("status", result.status),
        ("valid until", result.valid and (result.valid_until or "long-term")),
        ("audience", result.audience),
    ):
        if value:
            lines.append(f"{label}: {value}")
    for name, value in result.fields.items():
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        lines.append(f"  {name}: {shown}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Verify one presentation and print the outcome; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    token = sys.stdin.readline().strip() if args.token == "-" else args.token.strip()
    try:
        issuer_keys = _load(args.issuer_keys, IssuerKeys.from_dict)
        wallet_keys = _load(args.wallet_keys, wallet_keys_from_dict)
        revocations = _load(args.revocations, RevocationList.from_dict)
    except (OSError, ValueError) as error:  # JSON, encoding and the format errors included
        parser.print_usage(sys.stderr)
        print(f"cannot load a saved file: {error}", file=sys.stderr)
        return EXIT_USAGE
    result = verify_presentation(
        token,
        issuer_keys,
        wallet_keys,
        args.now or datetime.now(UTC),
        audience=args.audience,
        revocations=revocations,
    )
    print(_report(result))
    return EXIT_VALID if result.valid else EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
