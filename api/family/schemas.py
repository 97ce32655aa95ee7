"""Schemas of family codes (亲友码): the dependants a resident looks after."""

import marshmallow as ma

from api.common import Id, Schema
from api.fields import Text
from health_code.usecases.family import RELATIONS
from identity.documents import DOC_TYPES


class DependantRequestSchema(Schema):
    doc_type = ma.fields.String(required=True, validate=ma.validate.OneOf(DOC_TYPES))
    doc_number = Text(required=True, max_length=32, plain=True, fold_width=True)
    name = Text(required=True, max_length=64, plain=True)
    relation = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(RELATIONS),
        metadata={"description": "the dependant is my …"},
    )


class DependantSchema(Schema):
    id = Id()
    status = ma.fields.String(
        metadata={
            "enum": ["active", "pending"],
            "description": "pending: an adult with an account has not accepted yet",
        }
    )
    expires_at = ma.fields.AwareDateTime(
        allow_none=True, metadata={"description": "when a pending request lapses"}
    )
    masked_name = ma.fields.String(metadata={"example": "陈*明"})
    doc_type = ma.fields.String(metadata={"enum": list(DOC_TYPES)})
    masked_doc_number = ma.fields.String(metadata={"example": "440***********123X"})
    relation = ma.fields.String(metadata={"enum": list(RELATIONS)})
    created_at = ma.fields.AwareDateTime()


class GuardianSchema(Schema):
    """Someone who added me to their family codes, or asks to."""

    id = Id()
    guardian_masked_name = ma.fields.String(metadata={"example": "陈*明"})
    relation = ma.fields.String(
        metadata={"enum": list(RELATIONS), "description": "what I am to them"}
    )
    status = ma.fields.String(metadata={"enum": ["active", "pending"]})
    consent = ma.fields.String(
        allow_none=True,
        metadata={"enum": ["accepted", "declared"], "description": "declared: added for me"},
    )
    expires_at = ma.fields.AwareDateTime(allow_none=True)
    created_at = ma.fields.AwareDateTime()
