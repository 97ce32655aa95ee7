"""Administrators manage staff accounts and read the security audit trail."""

from api.common import PageQuerySchema, current_actor, page, page_of
from api.staff_admin.schemas import (
    AuditEventSchema,
    AuditQuerySchema,
    PasswordResetSchema,
    RolesSchema,
    StaffDepartmentSchema,
    StaffSchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "staff_admin",
    __name__,
    url_prefix="/api/v1/admin",
    description="Staff accounts and the audit trail (admin)",
)


@blp.route("/staff", methods=["GET"])
@blp.staff_required("admin")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(StaffSchema))
def list_staff(query):
    """List staff accounts and their roles, by username."""
    return page(container().staff_admin.page(**query))


@blp.route("/staff", methods=["POST"])
@blp.refuses(409)
@blp.staff_required("admin")
@blp.arguments(StaffSchema)
@blp.response(201, StaffSchema)
def create_staff(body):
    """Create a staff account; the person replaces the password (12+ characters) at first login."""
    return container().staff.create_audited(body, current_actor())


@blp.route("/staff/<username>/roles", methods=["PUT"])
@blp.refuses(404)
@blp.staff_required("admin")
@blp.arguments(RolesSchema)
@blp.response(200, StaffSchema)
def set_roles(body, username):
    """Replace a staff member's roles; their sessions end (every server within 1 s)."""
    return container().staff.set_roles(username, body["roles"], current_actor())


@blp.route("/staff/<username>/disable", methods=["POST"])
@blp.refuses(404, 409)
@blp.staff_required("admin")
@blp.response(200, StaffSchema)
def disable_staff(username):
    """Stop a staff member logging in and end their sessions (not one's own account)."""
    return container().staff_admin.disable(username, current_actor())


@blp.route("/staff/<username>/enable", methods=["POST"])
@blp.refuses(404)
@blp.staff_required("admin")
@blp.response(200, StaffSchema)
def enable_staff(username):
    """Let a disabled staff member log in again."""
    return container().staff_admin.enable(username, current_actor())


@blp.route("/staff/<username>/password", methods=["POST"])
@blp.refuses(404)
@blp.staff_required("admin")
@blp.response(200, PasswordResetSchema)
def reset_password(username):
    """Reset a password to a generated one-time password, shown once; sessions end."""
    return container().staff_admin.reset_password(username, current_actor())


@blp.route("/staff/<username>/department", methods=["PUT"])
@blp.refuses(404)
@blp.staff_required("admin")
@blp.arguments(StaffDepartmentSchema)
@blp.response(200, StaffSchema)
def set_department(body, username):
    """Place a staff member in a department (clerks see only its services' cases)."""
    return container().staff.set_department(username, body["department"], current_actor())


@blp.route("/audit-events", methods=["GET"])
@blp.staff_required("admin")
@blp.arguments(AuditQuerySchema, location="query")
@blp.response(200, page_of(AuditEventSchema))
def audit_events(query):
    """Read the audit trail, newest first: all of it, or of a subject, an event type or both."""
    return page(container().audit.search(**query))
