"""Appointments (预约) for services that need a counter visit: halls, slots, bookings.

A slot has a capacity; taking a place is one conditional decrement of what remains, so
concurrent bookings never exceed it. A case has at most one live booking. Rescheduling takes
the new place before it gives back the old one, so a full new slot leaves the booking as it was.
"""

from datetime import date, timedelta

from core.clock import CHINA_STANDARD_TIME
from core.errors import Duplicate, ServiceError
from services.statuses import ENDED

SLOT_TIMES = ("09:00", "09:30", "10:00", "10:30", "11:00", "14:00", "14:30", "15:00", "15:30")
SLOT_CAPACITY = 4
BOOKABLE_DAYS = 14
REMINDER = {"zh-CN": "预约提醒", "zh-HK": "預約提醒", "en": "Appointment reminder"}


class Appointments:
    def __init__(self, halls, slots, bookings, cases, inbox, calendar, clock):
        self.halls, self.slots, self.bookings, self.cases = halls, slots, bookings, cases
        self.inbox, self.calendar, self.clock = inbox, calendar, clock

    def halls_for(self, department: str) -> list[dict]:
        return self.halls.for_department(department)

    def open_slots(self, hall_code: str, day_from: str | None, days: int) -> list[dict]:
        """Return a hall's slots over a few working days (made the first time they are asked)."""
        hall = self.halls.find_by_code(hall_code)
        if hall is None:
            raise ServiceError("appointments.hall_not_found", "not_found")
        today = self.clock().astimezone(CHINA_STANDARD_TIME).date()
        start = max(date.fromisoformat(day_from), today) if day_from else today
        last = min(start + timedelta(days=days), today + timedelta(days=BOOKABLE_DAYS))
        wanted = [start + timedelta(days=n) for n in range((last - start).days + 1)]
        found = self.slots.of_hall(hall_code, start.isoformat(), last.isoformat())
        present = {slot["day"] for slot in found}
        missing = [d for d in wanted if d.isoformat() not in present]
        missing = [d for d in missing if self.calendar.is_working_day(d)]
        for day in missing:
            self._ensure_day(hall, day.isoformat())
        if not missing:
            return found
        return self.slots.of_hall(hall_code, start.isoformat(), last.isoformat())

    def book(self, account_id: str, case_id, slot_id) -> dict:
        """Book a place for one of my open cases that needs a visit."""
        case = self._case(account_id, case_id)
        slot = self._take(slot_id, case)
        try:
            return self.bookings.insert(self._booking(account_id, case, slot))
        except Duplicate:
            self.slots.give_back(slot["_id"])
            raise ServiceError("appointments.already_booked", "conflict") from None

    def cancel(self, account_id: str, booking_id) -> dict:
        booking = self._booking_of(account_id, booking_id)
        cancelled = self.bookings.cancel(booking["_id"], self.clock())
        if cancelled is None:
            raise ServiceError("appointments.not_live", "conflict")
        self.slots.give_back(booking["slot_id"])
        return cancelled

    def reschedule(self, account_id: str, booking_id, slot_id) -> dict:
        """Move a booking to another slot, keeping the old one if the new one is full."""
        booking = self._booking_of(account_id, booking_id)
        case = self._case(account_id, booking["case_id"])
        slot = self._take(slot_id, case)
        if self.bookings.cancel(booking["_id"], self.clock()) is None:
            self.slots.give_back(slot["_id"])
            raise ServiceError("appointments.not_live", "conflict")
        self.slots.give_back(booking["slot_id"])
        return self.bookings.insert(self._booking(account_id, case, slot))

    def mine(self, account_id: str, limit: int, offset: int):
        return self.bookings.page_of_account(account_id, limit, offset)

    def remind(self, account_id: str) -> int:
        """Put a reminder in the inbox for each live booking today or tomorrow (once each)."""
        tomorrow = self.clock().astimezone(CHINA_STANDARD_TIME).date() + timedelta(days=1)
        sent = 0
        for booking in self.bookings.due_reminders(account_id, tomorrow.isoformat()):
            if self.bookings.mark_reminded(booking["_id"]):
                body = f"{booking['day']} {booking['time']} {booking['hall_name']['zh-CN']}"
                ref = {"booking_id": str(booking["_id"]), "case_id": str(booking["case_id"])}
                self.inbox.notify(
                    account_id,
                    "appointment_reminder",
                    REMINDER,
                    body,
                    ref,
                    dedupe=f"appointment:{booking['_id']}",
                )
                sent += 1
        return sent

    def _ensure_day(self, hall: dict, day: str) -> None:
        for time in SLOT_TIMES:
            self.slots.ensure(
                {
                    "hall": hall["code"],
                    "hall_name": hall["name"],
                    "day": day,
                    "time": time,
                    "capacity": hall.get("capacity", SLOT_CAPACITY),
                    "remaining": hall.get("capacity", SLOT_CAPACITY),
                }
            )

    def _take(self, slot_id, case: dict) -> dict:
        wanted = self.slots.find(slot_id)
        hall = wanted and self.halls.find_by_code(wanted["hall"])
        if hall and case["department"] not in hall["departments"]:
            raise ServiceError("appointments.wrong_hall", "conflict")
        slot = self.slots.take(slot_id)
        if slot is not None:
            return slot
        if self.slots.find(slot_id) is None:
            raise ServiceError("appointments.slot_not_found", "not_found")
        raise ServiceError("appointments.slot_full", "conflict")

    def _case(self, account_id: str, case_id) -> dict:
        case = self.cases.find_of_account(case_id, account_id)
        if case is None:
            raise ServiceError("services.case_not_found", "not_found")
        if not case.get("visits_required") or case["status"] in ENDED:
            raise ServiceError("appointments.not_needed", "conflict")
        return case

    def _booking_of(self, account_id: str, booking_id) -> dict:
        booking = self.bookings.find_of_account(booking_id, account_id)
        if booking is None:
            raise ServiceError("appointments.booking_not_found", "not_found")
        return booking

    def _booking(self, account_id: str, case: dict, slot: dict) -> dict:
        return {
            "account_id": account_id,
            "case_id": case["_id"],
            "case_number": case["number"],
            "slot_id": slot["_id"],
            "hall": slot["hall"],
            "hall_name": slot["hall_name"],
            "day": slot["day"],
            "time": slot["time"],
            "status": "booked",
            "created_at": self.clock(),
        }
