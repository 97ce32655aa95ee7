"""Administrators manage staff accounts and read the security audit trail."""

from api.common import current_actor
from api.staff_admin.schemas import AuditEventSchema, AuditQuerySchema, RolesSchema, StaffSchema
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
@blp.response(200, StaffSchema(many=True))
def list_staff():
    """List staff accounts and their roles."""
    return container().staff.list()


@blp.route("/staff", methods=["POST"])
@blp.staff_required("admin")
@blp.arguments(StaffSchema)
@blp.response(201, StaffSchema)
def create_staff(body):
    """Create a staff account (usernames are unique; passwords at least 12 characters)."""
    return container().staff.create_audited(body, current_actor())


@blp.route("/staff/<username>/roles", methods=["PUT"])
@blp.staff_required("admin")
@blp.arguments(RolesSchema)
@blp.response(200, StaffSchema)
def set_roles(body, username):
    """Replace a staff member's roles; their sessions end so the change applies at once."""
    return container().staff.set_roles(username, body["roles"], current_actor())


@blp.route("/audit-events", methods=["GET"])
@blp.staff_required("admin")
@blp.arguments(AuditQuerySchema, location="query")
@blp.response(200, AuditEventSchema(many=True))
def audit_events(query):
    """Read the audit trail for one subject (account id, staff:username) or one event type."""
    return container().audit.search(query.get("subject"), query.get("event"), query["limit"])
