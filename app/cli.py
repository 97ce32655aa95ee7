"""Command-line tasks: staff accounts, demo data, the OpenAPI document."""

import json

import click
from flask import current_app

from accounts.audit import Actor
from accounts.staff import ROLES
from app.seed import demo_logins, seed_demo
from app.services import services

CLI_ACTOR = Actor(kind="cli", id="flask-cli")


@click.command("create-staff")
@click.argument("username")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(ROLES))
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", "display_name", default="")
def create_staff(username, roles, password, display_name):
    """Create a staff account with one or more roles."""
    services().staff.create(username, password, roles, display_name)
    services().audit.record("staff.created", "ok", CLI_ACTOR, subject=f"staff:{username}",
                            roles=list(roles))
    click.echo(f"created staff {username} with roles {', '.join(roles)}")


@click.command("set-staff-roles")
@click.argument("username")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(ROLES))
def set_staff_roles(username, roles):
    """Replace a staff member's roles and close their sessions so the change applies at once."""
    services().staff.set_roles(username, roles, CLI_ACTOR)
    services().sessions.close_all(username, "roles_changed")
    click.echo(f"{username}: roles are now {', '.join(roles)}")


@click.command("seed-demo")
def seed_demo_command():
    """Create the demo staff accounts and resident (development only)."""
    if current_app.config["APP_ENV"] == "production":
        raise click.ClickException("demo data is never seeded in production")
    for line in seed_demo(services(), current_app.config["DEMO_PASSWORD"]) or ["nothing new"]:
        click.echo(f"seeded {line}")
    click.echo(demo_logins(current_app.config["DEMO_PASSWORD"]))


@click.command("write-openapi")
@click.argument("path", default="docs/openapi.json")
def write_openapi(path):
    """Write the OpenAPI document generated from the schemas to a file."""
    from app.extensions import api

    with open(path, "w", encoding="utf-8") as handle:
        json.dump(api.spec.to_dict(), handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.write("\n")
    click.echo(f"wrote {path}")


def register_cli(app) -> None:
    for command in (create_staff, set_staff_roles, seed_demo_command, write_openapi):
        app.cli.add_command(command)
