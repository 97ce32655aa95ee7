"""Schemas of the clerk's workbench."""

import marshmallow as ma

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
        metadata={"description": "complete only: data of the certificate issued (出证)"},
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
