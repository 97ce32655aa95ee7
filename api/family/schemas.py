"""Schemas of family codes (亲友码): the dependants a resident looks after."""

import marshmallow as ma

from api.common import Id, Schema
from health_code.usecases.family import RELATIONS
from identity.documents import DOC_TYPES


class DependantRequestSchema(Schema):
    doc_type = ma.fields.String(required=True, validate=ma.validate.OneOf(DOC_TYPES))
    doc_number = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=32))
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=64))
    relation = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(RELATIONS),
        metadata={"description": "the dependant is my …"},
    )


class DependantSchema(Schema):
    id = Id()
    masked_name = ma.fields.String(metadata={"example": "陈*明"})
    doc_type = ma.fields.String(metadata={"enum": list(DOC_TYPES)})
    masked_doc_number = ma.fields.String(metadata={"example": "440***********123X"})
    relation = ma.fields.String(metadata={"enum": list(RELATIONS)})
    created_at = ma.fields.AwareDateTime()
