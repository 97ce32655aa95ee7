"""The inbox: messages about my cases, appointments and certificates; unread count."""

import marshmallow as ma

from api.appeals.schemas import NotificationSchema
from api.common import PageQuerySchema, Schema, current_account_id, page, page_of
from app.container import container
from app.smorest import Blueprint

blp = Blueprint("messages", __name__, url_prefix="/api/v1/messages", description="My inbox (消息)")


class MessageSchema(NotificationSchema):
    body = ma.fields.String(allow_none=True)
    read_at = ma.fields.AwareDateTime(allow_none=True)


class UnreadSchema(Schema):
    unread = ma.fields.Integer()


class MarkedSchema(Schema):
    marked = ma.fields.Integer()


@blp.route("", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(MessageSchema))
def inbox(query):
    """List my messages, newest first (due appointment reminders are added first)."""
    return page(container().inbox.page(current_account_id(), query["limit"], query["offset"]))


@blp.route("/unread-count", methods=["GET"])
@blp.resident_required
@blp.response(200, UnreadSchema)
def unread():
    """Count my unread messages (the badge)."""
    return container().inbox.unread_count(current_account_id())


@blp.route("/<objectid:message_id>/read", methods=["POST"])
@blp.resident_required
@blp.response(200, MessageSchema)
def mark_read(message_id):
    """Mark one message read."""
    return container().inbox.mark_read(current_account_id(), message_id)


@blp.route("/read-all", methods=["POST"])
@blp.resident_required
@blp.response(200, MarkedSchema)
def mark_all_read():
    """Mark all my messages read."""
    return container().inbox.mark_all_read(current_account_id())
