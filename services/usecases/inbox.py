"""The inbox as the resident reads it: reminders that fell due are added when it is read."""


class Inbox:
    def __init__(self, notifications, appointments):
        self.notifications, self.appointments = notifications, appointments

    def page(self, account_id: str, limit: int, offset: int):
        """Return a page of messages after adding due appointment reminders (once each)."""
        self.appointments.remind(account_id)
        return self.notifications.of_account(account_id, limit, offset)

    def unread_count(self, account_id: str) -> dict:
        self.appointments.remind(account_id)
        return self.notifications.unread_count(account_id)

    def mark_read(self, account_id: str, message_id) -> dict:
        return self.notifications.mark_read(account_id, message_id)

    def mark_all_read(self, account_id: str) -> dict:
        return self.notifications.mark_all_read(account_id)
