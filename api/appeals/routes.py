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
from api.common import current_account_id, current_actor
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


def _with_id(document: dict) -> dict:
    return {**document, "id": str(document["_id"])}


@blp.route("", methods=["POST"])
@blp.resident_required
@blp.arguments(AppealRequestSchema)
@blp.response(201, AppealSchema)
def file_appeal(body):
    """Appeal my current yellow or red colour (one open appeal at a time)."""
    return _with_id(container().appeals.file(current_account_id(), body["reason"], current_actor()))


@blp.route("", methods=["GET"])
@blp.resident_required
@blp.response(200, AppealSchema(many=True))
def my_appeals():
    """List my appeals, newest first, with the authority's decisions."""
    return [_with_id(appeal) for appeal in container().appeals.mine(current_account_id())]


@blp.route("/<appeal_id>", methods=["GET"])
@blp.resident_required
@blp.response(200, AppealSchema)
def my_appeal(appeal_id):
    """Show one of my appeals."""
    return _with_id(container().appeals.one_of_mine(current_account_id(), appeal_id))


@authority_blp.route("", methods=["GET"])
@authority_blp.staff_required("health_authority")
@authority_blp.arguments(QueueQuerySchema, location="query")
@authority_blp.response(200, QueuedAppealSchema(many=True))
def appeal_queue(query):
    """List appeals by status: open ones oldest first, with how long each has waited."""
    return [
        _with_id(appeal) for appeal in container().appeals.queue(query["status"], query["limit"])
    ]


@authority_blp.route("/<appeal_id>/decision", methods=["POST"])
@authority_blp.staff_required("health_authority")
@authority_blp.arguments(DecisionSchema)
@authority_blp.response(200, QueuedAppealSchema)
def decide_appeal(decision, appeal_id):
    """Uphold (the colour becomes green) or reject an open appeal; the holder is told."""
    return _with_id(
        container().appeals.decide(appeal_id, decision, get_jwt_identity(), current_actor())
    )


@notifications_blp.route("", methods=["GET"])
@notifications_blp.resident_required
@notifications_blp.response(200, NotificationSchema(many=True))
def my_notifications():
    """List my notifications, newest first."""
    return [
        _with_id(note) for note in container().notifications.list_of_account(current_account_id())
    ]
