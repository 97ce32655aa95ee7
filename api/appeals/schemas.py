"""Schemas of appeals against a colour and of the authority's decisions."""

import marshmallow as ma

from api.common import Id, PageQuerySchema, Schema
from api.fields import Text
from api.health_code.schemas import COLOURS

STATUSES = ("open", "upheld", "rejected", "withdrawn")


class AppealRequestSchema(Schema):
    reason = Text(
        required=True,
        max_length=500,
        multiline=True,
        metadata={"description": "why the colour is wrong, in the holder's words"},
    )


class AppealSchema(Schema):
    id = Id()
    colour_appealed = ma.fields.String(metadata={"enum": list(COLOURS)})
    rule_ids = ma.fields.List(
        ma.fields.String(), metadata={"description": "the rules behind the colour when filed"}
    )
    reason = ma.fields.String()
    status = ma.fields.String(metadata={"enum": list(STATUSES)})
    created_at = ma.fields.AwareDateTime()
    decided_at = ma.fields.AwareDateTime(allow_none=True)
    decision_reason = ma.fields.String(allow_none=True)
    lifted_until = ma.fields.AwareDateTime(
        allow_none=True, metadata={"description": "end of the lifted colour"}
    )


class QueuedAppealSchema(AppealSchema):
    masked_name = ma.fields.String()
    decided_by = ma.fields.String(allow_none=True)
    waited_seconds = ma.fields.Integer(
        metadata={"description": "seconds since filing (until the decision once decided)"}
    )


class QueueQuerySchema(PageQuerySchema):
    status = ma.fields.String(load_default="open", validate=ma.validate.OneOf(STATUSES))


class DecisionSchema(Schema):
    outcome = ma.fields.String(required=True, validate=ma.validate.OneOf(("upheld", "rejected")))
    reason = Text(required=True, max_length=500, multiline=True)
    until = ma.fields.AwareDateTime(
        load_default=None,
        allow_none=True,
        metadata={"description": "upheld only: when the lifted colour ends (none: until changed)"},
    )

    @ma.validates_schema
    def _until_only_when_upheld(self, data, **kwargs):
        if data.get("until") and data.get("outcome") == "rejected":
            raise ma.ValidationError("field.until_only_when_upheld", "until")


class NotificationSchema(Schema):
    id = Id()
    kind = ma.fields.String()
    title = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.String(),
        metadata={"description": "per language: zh-CN, zh-HK, en"},
    )
    body = ma.fields.String(
        allow_none=True, metadata={"description": "null when the title says all"}
    )
    ref = ma.fields.Dict(metadata={"description": "what it is about, e.g. {appeal_id, outcome}"})
    created_at = ma.fields.AwareDateTime()
