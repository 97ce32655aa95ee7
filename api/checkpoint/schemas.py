"""Schemas of checkpoint scanning."""

import marshmallow as ma

from api.common import Schema
from api.fields import Text
from app.i18n import translate


class ScanRequestSchema(Schema):
    token = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=1000),
        metadata={"description": "the text read from the QR code"},
    )
    checkpoint = Text(
        required=True,
        max_length=100,
        metadata={"example": "深圳北站 B2 入口"},
    )


class ScanResultSchema(Schema):
    passed = ma.fields.Boolean(metadata={"description": "green code, valid token: let through"})
    reason = ma.fields.String(
        metadata={
            "description": (
                "ok, colour_yellow, colour_red, malformed, bad_signature, expired, not_yet_valid, "
                "unknown_key, key_retired, unknown_subject, card_revoked"
            )
        }
    )
    message = ma.fields.Function(
        lambda scan: translate(f"scan.{scan['reason']}"),
        metadata={"description": "what the operator should do, in the reader's language"},
    )
    colour = ma.fields.String(allow_none=True, metadata={"description": "live colour now"})
    token_colour = ma.fields.String(allow_none=True, metadata={"description": "colour when shown"})
    masked_name = ma.fields.String(allow_none=True)
    kind = ma.fields.String(
        allow_none=True, metadata={"description": "P personal, F family, C card"}
    )
    expires_at = ma.fields.AwareDateTime(allow_none=True)
    at = ma.fields.AwareDateTime()
    checkpoint = ma.fields.String()
