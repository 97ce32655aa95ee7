"""Schemas of step-up (加强认证): an SMS code to the account's own phone, or a face check."""

import marshmallow as ma

from accounts.step_up import FACE, SMS
from api.common import Schema


class StepUpCodeSentSchema(Schema):
    phone = ma.fields.String(metadata={"description": "where the code went, masked"})
    resend_after = ma.fields.Integer(metadata={"description": "seconds before another code"})
    expires_in = ma.fields.Integer(metadata={"description": "seconds the code stays valid"})


class StepUpRequestSchema(Schema):
    method = ma.fields.String(required=True, validate=ma.validate.OneOf((SMS, FACE)))
    code = ma.fields.String(
        validate=ma.validate.Regexp(r"^\d{6}$"),
        metadata={"description": "with method sms: the code sent by POST /step-up/sms-codes"},
    )
    liveness_token = ma.fields.String(
        validate=ma.validate.Length(min=1, max=512),
        metadata={"description": "with method face: the opaque result of the liveness SDK"},
    )

    @ma.validates_schema
    def _proof_of_the_method(self, data, **kwargs):
        needed = "code" if data.get("method") == SMS else "liveness_token"
        if not data.get(needed):
            raise ma.ValidationError("field.required", needed)


class StepUpSchema(Schema):
    level = ma.fields.String(
        metadata={"enum": ["L1", "L2", "L3"], "description": "what this session proved"}
    )
    method = ma.fields.String(metadata={"enum": [SMS, FACE]})
    stepped_up_at = ma.fields.AwareDateTime()
    fresh_until = ma.fields.AwareDateTime(
        metadata={"description": "actions needing a fresh step-up are allowed until then"}
    )
    max_age_seconds = ma.fields.Integer()
