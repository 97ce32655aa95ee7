"""Schemas of registered verifier organisations (核验单位) and their purposes."""

import marshmallow as ma

from api.common import Id, Schema
from identity.credit_code import is_valid_credit_code

CODE_FORMAT = "ecert.field.code_format"
PURPOSE_CODE = ma.validate.Regexp(r"^[a-z][a-z0-9_]{0,23}$", error=CODE_FORMAT)
# The code becomes the presentation audience "v:<code>", inside every QR: kept short.
ORGANISATION_CODE = ma.validate.Regexp(r"^[a-z0-9][a-z0-9-]{2,11}$", error=CODE_FORMAT)


def _credit_code(code: str) -> None:
    if not is_valid_credit_code(code):
        raise ma.ValidationError("ecert.field.credit_code")


class PurposeSchema(Schema):
    code = ma.fields.String(
        required=True, validate=PURPOSE_CODE, metadata={"example": "open_account"}
    )
    name = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=30),
        metadata={"example": "开立个人账户"},
    )
    fields = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.Length(min=1, max=40)),
        values=ma.fields.List(
            ma.fields.String(validate=ma.validate.Length(min=1, max=40)),
            validate=ma.validate.Length(min=1, max=16),
        ),
        required=True,
        validate=ma.validate.Length(min=1, max=20),
        metadata={
            "description": "certificate type → the fields and claims this purpose may see",
            "example": {"resident_id_card": ["holder_name", "holder_code", "age_over_18"]},
        },
    )


class VerifierSchema(Schema):
    id = Id()
    code = ma.fields.String(
        required=True,
        validate=ORGANISATION_CODE,
        metadata={"description": "3-12 of a-z, 0-9, -; presentations are made for v:<code>"},
    )
    name = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=40),
        metadata={"example": "中国工商银行广州天河支行"},
    )
    credit_code = ma.fields.String(
        load_default=None,
        allow_none=True,
        validate=_credit_code,
        metadata={"description": "unified social credit code (GB 32100)"},
    )
    purposes = ma.fields.List(
        ma.fields.Nested(PurposeSchema), required=True, validate=ma.validate.Length(min=1, max=20)
    )
    staff = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=64)),
        load_default=list,
        validate=ma.validate.Length(max=50),
        metadata={"description": "usernames of its staff (role verifier or clerk)"},
    )
    active = ma.fields.Boolean(load_default=True)
    created_at = ma.fields.AwareDateTime(dump_only=True)
    updated_at = ma.fields.AwareDateTime(dump_only=True)


class VerifierUpdateSchema(VerifierSchema):
    """The same fields, each optional (load it partial); the code cannot change: it is the
    audience of the presentations already made for the organisation."""

    class Meta:
        exclude = ("code",)


class OrganisationSchema(Schema):
    """What a verifier's staff see of their own organisation."""

    id = Id()
    code = ma.fields.String()
    name = ma.fields.String()
    audience = ma.fields.Function(lambda organisation: "v:" + organisation["code"])
    purposes = ma.fields.List(ma.fields.Nested(PurposeSchema))
