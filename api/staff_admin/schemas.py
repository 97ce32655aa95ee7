"""Schemas of staff administration and the audit trail."""

import marshmallow as ma

from accounts.staff import ROLES
from api.common import PageQuerySchema, Schema
from api.fields import Text

ROLE_LIST = ma.fields.List(
    ma.fields.String(validate=ma.validate.OneOf(ROLES)),
    required=True,
    validate=ma.validate.Length(min=1, max=len(ROLES)),
)


class StaffSchema(Schema):
    username = ma.fields.String(required=True, validate=ma.validate.Regexp(r"^[a-z0-9_.-]{3,64}$"))
    display_name = Text(load_default="", max_length=64, min_length=0, plain=True)
    password = ma.fields.String(
        required=True, load_only=True, validate=ma.validate.Length(min=12, max=256)
    )
    roles = ROLE_LIST
    disabled = ma.fields.Boolean(dump_only=True)
    created_at = ma.fields.AwareDateTime(dump_only=True)


class RolesSchema(Schema):
    roles = ROLE_LIST


class AuditQuerySchema(PageQuerySchema):
    subject = ma.fields.String(load_default=None, validate=ma.validate.Length(max=100))
    event = ma.fields.String(load_default=None, validate=ma.validate.Length(max=64))

    @ma.validates_schema
    def _one_filter(self, data, **kwargs):
        if bool(data.get("subject")) == bool(data.get("event")):
            raise ma.ValidationError("field.subject_or_event", "subject")


class AuditEventSchema(Schema):
    at = ma.fields.AwareDateTime()
    event = ma.fields.String()
    outcome = ma.fields.String()
    actor = ma.fields.Dict()
    subject = ma.fields.String(allow_none=True)
    address = ma.fields.String(allow_none=True)
    request_id = ma.fields.String(allow_none=True)
    details = ma.fields.Dict()
