"""Appointments (预约) for counter visits: halls, slots, booking, cancelling, rescheduling."""

from bson import ObjectId

from api.appointments.schemas import (
    BookingRequestSchema,
    BookingSchema,
    HallQuerySchema,
    HallSchema,
    RescheduleSchema,
    SlotQuerySchema,
    SlotSchema,
)
from api.common import PageQuerySchema, current_account_id, page, page_of
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "appointments",
    __name__,
    url_prefix="/api/v1",
    description="Appointments for services that need a visit",
)


@blp.route("/halls", methods=["GET"])
@blp.arguments(HallQuerySchema, location="query")
@blp.response(200, page_of(HallSchema))
def halls(query):
    """List the service halls where a department's services are handled."""
    found = container().appointments.halls_for(query["department"])
    return page((found, len(found)))


@blp.route("/halls/<code>/slots", methods=["GET"])
@blp.arguments(SlotQuerySchema, location="query")
@blp.response(200, page_of(SlotSchema))
def slots(query, code):
    """List a hall's time slots on working days with the places left."""
    day = query["day_from"].isoformat() if query["day_from"] else None
    found = container().appointments.open_slots(code, day, query["days"])
    return page((found, len(found)))


@blp.route("/appointments", methods=["POST"])
@blp.refuses(404, 409)
@blp.resident_required
@blp.arguments(BookingRequestSchema)
@blp.response(201, BookingSchema)
def book(body):
    """Book a slot for one of my cases that needs a visit (never past capacity)."""
    appointments = container().appointments
    return appointments.book(
        current_account_id(), ObjectId(body["case_id"]), ObjectId(body["slot_id"])
    )


@blp.route("/appointments", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(BookingSchema))
def my_bookings(query):
    """List my appointments, latest first."""
    appointments = container().appointments
    return page(appointments.mine(current_account_id(), query["limit"], query["offset"]))


@blp.route("/appointments/<objectid:booking_id>", methods=["PUT"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(RescheduleSchema)
@blp.response(200, BookingSchema)
def reschedule(body, booking_id):
    """Move my appointment to another slot (kept as it was if that slot is full)."""
    appointments = container().appointments
    return appointments.reschedule(current_account_id(), booking_id, ObjectId(body["slot_id"]))


@blp.route("/appointments/<objectid:booking_id>", methods=["DELETE"])
@blp.refuses(409)
@blp.resident_required
@blp.response(200, BookingSchema)
def cancel(booking_id):
    """Cancel my appointment; the place goes back to the slot."""
    return container().appointments.cancel(current_account_id(), booking_id)
