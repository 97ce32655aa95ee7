"""A fresh SMS code to the account's own phone confirms a sensitive action (export, deletion).

The client never names the number: the code goes to the phone the account was opened with.
This is the confirmation until session step-up (a fresh SMS code or face check recorded on
the session, `auth.step_up_required`) is available to these actions; then `confirm` becomes
a check of the session's step-up and the code leaves the requests.
"""

from core.errors import ServiceError
from identity.masking import mask_phone


class PhoneConfirmation:
    def __init__(self, sms, residents):
        self.sms, self.residents = sms, residents

    def send_code(self, account_id: str) -> dict:
        """Send a code to the account's phone; say where (masked) and when to ask again."""
        phone = self.residents.phone(self.residents.get(account_id))
        resend_after = self.sms.send_code(phone)
        return {
            "phone": mask_phone(phone),
            "resend_after": resend_after,
            "expires_in": self.sms.policy.ttl_seconds,
        }

    def confirm(self, account: dict, code: str) -> None:
        """Accept the code sent to the account's phone once; refuse it beside the field."""
        try:
            self.sms.check_code(self.residents.phone(account), code)
        except ServiceError as refusal:
            # A wrong code is a mistake in the form, not a lost login: 422, not 401.
            raise ServiceError(
                refusal.key, "invalid", errors={"code": [refusal.key]}, **refusal.params
            ) from None
