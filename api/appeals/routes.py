"""Appeals (申诉): holders appeal a yellow or red colour; the health authority decides."""

from flask_jwt_extended import get_jwt_identity

from api.appeals.schemas import (
    AppealRequestSchema,
    AppealSchema,
    DecisionSchema,
    NotificationSchema,
    QueuedAppealSchema,
    QueueQuerySchema,
)
from api.common import PageQuerySchema, current_account_id, current_actor, page, page_of
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "appeals",
    __name__,
    url_prefix="/api/v1/health-code/appeals",
    description="The resident's appeals against a health-code colour",
)
authority_blp = Blueprint(
    "authority_appeals",
    __name__,
    url_prefix="/api/v1/authority/appeals",
    description="Health authority: the appeal queue and decisions",
)
notifications_blp = Blueprint(
    "notifications",
    __name__,
    url_prefix="/api/v1/me/notifications",
    description="Messages to the resident, e.g. appeal decisions",
)


@blp.route("", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(AppealRequestSchema)
@blp.response(201, AppealSchema)
def file_appeal(body):
    """Appeal my current yellow or red colour (one open appeal at a time)."""
    return container().appeals.file(current_account_id(), body["reason"], current_actor())


@blp.route("", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(AppealSchema))
def my_appeals(query):
    """List my appeals, newest first, with the authority's decisions."""
    return page(container().appeals.mine(current_account_id(), query["limit"], query["offset"]))


@blp.route("/<objectid:appeal_id>", methods=["GET"])
@blp.resident_required
@blp.response(200, AppealSchema)
def my_appeal(appeal_id):
    """Show one of my appeals."""
    return container().appeals.one_of_mine(current_account_id(), appeal_id)


@authority_blp.route("", methods=["GET"])
@authority_blp.staff_required("health_authority")
@authority_blp.arguments(QueueQuerySchema, location="query")
@authority_blp.response(200, page_of(QueuedAppealSchema))
def appeal_queue(query):
    """List appeals by status: open ones oldest first, with how long each has waited."""
    return page(container().appeals.queue(query["status"], query["limit"], query["offset"]))


@authority_blp.route("/<objectid:appeal_id>/decision", methods=["POST"])
@authority_blp.refuses(409)
@authority_blp.staff_required("health_authority")
@authority_blp.arguments(DecisionSchema)
@authority_blp.response(200, QueuedAppealSchema)
def decide_appeal(decision, appeal_id):
    """Uphold (the colour becomes green) or reject an open appeal; the holder is told."""
    return container().appeals.decide(appeal_id, decision, get_jwt_identity(), current_actor())


@notifications_blp.route("", methods=["GET"])
@notifications_blp.resident_required
@notifications_blp.arguments(PageQuerySchema, location="query")
@notifications_blp.response(200, page_of(NotificationSchema))
def my_notifications(query):
    """List my notifications, newest first."""
    notes = container().notifications.of_account
    return page(notes(current_account_id(), query["limit"], query["offset"]))
