"""Schemas of the issuer console: one certificate, batches, re-issue, revoke, lists."""

import marshmallow as ma

from api.common import Id, PageQuerySchema, Schema
from api.ecert.schemas import STATUSES
from ecert.batch import MAX_ROWS
from ecert.catalogue import BY_SLUG
from ecert.metadata import REVOCATION_REASONS
from identity.documents import DOC_TYPES

TYPE_SLUG = ma.validate.OneOf(sorted(BY_SLUG))
AREA_CODE = ma.validate.Regexp(r"^[1-9][0-9]{5}$", error="field.region_code")


class IssueRequestSchema(Schema):
    type = ma.fields.String(required=True, validate=TYPE_SLUG)
    holder_name = ma.fields.String(required=True, metadata={"example": "陈小明"})
    holder_code_type = ma.fields.String(required=True, validate=ma.validate.OneOf(DOC_TYPES))
    holder_code = ma.fields.String(
        required=True, metadata={"description": "the holder's document number"}
    )
    valid_from = ma.fields.String(required=True, metadata={"example": "2025-03-01"})
    valid_until = ma.fields.String(
        load_default=None, allow_none=True, metadata={"description": "null = long-term (长期)"}
    )
    fields = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.Raw(allow_none=True),
        load_default=dict,
        metadata={
            "description": "the type's fields by name (GET /api/v1/ecert/types); an address "
            "is {area, line}",
            "example": {"licence_class": "C1", "first_issued_on": "2015-06-01"},
        },
    )
    area_code = ma.fields.String(validate=AREA_CODE, metadata={"description": "GB/T 2260"})
    service_item = ma.fields.String(validate=ma.validate.Length(max=36))


class BatchRequestSchema(Schema):
    type = ma.fields.String(required=True, validate=TYPE_SLUG)
    rows = ma.fields.List(
        ma.fields.Raw(),
        required=True,
        validate=ma.validate.Length(min=1),
        metadata={
            "description": f"up to {MAX_ROWS} rows: holder_name, holder_code_type, holder_code, "
            "valid_from, valid_until and the type's fields (an address as address.area and "
            "address.line, or {area, line})"
        },
    )


class CsvBatchQuerySchema(Schema):
    type = ma.fields.String(required=True, validate=TYPE_SLUG)


class BatchItemSchema(Schema):
    row = ma.fields.Integer(metadata={"description": "1 = the first data row"})
    id = Id()
    identifier = ma.fields.String()


class BatchResultSchema(Schema):
    type = ma.fields.String()
    issued = ma.fields.Integer()
    items = ma.fields.List(ma.fields.Nested(BatchItemSchema))


class ReissueRequestSchema(Schema):
    changes = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.Raw(allow_none=True),
        load_default=dict,
        metadata={"description": "fields, holder name or validity that change"},
    )


class CertificateRevokeSchema(Schema):
    reason = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf([r for r in REVOCATION_REASONS if r != "superseded"]),
    )


class IssuedQuerySchema(PageQuerySchema):
    type_slug = ma.fields.String(data_key="type", validate=TYPE_SLUG)
    status = ma.fields.String(validate=ma.validate.OneOf(STATUSES))


class LookupQuerySchema(Schema):
    identifier = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=120),
        metadata={"description": "GB/T 36904 identifier (its check character is checked)"},
    )
