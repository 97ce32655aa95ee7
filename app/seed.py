"""Demo data for development: staff per role and department, a real-named resident with
e-certificates from several issuers, a bank counter registered to verify them, and cases."""

from accounts.audit import Actor
from accounts.staff import ROLES
from app.seed_ecert import seed_verifier, seed_wallet
from app.seed_services import CLERK_DEPARTMENT, seed_cases, seed_clerks
from core.errors import ServiceError
from identity.documents import mod11_2_check_char

DEMO_PHONE = "13800000001"
DEMO_NAME = "陈小明"
SEED_ACTOR = Actor(kind="system", id="seed")


def demo_resident_id() -> str:
    """A check-digit-valid resident ID (Shenzhen Futian, born 1990-01-01) for the demo."""
    first17 = "44030419900101123"
    return first17 + mod11_2_check_char(first17)


def seed_demo(container, demo_password: str) -> list[str]:
    """Create what is missing of the demo data; return what was created."""
    created = []
    for role in ROLES:
        department = CLERK_DEPARTMENT if role == "clerk" else None
        try:
            container.staff.create(
                role, demo_password, [role], display_name=f"演示 {role}", department=department
            )
            created.append(f"staff {role}")
        except ServiceError:
            pass
    account = container.residents.login_by_phone(DEMO_PHONE, SEED_ACTOR, method="seed")
    if not account.get("real_name"):
        container.residents.verify_real_name(
            str(account["_id"]), "resident_id", demo_resident_id(), DEMO_NAME, SEED_ACTOR
        )
        created.append(f"resident {DEMO_PHONE} (L2)")
    holder = {"name": DEMO_NAME, "doc_type": "resident_id", "doc_number": demo_resident_id()}
    created += seed_wallet(container, holder) + seed_verifier(container)
    created += seed_clerks(container, demo_password)
    created += seed_cases(container, str(account["_id"]))
    return created


def demo_logins(demo_password: str) -> str:
    """Describe the demo logins for the console."""
    lines = [
        f"  resident: phone {DEMO_PHONE}, SMS code from "
        f"GET /api/v1/dev/sms-outbox?phone={DEMO_PHONE} (level L2, {DEMO_NAME})"
    ]
    lines += [f"  staff:    {role:<20} password {demo_password}" for role in ROLES]
    lines.append("  the verifier account verifies for the demo bank counter (icbc-th)")
    lines.append(f"  clerks:   clerk ({CLERK_DEPARTMENT}) and clerk-<department>, same password")
    return "\n".join(lines)
