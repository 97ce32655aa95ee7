"""Administrators register verifier organisations: name, staff, purposes and their fields."""

from flask_jwt_extended import get_jwt_identity

from api.common import PageQuerySchema, page, page_of
from api.verifier_admin.schemas import VerifierSchema, VerifierUpdateSchema
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "verifier_admin",
    __name__,
    url_prefix="/api/v1/admin/verifiers",
    description="Registered verifier organisations and what each purpose may see (admin)",
)


@blp.route("", methods=["POST"])
@blp.refuses(409)
@blp.staff_required("admin")
@blp.arguments(VerifierSchema)
@blp.response(201, VerifierSchema)
def register_verifier(body):
    """Register a verifier organisation with its staff and purposes (codes are unique)."""
    return container().verifier_registry.register(body, get_jwt_identity())


@blp.route("", methods=["GET"])
@blp.staff_required("admin")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(VerifierSchema))
def list_verifiers(query):
    """List the registered verifier organisations by name, inactive ones too."""
    return page(container().verifier_registry.list(query["limit"], query["offset"]))


@blp.route("/<objectid:verifier_id>", methods=["GET"])
@blp.staff_required("admin")
@blp.response(200, VerifierSchema)
def show_verifier(verifier_id):
    """Show one registered verifier organisation."""
    return container().verifier_registry.show(verifier_id)


@blp.route("/<objectid:verifier_id>", methods=["PATCH"])
@blp.refuses(409)
@blp.staff_required("admin")
@blp.arguments(VerifierUpdateSchema(partial=True))
@blp.response(200, VerifierSchema)
def update_verifier(body, verifier_id):
    """Change an organisation's name, staff, purposes or whether it is active."""
    return container().verifier_registry.update(verifier_id, body, get_jwt_identity())
