"""Schemas of staff administration and the audit trail."""

import marshmallow as ma

from accounts.staff import ROLES
from api.common import PageQuerySchema, Schema
from api.fields import Text
from core.departments import BY_SLUG as DEPARTMENTS

ROLE_LIST = ma.fields.List(
    ma.fields.String(validate=ma.validate.OneOf(ROLES)),
    required=True,
    validate=ma.validate.Length(min=1, max=len(ROLES)),
)
USERNAME = ma.validate.Regexp(r"^[a-z0-9_.-]{3,64}$")


class StaffSchema(Schema):
    username = ma.fields.String(required=True, validate=USERNAME)
    display_name = Text(load_default="", max_length=64, min_length=0, plain=True)
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
    must_change_password = ma.fields.Boolean(
        dump_only=True,
        dump_default=False,
        metadata={"description": "a one-time password is set: it must be changed at login"},
    )
    created_at = ma.fields.AwareDateTime(dump_only=True)
    last_login_at = ma.fields.AwareDateTime(dump_only=True, allow_none=True)


class PasswordResetSchema(Schema):
    username = ma.fields.String()
    one_time_password = ma.fields.String(
        metadata={
            "description": (
                "shown this once and stored only as a hash; the person must replace it "
                "at their next login"
            )
        }
    )
    must_change_password = ma.fields.Boolean()


class StaffDepartmentSchema(Schema):
    department = ma.fields.String(
        required=True, allow_none=True, validate=ma.validate.OneOf(DEPARTMENTS)
    )


class RolesSchema(Schema):
    roles = ROLE_LIST


class AuditQuerySchema(PageQuerySchema):
    subject = ma.fields.String(
        load_default=None,
        validate=ma.validate.Length(max=100),
        metadata={"description": "only events about this subject (account id, staff:username)"},
    )
    event = ma.fields.String(
        load_default=None,
        validate=ma.validate.Length(max=64),
        metadata={"description": "only events of this type (staff.login); both filters combine"},
    )


class AuditEventSchema(Schema):
    at = ma.fields.AwareDateTime()
    event = ma.fields.String()
    outcome = ma.fields.String()
    actor = ma.fields.Dict()
    subject = ma.fields.String(allow_none=True)
    address = ma.fields.String(allow_none=True)
    request_id = ma.fields.String(allow_none=True)
    details = ma.fields.Dict()
