"""Schemas of the privacy notice, consents, the data export and account deletion."""

import marshmallow as ma

from accounts.consents import GRANTED, NOT_GIVEN, PURPOSES, WITHDRAWN
from api.common import Schema
from api.fields import Digits
from app.i18n import request_language

FULL_TEXT = "/mp/#/privacy"


class LocalisedText(ma.fields.String):
    """A {language: text} value, dumped as the text in the reader's language."""

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else value[request_language()]


class LocalisedParagraphs(ma.fields.List):
    """A {language: [paragraph, …]} value, dumped as the reader's language's paragraphs."""

    def __init__(self, **kwargs):
        super().__init__(ma.fields.String(), **kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else list(value[request_language()])


class NoticePurposeSchema(Schema):
    id = ma.fields.String(metadata={"example": "face_verification"})
    optional = ma.fields.Boolean(
        metadata={"description": "true: needs its own consent, which may be withdrawn"}
    )
    title = LocalisedText()
    text = LocalisedText()


class NoticeSectionSchema(Schema):
    heading = LocalisedText()
    paragraphs = LocalisedParagraphs()


class PrivacyNoticeSchema(Schema):
    version = ma.fields.String(metadata={"description": "what a consent records", "example": "1.0"})
    effective = ma.fields.Date()
    title = LocalisedText()
    summary = LocalisedText()
    purposes = ma.fields.List(ma.fields.Nested(NoticePurposeSchema))
    sections = ma.fields.List(ma.fields.Nested(NoticeSectionSchema))
    full_text = ma.fields.Constant(FULL_TEXT, metadata={"description": "the full text's page"})


class ConsentStateSchema(Schema):
    purpose = ma.fields.String(metadata={"enum": list(PURPOSES)})
    optional = ma.fields.Boolean()
    status = ma.fields.String(metadata={"enum": [GRANTED, WITHDRAWN, NOT_GIVEN]})
    version = ma.fields.String(
        allow_none=True, metadata={"description": "the notice version it was given under"}
    )
    changed_at = ma.fields.AwareDateTime(allow_none=True)
    in_force = ma.fields.Boolean(
        metadata={
            "description": "the purpose may go ahead (the notice: agreed in its current version)"
        }
    )


class ConsentsSchema(Schema):
    current_version = ma.fields.String(metadata={"description": "the notice in force"})
    needs_agreement = ma.fields.Boolean(
        metadata={"description": "the notice in force was never agreed to: ask before going on"}
    )
    purposes = ma.fields.List(ma.fields.Nested(ConsentStateSchema))


class ConsentGrantSchema(Schema):
    version = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=20),
        metadata={"description": "the notice version the resident read", "example": "1.0"},
    )


class ConfirmationCodeSentSchema(Schema):
    phone = ma.fields.String(metadata={"description": "where the code went, masked"})
    resend_after = ma.fields.Integer(metadata={"description": "seconds before another code"})
    expires_in = ma.fields.Integer(metadata={"description": "seconds the code stays valid"})


class ConfirmationSchema(Schema):
    code = Digits(
        required=True,
        length=6,
        metadata={"description": "the code POST /api/v1/me/confirmation-codes sent to my phone"},
    )


class PersonalDataSchema(Schema):
    """The export file: the profile, then one key per personal-data source."""

    class Meta:
        unknown = ma.INCLUDE

    format = ma.fields.String(metadata={"example": "shengshi-personal-data/1"})
    generated_at = ma.fields.String()
    account_id = ma.fields.String()
    profile = ma.fields.Dict(metadata={"description": "unmasked: phone, document, name"})


class PlanEntrySchema(Schema):
    source = ma.fields.String(
        metadata={"description": "the personal-data source", "example": "appeals"}
    )
    text = LocalisedText()


class DeletionPlanSchema(Schema):
    erased = ma.fields.List(ma.fields.Nested(PlanEntrySchema))
    kept = ma.fields.List(
        ma.fields.Nested(PlanEntrySchema), metadata={"description": "what stays, and why"}
    )


class DeletionReceiptSchema(Schema):
    requested_at = ma.fields.AwareDateTime()
    deleted_at = ma.fields.AwareDateTime()
    erased = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.Integer(),
        metadata={"description": "records erased or anonymised, per source"},
    )
    kept = ma.fields.List(ma.fields.Nested(PlanEntrySchema))
