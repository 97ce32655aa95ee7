"""Schemas of halls, time slots and bookings."""

import marshmallow as ma

from api.common import Id, ObjectIdString, PageQuerySchema, Schema
from api.services.schemas import TEXT
from core.departments import BY_SLUG as DEPARTMENTS

OBJECT_ID = ma.validate.Regexp("^[0-9a-f]{24}$")


class HallQuerySchema(Schema):
    department = ma.fields.String(required=True, validate=ma.validate.OneOf(DEPARTMENTS))


class HallSchema(Schema):
    code = ma.fields.String()
    name = TEXT
    region = ma.fields.String()
    address = TEXT
    departments = ma.fields.List(ma.fields.String())


class SlotQuerySchema(Schema):
    day_from = ma.fields.Date(load_default=None, metadata={"description": "default today (CST)"})
    days = ma.fields.Integer(load_default=7, validate=ma.validate.Range(min=0, max=14))


class SlotSchema(Schema):
    id = Id()
    hall = ma.fields.String()
    day = ma.fields.String()
    time = ma.fields.String()
    capacity = ma.fields.Integer()
    remaining = ma.fields.Integer()


class BookingRequestSchema(Schema):
    case_id = ma.fields.String(required=True, validate=OBJECT_ID)
    slot_id = ma.fields.String(required=True, validate=OBJECT_ID)


class RescheduleSchema(Schema):
    slot_id = ma.fields.String(required=True, validate=OBJECT_ID)


class BookingSchema(Schema):
    id = Id()
    case_id = ObjectIdString()
    case_number = ma.fields.String()
    slot_id = ObjectIdString()
    hall = ma.fields.String()
    hall_name = TEXT
    day = ma.fields.String()
    time = ma.fields.String()
    status = ma.fields.String(metadata={"enum": ["booked", "cancelled"]})
    created_at = ma.fields.AwareDateTime()
    cancelled_at = ma.fields.AwareDateTime(allow_none=True)


__all__ = ["BookingSchema", "PageQuerySchema"]
