"""Schemas shared by the e-certificate resources: certificates, verification results, grants."""

import marshmallow as ma

from api.common import Id, Schema
from api.ecert import labels
from app.i18n import translate
from ecert.catalogue import BY_SLUG
from ecert.catalogue.schema import KINDS
from ecert.metadata import EXPIRED, REVOKED, VALID
from ecert.reasons import Reason
from identity.documents import DOC_TYPES

STATUSES = (VALID, EXPIRED, REVOKED)
GRANT_STATES = ("active", "expired", "withdrawn")


class NamedSchema(Schema):
    name = ma.fields.String(metadata={"description": "field or claim (long name)"})
    label = ma.fields.String(metadata={"description": "its label in the reader's language"})


class NamedValueSchema(NamedSchema):
    value = ma.fields.Raw(
        metadata={"description": "text, number, true/false, {area, line} or {type, number}"}
    )


class CertificateFieldSchema(NamedValueSchema):
    personal = ma.fields.Boolean(metadata={"description": "masked unless shown in full"})


class IssuerSchema(Schema):
    code = ma.fields.String(metadata={"description": "unified social credit code"})
    name = ma.fields.String()


class RevocationSchema(Schema):
    reason = ma.fields.String()
    at = ma.fields.AwareDateTime()


class CertificateSummarySchema(Schema):
    id = Id()
    identifier = ma.fields.String(metadata={"description": "GB/T 36904 identifier"})
    type = ma.fields.String(metadata={"description": "certificate type (catalogue slug)"})
    type_name = ma.fields.String()
    issuer = ma.fields.Nested(IssuerSchema)
    status = ma.fields.String(metadata={"enum": list(STATUSES)})
    revocation = ma.fields.Nested(RevocationSchema, allow_none=True)
    valid_from = ma.fields.String(metadata={"description": "YYYY-MM-DD"})
    valid_until = ma.fields.String(
        allow_none=True, metadata={"description": "YYYY-MM-DD; null = long-term (长期)"}
    )
    version = ma.fields.Integer()
    issued_at = ma.fields.AwareDateTime()
    holder_name = ma.fields.String(metadata={"description": "masked unless shown in full"})

    @ma.pre_dump
    def _named(self, view, **kwargs):
        return {
            **view,
            "type_name": labels.type_name(view["type"]),
            "issuer": labels.issuer(view["issuer_code"]),
        }


class CertificateSchema(CertificateSummarySchema):
    holder_code_type = ma.fields.String(metadata={"enum": list(DOC_TYPES)})
    holder_code = ma.fields.String(metadata={"description": "masked unless shown in full"})
    area_code = ma.fields.String()
    fields = ma.fields.List(ma.fields.Nested(CertificateFieldSchema), attribute="field_list")
    derived = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.Boolean(),
        metadata={"description": "age_over_18, age_over_60, household_in_guangdong"},
    )
    disclosable = ma.fields.List(
        ma.fields.Nested(NamedSchema),
        metadata={"description": "what a presentation of this certificate can disclose"},
    )
    typical = ma.fields.List(
        ma.fields.String(), metadata={"description": "what a presentation screen preselects"}
    )
    unmasked = ma.fields.Boolean()

    @ma.pre_dump
    def _listed(self, view, **kwargs):
        certificate_type = BY_SLUG[view["type"]]
        carried = {"holder_name", "holder_code", *view["fields"], *view["derived"]}
        return {
            **view,
            "field_list": [
                {**row, "personal": certificate_type.field(row["name"]).personal}
                for row in labels.labelled_values(view["type"], view["fields"])
            ],
            "disclosable": labels.labelled(
                view["type"], [n for n in certificate_type.disclosable() if n in carried]
            ),
            "typical": [name for name in certificate_type.typical if name in carried],
        }


class VerificationRequestSchema(Schema):
    token = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=4096),
        metadata={"description": "the text read from the presentation QR code"},
    )


class VerifierRefSchema(Schema):
    id = ma.fields.String()
    name = ma.fields.String()


