"""Schemas of the current resident's profile and identity."""

import marshmallow as ma

from api.common import Id, Schema
from api.fields import Text
from identity.documents import DOC_TYPES

LANGUAGES = ("zh-CN", "zh-HK", "en")


class RealNameSchema(Schema):
    doc_type = ma.fields.String(metadata={"enum": list(DOC_TYPES)})
    doc_number = ma.fields.String(metadata={"description": "masked, e.g. 440***********123X"})
    name = ma.fields.String(metadata={"description": "masked, e.g. 张*明"})
    verified_at = ma.fields.AwareDateTime()


class MeSchema(Schema):
    id = Id()
    phone = ma.fields.String(metadata={"description": "masked, e.g. 138****5678"})
    level = ma.fields.String(
        metadata={
            "enum": ["L1", "L2", "L3"],
            "description": "L1 phone, L2 real name, L3 real person",
        }
    )
    nickname = ma.fields.String()
    language = ma.fields.String(metadata={"enum": list(LANGUAGES)})
    elderly_mode = ma.fields.Boolean()
    real_name = ma.fields.Nested(RealNameSchema, allow_none=True)
    face_verified_at = ma.fields.AwareDateTime(allow_none=True, dump_default=None)
    wechat_linked = ma.fields.Boolean()
    created_at = ma.fields.AwareDateTime()


class MeUpdateSchema(Schema):
    nickname = Text(max_length=32, min_length=0, plain=True)
    language = ma.fields.String(validate=ma.validate.OneOf(LANGUAGES))
    elderly_mode = ma.fields.Boolean()


class RealNameRequestSchema(Schema):
    doc_type = ma.fields.String(required=True, validate=ma.validate.OneOf(DOC_TYPES))
    doc_number = Text(required=True, max_length=32, plain=True, fold_width=True)
    name = Text(required=True, max_length=64, plain=True)


class FaceRequestSchema(Schema):
    liveness_token = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=512),
        metadata={"description": "opaque result of the liveness SDK"},
    )


class SessionSchema(Schema):
    id = ma.fields.String(attribute="_id")
    device = ma.fields.String()
    created_at = ma.fields.AwareDateTime()
    last_used_at = ma.fields.AwareDateTime()
    current = ma.fields.Boolean()
