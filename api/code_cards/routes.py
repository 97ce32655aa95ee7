"""Printed offline code cards: issue, print, look up and revoke (health-authority staff)."""

from flask import Response
from flask_jwt_extended import get_jwt_identity

from api.code_cards.schemas import (
    CardQuerySchema,
    CardRequestSchema,
    CardSchema,
    IssuedCardSchema,
    RevokeRequestSchema,
)
from api.common import current_actor, page, page_of
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "code_cards",
    __name__,
    url_prefix="/api/v1/code-cards",
    description="Printed offline code cards for people without a phone",
)
# Community health workers and kiosk attendants issue cards on the authority's behalf.
ISSUER = "health_authority"


@blp.route("", methods=["POST"])
@blp.staff_required(ISSUER)
@blp.arguments(CardRequestSchema)
@blp.response(201, IssuedCardSchema)
def issue_card(body):
    """Real-name check a person and issue a card valid for valid_days (1-180, default 90)."""
    return container().code_cards.issue(body, get_jwt_identity(), current_actor())


@blp.route("", methods=["GET"])
@blp.staff_required(ISSUER)
@blp.arguments(CardQuerySchema, location="query")
@blp.response(200, page_of(CardSchema))
def list_cards(query):
    """List cards, newest first, optionally only the active, expired or revoked ones."""
    return page(container().code_cards.page(**query))


@blp.route("/<card_id>", methods=["GET"])
@blp.staff_required(ISSUER)
@blp.response(200, CardSchema)
def get_card(card_id):
    """Show a card's validity and whether it was revoked."""
    return container().code_cards.get(card_id)


@blp.route("/<card_id>/card.png", methods=["GET"])
@blp.refuses(409)
@blp.staff_required(ISSUER)
@blp.response(
    200,
    content_type="image/png",
    description="printable card: QR code, masked name and expiry (85.6 × 54 mm, 300 dpi)",
)
def print_card(card_id):
    """Return the printable PNG of a card that is not revoked."""
    png = container().code_cards.printable(card_id)
    return Response(png, mimetype="image/png", headers={"Cache-Control": "no-store"})


@blp.route("/<card_id>/revoke", methods=["POST"])
@blp.refuses(409)
@blp.staff_required(ISSUER)
@blp.arguments(RevokeRequestSchema)
@blp.response(200, CardSchema)
def revoke_card(body, card_id):
    """Revoke a card (lost, replaced, holder moved away); scanning it then says so."""
    return container().code_cards.revoke(
        card_id, body["reason"], get_jwt_identity(), current_actor()
    )
