"""Seeding for the health-code targets: a real-named bench resident and a checkpoint operator."""

import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace

from bench.targets import BenchContext
from identity.documents import mod11_2_check_char

OPERATOR = "bench-gate"
MANAGER = "bench-venues"
# Only ever used in the throwaway database of one bench run.
OPERATOR_PASSWORD = "bench-gate-password"
HOLDER_NAME = "陈小明"


def holder_document() -> dict:
    """A check-digit-valid resident ID for the bench resident's real-name check."""
    first17 = "44030419900101123"
    return {
        "doc_type": "resident_id",
        "doc_number": first17 + mod11_2_check_char(first17),
        "name": HOLDER_NAME,
    }


def _child_number() -> str:
    first17 = "44030420150101321"
    return first17 + mod11_2_check_char(first17)


def cli_staff_adder(env: dict, cwd) -> Callable[[str, str, str], None]:
    """Create staff the way an operator does: `flask create-staff` against the bench database."""

    def add(username: str, password: str, role: str) -> None:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "flask",
                "--app",
                "wsgi",
                "create-staff",
                username,
                "--role",
                role,
                "--password",
                password,
            ],
            cwd=cwd,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )

    return add


def seed_health_code(sender, ctx: BenchContext, add_staff) -> BenchContext:
    """Real-name the bench resident and log a checkpoint operator in; return the context."""
    resident = {"Authorization": f"Bearer {ctx.access_token}"}
    _expect(sender("POST", "/api/v1/me/real-name", holder_document(), resident), 200)
    child = {
        **holder_document(),
        "doc_number": _child_number(),
        "name": "陈小华",
        "relation": "child",
    }
    _expect(sender("POST", "/api/v1/family/dependants", child, resident), 201)
    add_staff(OPERATOR, OPERATOR_PASSWORD, "checkpoint_operator")
    staff = _expect(
        sender(
            "POST",
            "/api/v1/auth/staff-tokens",
            {"username": OPERATOR, "password": OPERATOR_PASSWORD},
        ),
        201,
    )

    def fresh_code() -> str:
        return _expect(sender("GET", "/api/v1/health-code", None, resident), 200)["token"]

    return replace(
        ctx,
        extras={
            **ctx.extras,
            "operator_token": staff["access_token"],
            "fresh_code": fresh_code,
            "venue_token": _venue_token(sender, add_staff),
        },
    )


def _venue_token(sender, add_staff) -> str:
    """Register a venue as its manager would; return the code printed on its poster."""
    add_staff(MANAGER, OPERATOR_PASSWORD, "venue_manager")
    login = {"username": MANAGER, "password": OPERATOR_PASSWORD}
    manager = _expect(sender("POST", "/api/v1/auth/staff-tokens", login), 201)
    venue = {"name": "压测场所", "region_code": "440106", "address": "天河路 1 号", "type": "mall"}
    headers = {"Authorization": f"Bearer {manager['access_token']}"}
    return _expect(sender("POST", "/api/v1/venues", venue, headers), 201)["token"]


def _expect(reply: tuple[int, dict | None], status: int) -> dict:
    if reply[0] != status:
        raise RuntimeError(f"health-code seeding got HTTP {reply[0]} (wanted {status}): {reply[1]}")
    return reply[1]


def seed_population(db, count: int) -> None:
    """Give the hot paths' collections other people's documents, as a real deployment has.

    The baseline reads one of 10,000 documents; without others, the bench resident's health
    record is one of a handful, and a lookup that scans its collection looks as cheap as an
    indexed one (`--population 10000` shows the difference: bench/README.md). Written
    straight to the database (the lookups' fields, not whole records), in batches.
    """
    records = db.health_records
    sessions = db.sessions
    for start in range(0, count, 1_000):
        numbers = range(start, min(start + 1_000, count))
        records.insert_many(
            {"_id": f"population-{n:06d}", "subject_id": f"{n:020d}", "account_id": f"pop-{n:06d}"}
            for n in numbers
        )
        sessions.insert_many(
            {"_id": f"population-{n:06d}", "account_id": f"pop-{n:06d}", "revoked_at": None}
            for n in numbers
        )