class VerificationSchema(Schema):
    valid = ma.fields.Boolean()
    reason = ma.fields.String(metadata={"enum": [reason.value for reason in Reason]})
    message = ma.fields.Function(
        lambda result: translate(f"ecert.verify.{result['reason']}"),
        metadata={"description": "the outcome in the reader's language"},
    )
    offline = ma.fields.Boolean(metadata={"description": "always false here: checked online"})
    identifier = ma.fields.String(allow_none=True)
    type = ma.fields.String(allow_none=True)
    type_name = ma.fields.String(allow_none=True)
    issuer = ma.fields.Nested(IssuerSchema, allow_none=True)
    status = ma.fields.String(allow_none=True, metadata={"enum": list(STATUSES)})
    revocation = ma.fields.Dict(allow_none=True)
    valid_from = ma.fields.String(allow_none=True)
    valid_until = ma.fields.String(allow_none=True)
    presentation_id = ma.fields.String(allow_none=True)
    presented_at = ma.fields.AwareDateTime(allow_none=True)
    checked_at = ma.fields.AwareDateTime()
    fields = ma.fields.List(
        ma.fields.Nested(NamedValueSchema),
        attribute="field_list",
        metadata={"description": "only what the holder disclosed, only when valid"},
    )
    verifier = ma.fields.Nested(VerifierRefSchema)
    purpose = ma.fields.String(allow_none=True, metadata={"description": "as the holder chose"})

    @ma.pre_dump
    def _named(self, result, **kwargs):
        return {
            **result,
            "type_name": labels.type_name(result["type"]),
            "issuer": labels.issuer(result["issuer_code"]),
            "field_list": labels.labelled_values(result["type"], result["fields"]),
        }


class GranteeSchema(Schema):
    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(("verifier", "application")))
    id = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=64),
        metadata={"description": "a registered verifier's id, or a service application's id"},
    )
    name = ma.fields.String(
        validate=ma.validate.Length(min=1, max=64),
        metadata={"description": "an application's name (a verifier's is its registered one)"},
    )


class GrantSchema(Schema):
    id = ma.fields.String()
    identifier = ma.fields.String()
    type = ma.fields.String()
    type_name = ma.fields.Function(lambda grant: labels.type_name(grant["type"]))
    grantee = ma.fields.Nested(GranteeSchema)
    purpose = ma.fields.String(metadata={"description": "a verifier's purpose code, or text"})
    purpose_name = ma.fields.String(allow_none=True, dump_default=None)
    fields = ma.fields.List(ma.fields.String())
    created_at = ma.fields.AwareDateTime()
    expires_at = ma.fields.AwareDateTime()
    withdrawn_at = ma.fields.AwareDateTime(allow_none=True)
    state = ma.fields.String(metadata={"enum": list(GRANT_STATES)})


class GrantUseRequestSchema(Schema):
    purpose = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=60),
        metadata={"description": "the purpose code the grant was made for"},
    )


class GrantUseSchema(Schema):
    identifier = ma.fields.String()
    type = ma.fields.String()
    type_name = ma.fields.Function(lambda used: labels.type_name(used["type"]))
    fields = ma.fields.Function(
        lambda used: labels.labelled_values(used["type"], used["fields"]),
        metadata={"description": "[{name, label, value}]: only the granted fields"},
    )


class FieldDefinitionSchema(Schema):
    name = ma.fields.String()
    label = ma.fields.Function(lambda field: field.label(labels.request_language()))
    kind = ma.fields.String(metadata={"enum": list(KINDS)})
    personal = ma.fields.Boolean()
    required = ma.fields.Boolean()
    choices = ma.fields.List(ma.fields.String())


class CertificateTypeSchema(Schema):
    slug = ma.fields.String()
    name = ma.fields.Function(lambda kind: kind.name(labels.request_language()))
    type_code = ma.fields.String()
    issuer = ma.fields.Function(lambda kind: labels.issuer(kind.issuer_code))
    fields = ma.fields.List(ma.fields.Nested(FieldDefinitionSchema))
    derived = ma.fields.Function(lambda kind: labels.labelled(kind.slug, kind.derived_claims()))
    disclosable = ma.fields.Function(lambda kind: labels.labelled(kind.slug, kind.disclosable()))
    typical = ma.fields.List(ma.fields.String())
    holder_doc_types = ma.fields.List(ma.fields.String())
