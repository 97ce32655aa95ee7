"""Schemas of the authentication resource."""

import marshmallow as ma

from api.common import Schema
from api.fields import Digits


class SmsCodeRequestSchema(Schema):
    phone = ma.fields.String(
        required=True, validate=ma.validate.Length(max=20), metadata={"example": "13800000001"}
    )


class SmsCodeSentSchema(Schema):
    resend_after = ma.fields.Integer(metadata={"description": "seconds before another code"})
    expires_in = ma.fields.Integer(metadata={"description": "seconds the code stays valid"})


class PhoneLoginSchema(Schema):
    phone = ma.fields.String(required=True, validate=ma.validate.Length(max=20))
    code = Digits(required=True, length=6)


class WechatLoginSchema(Schema):
    code = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=128))
    phone = ma.fields.String(
        validate=ma.validate.Length(max=20),
        metadata={"description": "needed on the first WeChat login"},
    )
    sms_code = Digits(length=6)


class StaffLoginSchema(Schema):
    username = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=64))
    password = ma.fields.String(
        required=True, validate=ma.validate.Length(min=1, max=256), load_only=True
    )


class NoticeSchema(Schema):
    kind = ma.fields.String(metadata={"description": "failed_logins or locked_out"})
    count = ma.fields.Integer()
    since = ma.fields.AwareDateTime(
        allow_none=True, metadata={"description": "the previous login; null if there was none"}
    )
    last_at = ma.fields.AwareDateTime(allow_none=True)
    message = ma.fields.String(metadata={"description": "the notice in the reader's language"})


class TokenPairSchema(Schema):
    access_token = ma.fields.String()
    refresh_token = ma.fields.String()
    token_type = ma.fields.String(metadata={"example": "Bearer"})
    expires_in = ma.fields.Integer(metadata={"description": "access token lifetime in seconds"})
    kind = ma.fields.String(metadata={"description": "resident or staff"})
    roles = ma.fields.List(ma.fields.String())
    notices = ma.fields.List(
        ma.fields.Nested(NoticeSchema),
        metadata={"description": "staff only: what happened to the account since the last login"},
    )


class LogoutSchema(Schema):
    sessions_closed = ma.fields.Integer()
