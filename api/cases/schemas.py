"""Schemas of applications, cases, their timeline, ratings, drafts and uploads."""

import marshmallow as ma

from api.common import Id, ObjectIdString, Schema
from api.services.schemas import TEXT

OBJECT_ID = ma.validate.Regexp("^[0-9a-f]{24}$")


class ApplicationSchema(Schema):
    values = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.Length(max=64)),
        load_default=dict,
        metadata={"description": "form field name → value (the guide's form)"},
    )
    dependant_id = ma.fields.String(
        load_default=None,
        validate=OBJECT_ID,
        metadata={"description": "代办: apply for a dependant I look after"},
    )
    certificate_materials = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(max=64)),
        load_default=list,
        validate=ma.validate.Length(max=30),
        metadata={"description": "material ids my e-certificates stand in for"},
    )
    materials = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.Length(max=64)),
        values=ma.fields.List(
            ma.fields.String(validate=OBJECT_ID), validate=ma.validate.Length(max=10)
        ),
        load_default=dict,
        metadata={"description": "material id → upload ids (POST /api/v1/uploads)"},
    )


class IdempotencyHeaderSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    key = ma.fields.String(
        data_key="Idempotency-Key",
        load_default=None,
        validate=ma.validate.Regexp(r"^[A-Za-z0-9_.:-]{8,128}$"),
        metadata={"description": "a retried submit with the same key answers the same case"},
    )


class TimelineEventSchema(Schema):
    event = ma.fields.String()
    name = TEXT
    status = ma.fields.Integer()
    at = ma.fields.AwareDateTime()
    by = ma.fields.String(metadata={"enum": ["applicant", "clerk", "system"]})
    note = ma.fields.String(allow_none=True)


class RatingSchema(Schema):
    score = ma.fields.Integer()
    comment = ma.fields.String(allow_none=True)
    channel = ma.fields.Integer(metadata={"description": "2 mobile, 7 system default"})
    rated_at = ma.fields.AwareDateTime()
    system_default = ma.fields.Boolean()
    follow_up = ma.fields.Dict(allow_none=True, metadata={"description": "{comment, at}"})
    rectification = ma.fields.Dict(
        allow_none=True, metadata={"description": "{status, due_day, outcome, closed_at}"}
    )


class CaseSchema(Schema):
    id = Id()
    number = ma.fields.String(metadata={"description": "办件编号: 实施编码 + yyyymmdd + sequence"})
    implementation_code = ma.fields.String()
    item_id = ObjectIdString()
    item_name = TEXT
    guide_version = ma.fields.Integer(metadata={"description": "the guide it was made under"})
    department = ma.fields.String()
    status = ma.fields.Integer(metadata={"description": "1, 3, 4, 6, 8, 9, 10, 11, 99"})
    status_name = TEXT
    outcome = ma.fields.String(allow_none=True, metadata={"enum": ["approved", "refused", None]})
    applicant_name = ma.fields.String(metadata={"description": "masked"})
    agent = ma.fields.Dict(allow_none=True, metadata={"description": "代办: who applied"})
    received_at = ma.fields.AwareDateTime()
    accepted_at = ma.fields.AwareDateTime(allow_none=True)
    ended_at = ma.fields.AwareDateTime(allow_none=True)
    due_day = ma.fields.String(allow_none=True, metadata={"description": "ISO day (CST)"})
    due_estimated = ma.fields.Boolean()
    overdue = ma.fields.Boolean()
    promised_days = ma.fields.Integer()
    legal_days = ma.fields.Integer()
    paused_days = ma.fields.Integer()
    fee_fen = ma.fields.Integer()
    visits_required = ma.fields.Integer()
    form = ma.fields.Dict()
    provenance = ma.fields.Dict(
        metadata={
            "description": "fields_prefilled, fields_typed, materials_from_certificates, "
            "materials_uploaded"
        }
    )
    materials = ma.fields.Dict(metadata={"description": "{certificates: {..}, uploads: {..}}"})
    instant = ma.fields.Dict(metadata={"description": "{instant, decided_by, checked}"})
    payment = ma.fields.Dict(metadata={"description": "{status: none|due|paid|refunded, order_no}"})
    certificate = ma.fields.Dict(
        allow_none=True,
        metadata={"description": "出证: {type, status: issued|failed, identifier}"},
    )
    timeline = ma.fields.List(ma.fields.Nested(TimelineEventSchema))
    rating = ma.fields.Nested(RatingSchema, allow_none=True)


class NoteSchema(Schema):
    note = ma.fields.String(load_default=None, validate=ma.validate.Length(max=500))


class ResubmissionSchema(Schema):
    values = ma.fields.Dict(load_default=None, metadata={"description": "the corrected form"})


class RateSchema(Schema):
    score = ma.fields.Integer(required=True, validate=ma.validate.Range(min=1, max=5))
    comment = ma.fields.String(load_default=None, validate=ma.validate.Length(max=500))


class FollowUpSchema(Schema):
    comment = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=500))


class DraftSchema(Schema):
    id = Id()
    item_id = ObjectIdString()
    item_name = TEXT
    implementation_code = ma.fields.String()
    dependant_id = ma.fields.String(attribute="for", allow_none=True)
    values = ma.fields.Dict()
    certificate_materials = ma.fields.List(ma.fields.String())
    materials = ma.fields.Dict()
    updated_at = ma.fields.AwareDateTime()


class PaymentSchema(Schema):
    order_no = ma.fields.String()
    amount_fen = ma.fields.Integer()
    status = ma.fields.String(metadata={"enum": ["due", "paid", "refunding", "refunded"]})
    provider = ma.fields.String()
    pay_url = ma.fields.String()
    paid_at = ma.fields.AwareDateTime(allow_none=True)
    refunded_at = ma.fields.AwareDateTime(allow_none=True)


class UploadSchema(Schema):
    id = Id()
    filename = ma.fields.String()
    file_type = ma.fields.String(metadata={"enum": ["pdf", "jpg", "png"]})
    media_type = ma.fields.String()
    size = ma.fields.Integer()
    created_at = ma.fields.AwareDateTime()


class UploadFormSchema(ma.Schema):
    file = ma.fields.Raw(required=True, metadata={"type": "string", "format": "binary"})
