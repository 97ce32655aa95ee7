"""出证: a completed case whose service issues a certificate puts it in the applicant's wallet.

This is the one seam between services and the wallet's issuing side. `WalletIssuer` calls
the wallet engine (`ecert.issuance.Issuance.issue`) and links the case to the certificate,
or records why it could not be issued (the case itself stays approved).
"""

from datetime import timedelta

from core.errors import ServiceError
from ecert.catalogue import get_type
from services.time_limits import china_date

DEFAULT_VALID_YEARS = 10


class WalletIssuer:
    def __init__(self, issuance, cases, pii, clock):
        self.issuance, self.cases, self.pii, self.clock = issuance, cases, pii, clock

    def issue_result(self, case: dict, fields: dict) -> dict | None:
        """Issue the service's result certificate to the applicant; record the link or why not."""
        slug = case.get("result_certificate")
        if not slug:
            return None
        try:
            record = self.issuance.issue(
                slug,
                case["applicant"],
                self._content(case, fields),
                service_item=case["implementation_code"],
            )
        except ServiceError as refusal:
            link = {
                "type": slug,
                "status": "failed",
                "reason": refusal.key,
                "errors": refusal.errors,
            }
        else:
            link = {"type": slug, "status": "issued", "identifier": record["identifier"]}
        return self.cases.set_fields(case["_id"], {"certificate": link})

    def _content(self, case: dict, fields: dict) -> dict:
        holder = case["holder"]
        today = china_date(self.clock())
        names = {field.name for field in get_type(case["result_certificate"]).fields}
        return {
            **{k: v for k, v in case.get("form", {}).items() if k in names},
            **_from_the_case(case, names),
            "valid_from": today.isoformat(),
            "valid_until": (today + timedelta(days=365 * DEFAULT_VALID_YEARS)).isoformat(),
            **fields,
            "holder_name": self.pii.decrypt(holder["name_enc"], "name"),
            "holder_code_type": holder["doc_type"],
            "holder_code": self.pii.decrypt(holder["doc_number_enc"], "document"),
        }


def _from_the_case(case: dict, names: set[str]) -> dict:
    """Return what the service itself says of its certificate, and a number from the case's.

    `result_fields` maps a certificate field to a fixed value or to "form.<field>". The
    certificate number is the case number without the department's credit code (at most
    40 characters: 基本编码 + region + day + sequence), unique as the case number is.
    """
    form = case.get("form", {})
    values = {}
    for name, source in (case.get("result_fields") or {}).items():
        if isinstance(source, str) and source.startswith("form."):
            if form.get(source[5:]) not in (None, ""):
                values[name] = form[source[5:]]
        else:
            values[name] = source
    if "number" in names and case.get("number"):
        values["number"] = case["number"][:16] + case["number"][34:]
    return values
