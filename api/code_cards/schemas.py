"""Schemas of printed offline code cards."""

import marshmallow as ma

from api.common import Schema
from api.fields import Text
from health_code.usecases.cards import DEFAULT_VALID_DAYS, MAX_VALID_DAYS
from identity.documents import DOC_TYPES


class CardRequestSchema(Schema):
    doc_type = ma.fields.String(required=True, validate=ma.validate.OneOf(DOC_TYPES))
    doc_number = Text(required=True, max_length=32, plain=True, fold_width=True)
    name = Text(required=True, max_length=64, plain=True)
    valid_days = ma.fields.Integer(
        load_default=DEFAULT_VALID_DAYS, validate=ma.validate.Range(min=1, max=MAX_VALID_DAYS)
    )


class IssuedCardSchema(Schema):
    id = ma.fields.String(attribute="_id", metadata={"description": "card id, also its QR subject"})
    masked_name = ma.fields.String(metadata={"example": "陈*明"})
    issued_at = ma.fields.AwareDateTime()
    expires_at = ma.fields.AwareDateTime()
    token = ma.fields.String(metadata={"description": "signed QR text (HC1:…) of kind C"})
    colour = ma.fields.String(
        metadata={
            "enum": ["green", "yellow", "red"],
            "description": "colour at issue; scans see the live one",
        }
    )


class CardSchema(Schema):
    id = ma.fields.String(attribute="_id")
    masked_name = ma.fields.String()
    issued_by = ma.fields.String()
    issued_at = ma.fields.AwareDateTime()
    expires_at = ma.fields.AwareDateTime()
    revoked_at = ma.fields.AwareDateTime(allow_none=True)
    revoked_by = ma.fields.String(allow_none=True)
    reason = ma.fields.String(allow_none=True, metadata={"description": "why it was revoked"})


class RevokeRequestSchema(Schema):
    reason = Text(
        required=True,
        max_length=200,
        multiline=True,
        metadata={"example": "持卡人遗失"},
    )
