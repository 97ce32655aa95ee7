"""The payment gateway's callback: signed notifications, verified, processed once."""

import marshmallow as ma
from flask import request

from api.common import Schema
from app.container import container
from app.smorest import Blueprint
from providers.payment import SIGNATURE_HEADER

blp = Blueprint(
    "payments",
    __name__,
    url_prefix="/api/v1/payments",
    description="Payment gateway notifications (called by the gateway)",
)


class NotificationResultSchema(Schema):
    result = ma.fields.String(metadata={"enum": ["processed", "duplicate"]})
    order_no = ma.fields.String()


@blp.route("/notifications", methods=["POST"])
@blp.refuses(400, 401)
@blp.doc(
    requestBody={
        "required": True,
        "description": f"the gateway's JSON notification, signed in the {SIGNATURE_HEADER} header",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
)
@blp.response(200, NotificationResultSchema)
def notification():
    """Take a payment notification: a bad signature or a stale one (a replay) is refused."""
    body = request.get_data(cache=False)
    return container().payments.handle_notification(body, request.headers.get(SIGNATURE_HEADER))
