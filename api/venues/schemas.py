"""Schemas of venues, their codes and residents' check-ins."""

import marshmallow as ma

from api.common import Id, Schema
from api.fields import Text
from api.health_code.schemas import COLOURS, HealthCodeSchema
from health_code.usecases.venues import VENUE_TYPES, is_region_code


def _region_code(code: str) -> None:
    if not is_region_code(code):
        raise ma.ValidationError("field.region_code")


class VenueCreateSchema(Schema):
    name = Text(
        required=True,
        max_length=60,
        metadata={"example": "天河城购物中心"},
    )
    region_code = ma.fields.String(
        required=True, validate=_region_code, metadata={"example": "440106"}
    )
    address = Text(
        required=True,
        max_length=200,
        metadata={"example": "广州市天河区天河路208号"},
    )
    type = ma.fields.String(
        required=True, validate=ma.validate.OneOf(VENUE_TYPES), metadata={"enum": list(VENUE_TYPES)}
    )


class VenueSchema(VenueCreateSchema):
    id = Id()
    active = ma.fields.Boolean()
    created_at = ma.fields.AwareDateTime()
    deactivated_at = ma.fields.AwareDateTime(allow_none=True)
    token = ma.fields.String(
        allow_none=True,
        metadata={
            "description": (
                "signed venue code text (VC1:…) printed in the poster; null once deactivated"
            )
        },
    )
    poster_url = ma.fields.Function(
        lambda venue: f"/api/v1/venues/{venue['_id']}/poster.png",
        metadata={"description": "printable PNG poster"},
    )


class CheckinRequestSchema(Schema):
    venue_token = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=1000),
        metadata={"description": "the text read from the venue's QR"},
    )


class CheckinVenueSchema(Schema):
    id = Id()
    name = ma.fields.String()
    address = ma.fields.String()


class CheckinResultSchema(Schema):
    venue = ma.fields.Nested(CheckinVenueSchema)
    checked_in_at = ma.fields.AwareDateTime(attribute="checkin.at")
    code = ma.fields.Nested(
        HealthCodeSchema,
        metadata={"description": "my health code, freshly signed, to show at the entrance"},
    )


class CheckinVenueRefSchema(Schema):
    id = Id()
    name = ma.fields.String()


class CheckinSchema(Schema):
    id = Id()
    venue = ma.fields.Nested(CheckinVenueRefSchema)
    checked_in_at = ma.fields.AwareDateTime(attribute="at")
    colour = ma.fields.String(
        metadata={"enum": list(COLOURS), "description": "my colour when I checked in"}
    )
    expires_at = ma.fields.AwareDateTime(metadata={"description": "when the record is deleted"})

    @ma.pre_dump
    def _venue(self, checkin: dict, **kwargs) -> dict:
        return {**checkin, "venue": {"_id": checkin["venue_id"], "name": checkin["venue_name"]}}
