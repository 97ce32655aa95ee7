"""Schemas of the clerk's workbench."""

import marshmallow as ma

from api.cases.schemas import CaseSchema
from api.common import Id, PageQuerySchema, Schema
from services.usecases.workbench import ACTIONS, QUEUES


class QueueQuerySchema(PageQuerySchema):
    queue = ma.fields.String(
        load_default="new",
        validate=ma.validate.OneOf([*QUEUES, "overdue"]),
        metadata={"description": "new, correction, in_progress, ended or overdue"},
    )


class ActionSchema(Schema):
    action = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(ACTIONS),
        metadata={"description": ", ".join(f"{a} → {s}" for a, s in ACTIONS.items())},
    )
    note = ma.fields.String(
        load_default=None,
        validate=ma.validate.Length(max=500),
        metadata={"description": "the reason the resident sees (refuse, correction, special)"},
    )
    outcome = ma.fields.String(
        load_default=None,
        validate=ma.validate.OneOf(("approved", "refused")),
        metadata={"description": "complete only"},
    )
    certificate_fields = ma.fields.Dict(
        load_default=None,
        metadata={
            "description": "complete (approved) only: the result certificate's fields the case "
            "detail lists under result_certificate.to_supply, by name (出证)"
        },
    )


LANGUAGES = ("zh-CN", "zh-HK", "en")


class FilledFieldSchema(Schema):
    name = ma.fields.String()
    source = ma.fields.String(
        metadata={
            "enum": ["decided", "form", "certificate", "material", "generated", "applicant"],
            "description": "who fills it: the department's decision, the form, a certificate "
            "the applicant holds, a material, the system, the applicant's ID document",
        }
    )


class FieldToSupplySchema(Schema):
    name = ma.fields.String()
    kind = ma.fields.String(
        metadata={
            "enum": ["string", "date", "enum", "integer", "decimal", "area", "address", "photo"],
            "description": "date: YYYY-MM-DD; area: GB/T 2260 code; address: {area, line}; "
            "photo: the reference of an image the department keeps",
        }
    )
    required = ma.fields.Boolean()
    label = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.OneOf(LANGUAGES)), values=ma.fields.String()
    )
    choices = ma.fields.List(ma.fields.String(), metadata={"description": "kind enum only"})
    max_length = ma.fields.Integer(allow_none=True)


class ResultCertificateSchema(Schema):
    type = ma.fields.String()
    type_name = ma.fields.Dict(keys=ma.fields.String(), values=ma.fields.String())
    filled = ma.fields.List(ma.fields.Nested(FilledFieldSchema))
    to_supply = ma.fields.List(
        ma.fields.Nested(FieldToSupplySchema),
        metadata={"description": "what the clerk enters in certificate_fields to complete"},
    )


class ClerkCaseSchema(CaseSchema):
    result_certificate = ma.fields.Nested(
        ResultCertificateSchema,
        allow_none=True,
        metadata={"description": "出证: the certificate completing issues, null for none"},
    )


class RectificationQuerySchema(PageQuerySchema):
    status = ma.fields.String(load_default="open", validate=ma.validate.OneOf(("open", "closed")))


class RectificationSchema(Schema):
    id = Id()
    case_number = ma.fields.String()
    score = ma.fields.Integer()
    comment = ma.fields.String(allow_none=True)
    status = ma.fields.String()
    opened_at = ma.fields.AwareDateTime()
    due_day = ma.fields.String()
    outcome = ma.fields.String(allow_none=True)
    closed_by = ma.fields.String(allow_none=True)
    closed_at = ma.fields.AwareDateTime(allow_none=True)


class CloseRectificationSchema(Schema):
    outcome = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=500),
        metadata={"description": "what was put right; shown to the resident"},
    )
