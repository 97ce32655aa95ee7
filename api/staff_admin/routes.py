"""Administrators manage staff accounts and read the security audit trail."""

from api.common import PageQuerySchema, current_actor, page, page_of
from api.staff_admin.schemas import (
    AuditEventSchema,
    AuditQuerySchema,
    RolesSchema,
    StaffDepartmentSchema,
    StaffSchema,
)
from app.container import container
from app.smorest import Blueprint
from core.paging import page_of_list

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
    """List staff accounts and their roles."""
    return page(page_of_list(container().staff.list(), query["limit"], query["offset"]))


@blp.route("/staff", methods=["POST"])
@blp.refuses(409)
@blp.staff_required("admin")
@blp.arguments(StaffSchema)
@blp.response(201, StaffSchema)
def create_staff(body):
    """Create a staff account (usernames are unique; passwords at least 12 characters)."""
    return container().staff.create_audited(body, current_actor())


@blp.route("/staff/<username>/roles", methods=["PUT"])
@blp.refuses(404)
@blp.staff_required("admin")
@blp.arguments(RolesSchema)
@blp.response(200, StaffSchema)
def set_roles(body, username):
    """Replace a staff member's roles; their sessions end so the change applies at once."""
    return container().staff.set_roles(username, body["roles"], current_actor())


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
    """Read the audit trail for one subject (account id, staff:username) or one event type."""
    return page(container().audit.search(**query))
