"""A resident's inbox: messages from the services they use (an appeal decided, a case moved)."""


class Notifications:
    def __init__(self, repository):
        self.repository = repository

    def add(self, notification: dict, session=None) -> dict:
        """Deliver one message to its account's inbox."""
        return self.repository.add(notification, session=session)

    def of_account(self, account_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return one page of the account's messages, newest first, and how many there are."""
        return self.repository.page_of_account(account_id, limit, offset)
