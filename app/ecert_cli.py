"""Command-line tasks of the e-certificate side: keys for offline verifiers, rotation, refresh."""

import json
from pathlib import Path

import click
from flask import current_app

from app.container import container
from ecert.usecases.verifying import ISSUER_CODES

OFFLINE_FILES = {
    "issuer-keys.json": lambda public: public.issuer_keys(),
    "wallet-keys.json": lambda public: public.wallet_keys_document(),
    "revocations.json": lambda public: public.revocations(),
}


@click.command("export-ecert-keys")
@click.argument("directory", type=click.Path(file_okay=False))
def export_ecert_keys(directory):
    """Write what `python -m ecert.verify_cli` needs offline: keys and the revocation list."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    for name, document in OFFLINE_FILES.items():
        with open(target / name, "w", encoding="utf-8") as handle:
            json.dump(document(container().ecert_public), handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    click.echo(f"wrote {', '.join(OFFLINE_FILES)} to {target}")


@click.command("rotate-ecert-key")
@click.option("--issuer", "issuer_code", type=click.Choice(sorted(ISSUER_CODES)))
@click.option("--wallet", is_flag=True, help="rotate the wallet's key-binding key instead")
def rotate_ecert_key(issuer_code, wallet):
    """Start signing with a new issuer seal key (or wallet key); older keys keep verifying."""
    if bool(issuer_code) == wallet:
        raise click.UsageError("give exactly one of --issuer CODE and --wallet")
    wiring = current_app.extensions["wiring"]
    key = wiring.wallet_keys.rotate() if wallet else wiring.ecert_seals.rotate(issuer_code)
    click.echo(f"new key {key.kid}; re-export the keys for offline verifiers")


@click.command("refresh-derived-claims")
@click.option("--limit", default=1000, type=click.IntRange(1, 100_000))
def refresh_derived_claims(limit):
    """Re-issue certificates whose age claims changed by today (run daily, e.g. from cron)."""
    click.echo(f"re-issued {container().ecert_refresh.sweep(limit)} certificates")


COMMANDS = (export_ecert_keys, rotate_ecert_key, refresh_derived_claims)
