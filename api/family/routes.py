"""Family codes (亲友码): add, list and remove dependants, and show their health codes."""

from flask import Response, current_app

from api.common import PageQuerySchema, current_account_id, current_actor, page, page_of
from api.family.schemas import DependantRequestSchema, DependantSchema, GuardianSchema
from api.health_code.schemas import HealthCodeSchema, QrQuerySchema
from app.container import container
from app.extensions import limiter
from app.smorest import Blueprint
from health_code.codes.qr import render_qr_png

blp = Blueprint(
    "family",
    __name__,
    url_prefix="/api/v1/family",
    description="Family codes: health codes of up to 8 people I look after",
)


@blp.route("/dependants", methods=["POST"])
@blp.refuses(409, 429)
@blp.resident_required
# Per account, checked after the token: each try asks the identity provider whether a
# document belongs to a name, which must not become a free lookup service.
@limiter.limit(
    lambda: current_app.config["FAMILY_ADD_LIMIT"], key_func=current_account_id, scope="family-add"
)
@blp.arguments(DependantRequestSchema)
@blp.response(201, DependantSchema)
def add_dependant(body):
    """Add a dependant after a real-name check of their document (I must be L2)."""
    return container().family.add_dependant(current_account_id(), body, current_actor())


@blp.route("/dependants", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(DependantSchema))
def list_dependants(query):
    """List my dependants, newest first, masked."""
    return page(container().family.list(current_account_id(), query["limit"], query["offset"]))


@blp.route("/dependants/<objectid:dependant_id>", methods=["DELETE"])
@blp.resident_required
@blp.response(204)
def remove_dependant(dependant_id):
    """Take a dependant off my list."""
    container().family.remove(current_account_id(), dependant_id, current_actor())


@blp.route("/dependants/<objectid:dependant_id>/health-code", methods=["GET"])
@blp.refuses(409)
@blp.resident_required
@blp.response(200, HealthCodeSchema)
def show_dependant_code(dependant_id):
    """Show a dependant's colour, why, and a freshly signed family token (kind F)."""
    return container().family.show_code(current_account_id(), dependant_id, current_actor())


@blp.route("/dependants/<objectid:dependant_id>/health-code/qr.png", methods=["GET"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(QrQuerySchema, location="query")
@blp.response(
    200,
    content_type="image/png",
    description="PNG QR image of a fresh family token, drawn in the code's colour",
)
def show_dependant_qr(query, dependant_id):
    """Return a dependant's code as a PNG QR image in its colour."""
    shown = container().family.show_code(current_account_id(), dependant_id, current_actor())
    png = render_qr_png(shown.token, shown.assessment["colour"], box_size=query["size"])
    return Response(png, mimetype="image/png", headers={"Cache-Control": "no-store"})


@blp.route("/guardians", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(GuardianSchema))
def list_guardians(query):
    """List who looks after me and the requests waiting for my answer (I must be real-named)."""
    return page(container().guardians.mine(current_account_id(), query["limit"], query["offset"]))


@blp.route("/guardians/<objectid:link_id>/accept", methods=["POST"])
@blp.resident_required
@blp.response(200, GuardianSchema)
def accept_guardian(link_id):
    """Accept a request: that guardian may show my health code from now on."""
    return container().guardians.accept(current_account_id(), link_id, current_actor())


@blp.route("/guardians/<objectid:link_id>/refuse", methods=["POST"])
@blp.resident_required
@blp.response(204)
def refuse_guardian(link_id):
    """Refuse a request to look after me."""
    container().guardians.refuse(current_account_id(), link_id, current_actor())


@blp.route("/guardians/<objectid:link_id>", methods=["DELETE"])
@blp.resident_required
@blp.response(204)
def remove_guardian(link_id):
    """End a guardian's link to me, whether I accepted it or they added me for me."""
    container().guardians.remove(current_account_id(), link_id, current_actor())
