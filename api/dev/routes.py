"""Development only: read the SMS outbox (absent in production and without the outbox)."""

import marshmallow as ma

from accounts.phones import normalise_phone
from api.common import Schema
from app.container import container
from app.smorest import Blueprint
from core.errors import ServiceError

blp = Blueprint(
    "dev",
    __name__,
    url_prefix="/api/v1/dev",
    description="Development helpers (not served in production)",
)


class OutboxQuerySchema(Schema):
    phone = ma.fields.String(required=True, validate=ma.validate.Length(max=20))


class OutboxMessageSchema(Schema):
    phone = ma.fields.String()
    code = ma.fields.String()
    text = ma.fields.String()
    sent_at = ma.fields.AwareDateTime()


@blp.route("/sms-outbox", methods=["GET"])
@blp.refuses(404)
@blp.arguments(OutboxQuerySchema, location="query")
@blp.response(200, OutboxMessageSchema)
def last_sms(query):
    """Show the last SMS sent to a phone by the outbox provider."""
    message = container().sms_outbox.latest(normalise_phone(query["phone"]))
    if not message:
        raise ServiceError("dev.sms_not_found", "not_found")
    return message
