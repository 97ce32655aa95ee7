"""Schemas of the health authority's publications and imports."""

import marshmallow as ma

from api.common import Id, Schema
from api.fields import Text
from api.health_code.schemas import COLOURS, REGION_CODE
from identity.documents import DOC_TYPES, DocumentError, normalise_document

MAX_ROWS = 5000


class RiskAreaSchema(Schema):
    id = Id()
    region_code = ma.fields.String(required=True, validate=REGION_CODE)
    name = Text(load_default="", max_length=100, min_length=0)
    level = ma.fields.String(required=True, validate=ma.validate.OneOf(("high", "medium", "low")))
    start = ma.fields.AwareDateTime(required=True)
    end = ma.fields.AwareDateTime(load_default=None, allow_none=True)
    published_at = ma.fields.AwareDateTime(dump_only=True)
    travellers_reassessed = ma.fields.Integer(dump_only=True)

    @ma.validates_schema
    def _period(self, data, **kwargs):
        if data.get("end") and data["end"] <= data["start"]:
            raise ma.ValidationError("field.end_before_start", "end")


class PersonRowSchema(Schema):
    """A row naming a person by identity document; the number is checked by its own rule."""

    doc_type = ma.fields.String(required=True, validate=ma.validate.OneOf(DOC_TYPES))
    doc_number = Text(required=True, max_length=32, plain=True, fold_width=True)

    @ma.validates_schema(skip_on_field_errors=False)
    def _document(self, data, **kwargs):
        if "doc_type" not in data or "doc_number" not in data:
            return
        try:
            normalise_document(data["doc_type"], data["doc_number"])
        except DocumentError as error:
            raise ma.ValidationError(
                f"identity.document_invalid.{error.reason}", "doc_number"
            ) from None


class TestResultRowSchema(PersonRowSchema):
    sampled_at = ma.fields.AwareDateTime(required=True)
    result = ma.fields.String(required=True, validate=ma.validate.OneOf(("negative", "positive")))


class IsolationRowSchema(PersonRowSchema):
    start = ma.fields.AwareDateTime(required=True)
    end = ma.fields.AwareDateTime(load_default=None, allow_none=True)
    reason = Text(required=True, max_length=200, multiline=True)


class CloseContactRowSchema(PersonRowSchema):
    listed_at = ma.fields.AwareDateTime(required=True)
    until = ma.fields.AwareDateTime(load_default=None, allow_none=True)


def batch_of(row_schema):
    """A batch schema: up to MAX_ROWS rows; errors come back keyed by row number."""
    return type(
        f"{row_schema.__name__.removesuffix('RowSchema')}BatchSchema",
        (Schema,),
        {
            "rows": ma.fields.List(
                ma.fields.Nested(row_schema),
                required=True,
                validate=ma.validate.Length(min=1, max=MAX_ROWS),
            )
        },
    )


TestResultBatchSchema = batch_of(TestResultRowSchema)
IsolationBatchSchema = batch_of(IsolationRowSchema)
CloseContactBatchSchema = batch_of(CloseContactRowSchema)


class ImportReportSchema(Schema):
    applied = ma.fields.Integer()
    people = ma.fields.Integer()


class ManualColourSchema(PersonRowSchema):
    colour = ma.fields.String(required=True, validate=ma.validate.OneOf(COLOURS))
    reason = Text(required=True, max_length=200, multiline=True)
    until = ma.fields.AwareDateTime(load_default=None, allow_none=True)


class ManualColourResultSchema(Schema):
    colour = ma.fields.String()
    since = ma.fields.AwareDateTime(allow_none=True)
