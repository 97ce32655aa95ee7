"""Schemas of staff administration and the audit trail."""

import marshmallow as ma

from accounts.staff import ROLES
from api.common import PageQuerySchema, Schema
from core.departments import BY_SLUG as DEPARTMENTS

ROLE_LIST = ma.fields.List(
    ma.fields.String(validate=ma.validate.OneOf(ROLES)),
    required=True,
    validate=ma.validate.Length(min=1, max=len(ROLES)),
)


class StaffSchema(Schema):
    username = ma.fields.String(required=True, validate=ma.validate.Regexp(r"^[a-z0-9_.-]{3,64}$"))
    display_name = ma.fields.String(load_default="", validate=ma.validate.Length(max=64))
    password = ma.fields.String(
        required=True, load_only=True, validate=ma.validate.Length(min=12, max=256)
    )
    roles = ROLE_LIST
    department = ma.fields.String(
        load_default=None,
        allow_none=True,
        validate=ma.validate.OneOf(DEPARTMENTS),
        metadata={"description": "a clerk works on this department's services only"},
    )
    disabled = ma.fields.Boolean(dump_only=True)
    created_at = ma.fields.AwareDateTime(dump_only=True)


class StaffDepartmentSchema(Schema):
    department = ma.fields.String(
        required=True, allow_none=True, validate=ma.validate.OneOf(DEPARTMENTS)
    )


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
