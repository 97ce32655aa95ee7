"""Schemas of the resident's health code."""

import marshmallow as ma

from api.common import Schema

COLOURS = ("green", "yellow", "red")
# [0-9], not \d: \d also matches full-width and other Unicode digits.
REGION_CODE = ma.validate.Regexp(r"^[0-9]{6}$", error="field.region_code")


class ReasonSchema(Schema):
    rule_id = ma.fields.String()
    colour = ma.fields.String(metadata={"enum": list(COLOURS)})
    summary = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.String(),
        metadata={"description": "per language: zh-CN, zh-HK, en"},
    )
    fact_at = ma.fields.AwareDateTime()
    applies_from = ma.fields.AwareDateTime()
    until = ma.fields.AwareDateTime(allow_none=True)


class HealthCodeSchema(Schema):
    """A shown code: the signed token, and the assessment behind it."""

    colour = ma.fields.String(attribute="assessment.colour", metadata={"enum": list(COLOURS)})
    token = ma.fields.String(metadata={"description": "signed QR text (HC1:…), verifiable offline"})
    issued_at = ma.fields.AwareDateTime()
    expires_at = ma.fields.AwareDateTime()
    refresh_after = ma.fields.Integer(
        metadata={"description": "seconds until the client refetches"}
    )
    masked_name = ma.fields.String()
    since = ma.fields.AwareDateTime(attribute="assessment.since", allow_none=True)
    next_change_at = ma.fields.AwareDateTime(attribute="assessment.next_change_at", allow_none=True)
    ruleset_version = ma.fields.String(attribute="assessment.ruleset_version")
    reasons = ma.fields.List(ma.fields.Nested(ReasonSchema), attribute="assessment.reasons")


class HistoryEntrySchema(Schema):
    colour = ma.fields.String(metadata={"enum": list(COLOURS)})
    at = ma.fields.AwareDateTime()
    rule_id = ma.fields.String(allow_none=True)


class TravelSchema(Schema):
    region_code = ma.fields.String(required=True, validate=REGION_CODE)
    left_at = ma.fields.AwareDateTime(required=True)


class DeclarationSchema(Schema):
    symptoms = ma.fields.Boolean(required=True, metadata={"description": "发热、咳嗽等症状"})
    travel = ma.fields.List(
        ma.fields.Nested(TravelSchema),
        load_default=list,
        validate=ma.validate.Length(max=30),
        metadata={"description": "旅居史: places left in the last 14 days"},
    )


class QrQuerySchema(Schema):
    size = ma.fields.Integer(
        load_default=8,
        validate=ma.validate.Range(min=2, max=20),
        metadata={"description": "pixels per module"},
    )
