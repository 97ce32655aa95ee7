"""The inbox as the resident reads it: reminders that fell due are added when it is read.

Appointment reminders come the day before a visit. Certificates that expire within
EXPIRY_NOTICE_DAYS are announced once each; the wallet is asked at most once per resident
per China day (one question per certificate type), not on every read.
"""

from datetime import date, timedelta

from core.clock import CHINA_STANDARD_TIME
from services.catalogue.build import t
from services.catalogue.certificates import CERTIFICATE_TYPES

EXPIRY_NOTICE_DAYS = 30
EXPIRING = t("证照即将到期", "證照即將到期", "A certificate expires soon")


class Inbox:
    def __init__(self, notifications, appointments, people, wallet, checks, clock):
        self.notifications, self.appointments = notifications, appointments
        self.people, self.wallet, self.checks, self.clock = people, wallet, checks, clock

    def page(self, account_id: str, limit: int, offset: int):
        """Return a page of messages after adding due reminders (once each)."""
        self.remind(account_id)
        return self.notifications.of_account(account_id, limit, offset)

    def unread_count(self, account_id: str) -> dict:
        self.remind(account_id)
        return self.notifications.unread_count(account_id)

    def mark_read(self, account_id: str, message_id) -> dict:
        return self.notifications.mark_read(account_id, message_id)

    def mark_all_read(self, account_id: str) -> dict:
        return self.notifications.mark_all_read(account_id)

    def remind(self, account_id: str) -> None:
        """Add due appointment reminders, and expiring-certificate notices once a day."""
        self.appointments.remind(account_id)
        today = self.clock().astimezone(CHINA_STANDARD_TIME).date()
        if self.checks.first_today(f"expiry:{account_id}", today.isoformat()):
            self._expiring(account_id, today)

    def _expiring(self, account_id: str, today: date) -> None:
        account = self.people.residents.get(account_id)
        person = (account.get("real_name") or {}).get("person_index")
        if not person:
            return
        horizon = (today + timedelta(days=EXPIRY_NOTICE_DAYS)).isoformat()
        for slug in CERTIFICATE_TYPES:
            for held in self.wallet.valid_certificates(person, slug):
                until = str(held.get("valid_until") or "")
                if until and today.isoformat() <= until <= horizon:
                    self.notifications.notify(
                        account_id,
                        "certificate_expiring",
                        EXPIRING,
                        body=until,
                        ref={"type": slug, "identifier": held.get("identifier")},
                        dedupe=f"expiring:{held.get('identifier')}:{until}",
                    )
