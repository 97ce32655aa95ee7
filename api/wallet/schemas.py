"""Schemas of the holder's wallet: queries, presentations, the usage log, grants, verifiers."""

import string

import marshmallow as ma

from api.common import Id, ObjectIdString, PageQuerySchema, Schema
from api.ecert import labels
from api.ecert.schemas import GranteeSchema
from api.fields import Text
from app.i18n import translate
from app.messages import MESSAGES
from ecert.catalogue import BY_SLUG
from ecert.reasons import Reason
from ecert.usage import ACTIONS

OBJECT_ID = ma.validate.Regexp(r"^[0-9a-fA-F]{24}$", error="ecert.field.not_an_id")
TYPE_SLUG = ma.validate.OneOf(sorted(BY_SLUG))


class CertificateQuerySchema(PageQuerySchema):
    type_slug = ma.fields.String(
        data_key="type", validate=TYPE_SLUG, metadata={"description": "only this type"}
    )


class DetailQuerySchema(Schema):
    unmasked = ma.fields.Boolean(
        load_default=False,
        metadata={"description": "show personal fields in full (needs a fresh step-up)"},
    )


class ImageQuerySchema(Schema):
    purpose = Text(
        max_length=30,
        required=True,
        metadata={
            "description": "the purpose watermarked across the image",
            "example": "办理银行开户",
        },
    )


class PresentationRequestSchema(Schema):
    verifier_id = ma.fields.String(
        required=True, validate=OBJECT_ID, metadata={"description": "a registered verifier"}
    )
    purpose = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=24),
        metadata={"description": "one of that verifier's registered purpose codes"},
    )
    disclose = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=40)),
        required=True,
        validate=ma.validate.Length(min=1, max=8),
        metadata={"description": "fields and derived claims to disclose (long names)"},
    )


class PurposeRefSchema(Schema):
    code = ma.fields.String()
    name = ma.fields.String()


class VerifierNameSchema(Schema):
    id = ma.fields.String()
    name = ma.fields.String()


class PresentationSchema(Schema):
    id = Id()
    presentation_id = ma.fields.String(metadata={"description": "one-time id (KB-JWT nonce)"})
    token = ma.fields.String(metadata={"description": "SD-JWT+KB text the QR code carries"})
    length = ma.fields.Function(lambda shown: len(shown["token"]))
    issued_at = ma.fields.AwareDateTime()
    expires_at = ma.fields.AwareDateTime(metadata={"description": "verifiers refuse it after"})
    certificate_id = ObjectIdString()
    identifier = ma.fields.String()
    type = ma.fields.String()
    verifier = ma.fields.Nested(VerifierNameSchema)
    purpose = ma.fields.Nested(PurposeRefSchema)
    disclosed = ma.fields.Function(
        lambda shown: labels.labelled(shown["type"], shown["disclosed"]),
        metadata={"description": "[{name, label}] of what the QR code discloses"},
    )
    qr_png = ma.fields.Function(
        lambda shown: f"/api/v1/wallet/presentations/{shown['_id']}/qr.png",
        metadata={"description": "path of the QR image (bearer token needed)"},
    )


class PresentationQrQuerySchema(Schema):
    size = ma.fields.Integer(
        load_default=4,
        validate=ma.validate.Range(min=2, max=12),
        metadata={"description": "pixels per module"},
    )


class UsageQuerySchema(PageQuerySchema):
    certificate_id = ma.fields.String(
        validate=OBJECT_ID, metadata={"description": "only the uses of this certificate"}
    )


class ActorSchema(Schema):
    kind = ma.fields.String(
        metadata={"description": "verifier, application, holder or guardian", "example": "verifier"}
    )
    id = ma.fields.String(allow_none=True)
    name = ma.fields.String(allow_none=True)


def usage_message(entry: dict) -> str:
    """Say in words what happened: the action when it went through, else why not."""
    result = entry["result"]
    if result == "ok":
        return translate(f"ecert.usage.{entry['action']}")
    if result in {reason.value for reason in Reason}:
        return translate(f"ecert.verify.{result}")
    texts = MESSAGES.get(result, {})
    # A refusal whose text names what was refused (items, a type) is told without the names.
    if texts and not any(name for _, name, _, _ in string.Formatter().parse(texts["en"])):
        return translate(result)
    return translate("ecert.usage.refused")


class UsageEntrySchema(Schema):
    id = Id()
    at = ma.fields.AwareDateTime()
    action = ma.fields.String(metadata={"enum": list(ACTIONS)})
    channel = ma.fields.String(metadata={"enum": ["presentation", "grant", "wallet"]})
    identifier = ma.fields.String(allow_none=True)
    type = ma.fields.String(allow_none=True)
    type_name = ma.fields.Function(lambda entry: labels.type_name(entry["type"]))
    actor = ma.fields.Nested(ActorSchema)
    by = ma.fields.Nested(
        ActorSchema,
        allow_none=True,
        dump_default=None,
        metadata={"description": "the guardian who acted for the holder, if one did"},
    )
    fields = ma.fields.Function(lambda entry: labels.labelled(entry["type"], entry["fields"]))
    purpose = ma.fields.String()
    result = ma.fields.String(metadata={"description": "ok, a verification reason or error key"})
    message = ma.fields.Function(usage_message)
    reference = ma.fields.String(allow_none=True)


class GrantRequestSchema(Schema):
    certificate_id = ma.fields.String(required=True, validate=OBJECT_ID)
    grantee = ma.fields.Nested(GranteeSchema, required=True)
    purpose = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=60),
        metadata={"description": "a verifier's registered purpose code, or an application's"},
    )
    fields = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=40)),
        required=True,
        validate=ma.validate.Length(min=1, max=16),
    )
    expires_at = ma.fields.AwareDateTime(required=True)

    @ma.validates_schema
    def _application_named(self, data, **kwargs):
        grantee = data.get("grantee") or {}
        if grantee.get("kind") == "application" and not grantee.get("name"):
            raise ma.ValidationError({"grantee": {"name": ["field.required"]}})


class VerifierQuerySchema(PageQuerySchema):
    type_slug = ma.fields.String(
        data_key="type",
        validate=TYPE_SLUG,
        metadata={"description": "only verifiers with a purpose for this type"},
    )


class RegisteredPurposeSchema(Schema):
    code = ma.fields.String()
    name = ma.fields.String()
    fields = ma.fields.Function(
        lambda purpose: {
            slug: labels.labelled(slug, names) for slug, names in purpose["fields"].items()
        },
        metadata={"description": "certificate type → [{name, label}] the purpose may see"},
    )


class RegisteredVerifierSchema(Schema):
    id = Id()
    code = ma.fields.String()
    name = ma.fields.String()
    purposes = ma.fields.List(ma.fields.Nested(RegisteredPurposeSchema))
