"""The resident's own health code: colour, signed token, QR image, history, declarations."""

from flask import Response

from api.common import PageQuerySchema, current_account_id, page, page_of
from api.health_code.schemas import (
    DeclarationSchema,
    HealthCodeSchema,
    HistoryEntrySchema,
    QrQuerySchema,
)
from app.container import container
from app.smorest import Blueprint
from health_code.codes.qr import render_qr_png

blp = Blueprint(
    "health_code",
    __name__,
    url_prefix="/api/v1/health-code",
    description="粤康码-style health code of the logged-in resident",
)


@blp.route("", methods=["GET"])
@blp.resident_required
@blp.response(200, HealthCodeSchema)
def show_code():
    """Show my colour, why, and a freshly signed token (refresh about every minute)."""
    return container().health_codes.show_for_account(current_account_id())


@blp.route("/qr.png", methods=["GET"])
@blp.resident_required
@blp.arguments(QrQuerySchema, location="query")
@blp.response(
    200,
    content_type="image/png",
    description="PNG QR image of a fresh token, drawn in the code's colour",
)
def show_qr(query):
    """Return my code as a PNG QR image in its colour."""
    shown = container().health_codes.show_for_account(current_account_id())
    png = render_qr_png(shown.token, shown.assessment["colour"], box_size=query["size"])
    return Response(png, mimetype="image/png", headers={"Cache-Control": "no-store"})


@blp.route("/history", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(HistoryEntrySchema))
def colour_history(query):
    """List my colour changes, newest first."""
    history = container().health_codes.history_of_account
    return page(history(current_account_id(), query["limit"], query["offset"]))


@blp.route("/declarations", methods=["POST"])
@blp.resident_required
@blp.arguments(DeclarationSchema)
@blp.response(201, HealthCodeSchema)
def declare(declaration):
    """Declare symptoms and recent travel (健康申报); the colour is re-assessed at once."""
    return container().health_codes.declare_for_account(current_account_id(), declaration)
