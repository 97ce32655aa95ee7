"""Schemas of cross-region recognition (转码) and the partner-region trust list."""

import marshmallow as ma

from api.common import Schema
from api.fields import Text
from api.health_code.schemas import COLOURS, HealthCodeSchema


class ConversionRequestSchema(Schema):
    token = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=400),
        metadata={"description": "the partner region's code text, e.g. MOHC1:…"},
    )


class ConversionSchema(Schema):
    region = ma.fields.String(metadata={"description": "partner region code, e.g. MO"})
    colour = ma.fields.String(metadata={"enum": list(COLOURS)})
    verified_at = ma.fields.AwareDateTime()
    expires_at = ma.fields.AwareDateTime(
        metadata={"description": "the earlier of the partner code's expiry and the local limit"}
    )
    masked_name = ma.fields.String()


class ConversionResultSchema(ConversionSchema):
    code = ma.fields.Nested(HealthCodeSchema, metadata={"description": "my code after conversion"})


class PartnerRegionRequestSchema(Schema):
    name = Text(required=True, max_length=50, plain=True)
    keys = ma.fields.Dict(
        required=True,
        metadata={"description": "the partner's public key set: {keys: [JWK-style Ed25519 keys]}"},
    )
    freshness_minutes = ma.fields.Integer(
        load_default=60,
        validate=ma.validate.Range(min=1, max=1440),
        metadata={"description": "how old a partner code may be when submitted"},
    )
    enabled = ma.fields.Boolean(load_default=True)


class PartnerRegionSchema(PartnerRegionRequestSchema):
    region = ma.fields.String(attribute="_id")
    updated_at = ma.fields.AwareDateTime()
    updated_by = ma.fields.String()
