"""Venue codes (场所码): managers register venues and print posters; residents check in."""

from flask import Response
from flask_jwt_extended import get_jwt_identity

from api.common import PageQuerySchema, current_account_id, page, page_of
from api.venues.schemas import (
    CheckinRequestSchema,
    CheckinResultSchema,
    CheckinSchema,
    CheckinsTodaySchema,
    VenueCreateSchema,
    VenueSchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "venues",
    __name__,
    url_prefix="/api/v1/venues",
    description="Venues and their printable venue codes (venue managers)",
)
checkins_blp = Blueprint(
    "venue_checkins",
    __name__,
    url_prefix="/api/v1/venue-checkins",
    description="Residents checking in at venues by scanning their codes",
)
MANAGER = "venue_manager"


@blp.route("", methods=["POST"])
@blp.staff_required(MANAGER)
@blp.arguments(VenueCreateSchema)
@blp.response(201, VenueSchema)
def register_venue(fields):
    """Register a venue; the answer carries its signed venue code."""
    return container().venues.register(get_jwt_identity(), fields)


@blp.route("", methods=["GET"])
@blp.staff_required(MANAGER)
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(VenueSchema))
def list_venues(query):
    """List the venues I registered, newest first."""
    return page(container().venues.list_managed(get_jwt_identity(), **query))


@blp.route("/<objectid:venue_id>", methods=["GET"])
@blp.staff_required(MANAGER)
@blp.response(200, VenueSchema)
def get_venue(venue_id):
    """Show one of my venues."""
    return container().venues.get_managed(venue_id, get_jwt_identity())


@blp.route("/<objectid:venue_id>/deactivate", methods=["POST"])
@blp.staff_required(MANAGER)
@blp.response(200, VenueSchema)
def deactivate_venue(venue_id):
    """Deactivate one of my venues: its printed codes stop accepting check-ins."""
    return container().venues.deactivate(venue_id, get_jwt_identity())


@blp.route("/<objectid:venue_id>/checkins/today", methods=["GET"])
@blp.staff_required(MANAGER)
@blp.response(200, CheckinsTodaySchema)
def venue_checkins_today(venue_id):
    """Count the check-ins at one of my venues since 00:00 China time."""
    return container().venues.checkins_today(venue_id, get_jwt_identity())


@blp.route("/<objectid:venue_id>/poster.png", methods=["GET"])
@blp.refuses(409)
@blp.staff_required(MANAGER)
@blp.response(
    200,
    content_type="image/png",
    description=(
        "Printable poster: venue name, black QR code and caption. "
        "X-Font-Missing: 1 means no CJK font was found and the Chinese text was left out."
    ),
)
def venue_poster(venue_id):
    """Return the printable poster of one of my active venues."""
    poster = container().venues.poster(venue_id, get_jwt_identity())
    headers = {
        "Cache-Control": "no-store",
        "Content-Disposition": f'inline; filename="venue-{venue_id}.png"',
    }
    if poster.font_missing:
        headers["X-Font-Missing"] = "1"
    return Response(poster.png, mimetype="image/png", headers=headers)


@checkins_blp.route("", methods=["POST"])
@checkins_blp.refuses(404, 409)
@checkins_blp.resident_required
@checkins_blp.arguments(CheckinRequestSchema)
@checkins_blp.response(201, CheckinResultSchema)
def check_in(body):
    """Check in at a venue by its scanned code; the answer shows my health code to present."""
    return container().venues.check_in_account(current_account_id(), body["venue_token"])


@checkins_blp.route("", methods=["GET"])
@checkins_blp.resident_required
@checkins_blp.arguments(PageQuerySchema, location="query")
@checkins_blp.response(200, page_of(CheckinSchema))
def list_checkins(query):
    """List my check-ins still kept, newest first."""
    return page(container().venues.checkins_of(current_account_id(), **query))
