"""Command-line tasks: staff accounts, demo data, health-code keys, the OpenAPI document."""

import json

import click
from flask import current_app

from accounts.audit import Actor
from accounts.staff import ROLES
from app.container import container
from app.ecert_cli import COMMANDS as ECERT_COMMANDS
from app.i18n import translate
from app.seed import demo_logins, seed_demo
from core.departments import BY_SLUG as DEPARTMENTS
from core.errors import ServiceError

CLI_ACTOR = Actor(kind="cli", id="flask-cli")


@click.command("create-staff")
@click.argument("username")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(ROLES))
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", "display_name", default="")
@click.option("--department", type=click.Choice(sorted(DEPARTMENTS)), default=None)
def create_staff(username, roles, password, display_name, department):
    """Create a staff account with one or more roles (clerks: with their department)."""
    try:
        container().staff.create(username, password, roles, display_name, department=department)
    except ServiceError as error:
        raise _refusal(error) from None
    container().audit.record(
        "staff.created", "ok", CLI_ACTOR, subject=f"staff:{username}", roles=list(roles)
    )
    click.echo(f"created staff {username} with roles {', '.join(roles)}")


@click.command("set-staff-roles")
@click.argument("username")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(ROLES))
def set_staff_roles(username, roles):
    """Replace a staff member's roles and close their sessions so the change applies at once."""
    try:
        container().staff.set_roles(username, roles, CLI_ACTOR)
    except ServiceError as error:
        raise _refusal(error) from None
    click.echo(f"{username}: roles are now {', '.join(roles)}")


@click.command("set-staff-department")
@click.argument("username")
@click.argument("department", type=click.Choice(sorted(DEPARTMENTS)))
def set_staff_department(username, department):
    """Place a staff member in a department (a clerk works on its services only)."""
    try:
        container().staff.set_department(username, department, CLI_ACTOR)
    except ServiceError as error:
        raise _refusal(error) from None
    click.echo(f"{username} now works in {department}")


@click.command("seed-demo")
def seed_demo_command():
    """Create the demo staff accounts and resident (development only)."""
    if current_app.config["APP_ENV"] == "production":
        raise click.ClickException("demo data is never seeded in production")
    for line in seed_demo(container(), current_app.config["DEMO_PASSWORD"]) or ["nothing new"]:
        click.echo(f"seeded {line}")
    click.echo(demo_logins(current_app.config["DEMO_PASSWORD"]))


@click.command("rotate-health-keys")
def rotate_health_keys():
    """Generate a new health-code signing key; tokens of older keys keep verifying."""
    kid = container().health_keys.rotate(CLI_ACTOR)
    click.echo(f"new signing key {kid}")
    click.echo("re-export the key set for offline scanners: flask export-health-keys PATH")


@click.command("retire-health-key")
@click.argument("kid")
def retire_health_key(kid):
    """Retire a signing key: its tokens are refused from now on."""
    if not container().health_keys.retire(kid, CLI_ACTOR):
        raise click.ClickException(f"no active health-code key {kid!r} (unknown or retired)")
    click.echo(
        f"retired {kid}; other workers stop accepting it within "
        f"{current_app.config['HEALTH_CODE_KEY_REFRESH_SECONDS']} s"
    )


@click.command("export-health-keys")
@click.argument("path")
def export_health_keys(path):
    """Write the public key set for offline scanners (as /.well-known/health-code-keys.json)."""
    document = container().health_keys.published()
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    click.echo(f"wrote {path} with keys: {', '.join(key['kid'] for key in document['keys'])}")


@click.command("add-partner-region")
@click.argument("region")
@click.option(
    "--keys",
    "keys_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="the partner's public key set, e.g. from python -m partner_sim keys --public",
)
@click.option("--name", required=True, help="the region's name, e.g. 澳门")
@click.option(
    "--freshness-minutes",
    default=60,
    type=click.IntRange(1, 1440),
    help="how old a partner code may be when a holder submits it",
)
def add_partner_region(region, keys_path, name, freshness_minutes):
    """Trust a partner region's health codes for conversion (转码), or update its keys."""
    try:
        with open(keys_path, encoding="utf-8") as handle:
            keys = json.load(handle)
    except ValueError as error:
        raise click.ClickException(f"{keys_path} is not JSON: {error}") from None
    entry = {"name": name, "keys": keys, "freshness_minutes": freshness_minutes, "enabled": True}
    try:
        stored = container().partners.trust_region(region, entry, CLI_ACTOR.id, CLI_ACTOR)
    except ServiceError as error:
        raise _refusal(error) from None
    kids = ", ".join(key["kid"] for key in stored["keys"]["keys"])
    click.echo(f"trusted {region} ({name}), keys {kids}, codes up to {freshness_minutes} min old")


@click.command("write-openapi")
@click.argument("path", default="docs/openapi.json")
def write_openapi(path):
    """Write the OpenAPI document generated from the schemas to a file."""
    from app.extensions import api

    with open(path, "w", encoding="utf-8") as handle:
        json.dump(api.spec.to_dict(), handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.write("\n")
    click.echo(f"wrote {path}")


@click.command("migrate")
def migrate_command():
    """Bring stored documents to this release's shape (also done at every start)."""
    from app.database import get_db
    from models.migrations import current_version, latest_version, migrate

    db = get_db()
    for step in migrate(db, current_app.extensions["wiring"].clock()):
        click.echo(f"applied {step.version} {step.name}: {step.changed} documents changed")
    click.echo(f"schema version {current_version(db)} (this release: {latest_version()})")


@click.command("finish-deletions")
def finish_deletions():
    """Finish account deletions that a failure left midway (also done at every start)."""
    finished = container().account_deletion.finish_pending(CLI_ACTOR)
    click.echo(f"finished {len(finished)} interrupted account deletion(s)")
    for account_id in finished:
        click.echo(f"  {account_id}")


def _refusal(error: ServiceError) -> click.ClickException:
    """Show an engine's refusal as a one-line CLI error instead of a traceback."""
    return click.ClickException(translate(error.key, error.params))


def register_cli(app) -> None:
    for command in (
        *ECERT_COMMANDS,
        create_staff,
        set_staff_roles,
        set_staff_department,
        seed_demo_command,
        write_openapi,
        rotate_health_keys,
        retire_health_key,
        export_health_keys,
        add_partner_region,
        migrate_command,
        finish_deletions,
    ):
        app.cli.add_command(command)
