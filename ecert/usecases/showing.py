"""Showing a certificate (亮证): a one-time, short-lived presentation for one registered verifier.

The holder picks a registered verifier and one of its purposes (the consent screen shows
their registered names), and the fields and derived claims to disclose; asking for more
than the registration allows for that purpose is refused. The answer is an SD-JWT+KB token
of about 1,000-1,200 characters for the verifier audience `v:<code>`, valid for the
presentation lifetime, and its QR image can be fetched while it lives. Every attempt, a
refused one too, goes to the holder's usage log.
"""

from __future__ import annotations

from datetime import timedelta

from core.errors import ServiceError
from ecert.qr import render_png
from ecert.usage import PRESENTATION, usage_entry
from ecert.usecases.verifier_registry import audience_of

# Kept a little past expiry so a late scan still finds what was shown (and to whom).
KEEP_AFTER_EXPIRY = timedelta(minutes=10)


class Showing:
    def __init__(self, holders, wallet, registry, presenter, presentations, usage_log, clock):
        self.holders, self.wallet, self.registry = holders, wallet, registry
        self.presenter, self.presentations = presenter, presentations
        self.usage_log, self.clock = usage_log, clock

    def present(self, account_id: str, certificate_id, request: dict, dependant_id=None) -> dict:
        """Make a presentation {verifier_id, purpose, disclose} of a certificate the holder has."""
        holder = self.holders.resolve(account_id, dependant_id)
        record = self.wallet.one(holder, certificate_id)
        disclose = list(dict.fromkeys(request["disclose"]))
        actor = {"kind": "verifier", "id": str(request["verifier_id"])[:64], "name": None}
        try:
            organisation = self.registry.active(request["verifier_id"])
            actor = _actor(organisation)
            purpose = self.registry.permitted(
                organisation, request["purpose"], record["type"], disclose
            )
            shown = self.presenter.present(
                record, disclose, audience=audience_of(organisation), purpose=purpose["name"]
            )
        except ServiceError as refusal:
            self._log(holder, record, actor, disclose, request["purpose"], refusal.key, None)
            raise
        stored = self.presentations.insert(_kept(holder, record, shown, actor, purpose))
        self._log(holder, record, actor, disclose, purpose["name"], "ok", shown.presentation_id)
        return stored

    def qr_png(self, account_id: str, presentation_id, box_size: int) -> bytes:
        """Return the QR image of a presentation this account made, while it can be scanned."""
        presentation = self.presentations.find_made_by(presentation_id, account_id)
        if presentation is None:
            raise ServiceError("ecert.presentation_not_found", "not_found")
        if self.clock() >= presentation["expires_at"]:
            raise ServiceError("ecert.presentation_expired", "conflict")
        return render_png(presentation["token"], box_size=box_size)

    def _log(self, holder, record, actor, fields, purpose, result, reference) -> None:
        entry = usage_entry(
            person_index=holder.person_index,
            identifier=record["identifier"],
            type_slug=record["type"],
            channel=PRESENTATION,
            actor=actor,
            at=self.clock(),
            fields=fields if result == "ok" else [],
            purpose=purpose if isinstance(purpose, str) else "",
            result=result,
            reference=reference,
            action="presented",
        )
        self.usage_log.record({**entry, "by": holder.guardian})


def _kept(holder, record: dict, shown, actor: dict, purpose: dict) -> dict:
    """Return what is kept of a presentation while its QR code can be scanned."""
    return {
        "presentation_id": shown.presentation_id,
        "made_by": holder.account_id,
        "person_index": holder.person_index,
        "certificate_id": record["_id"],
        "identifier": record["identifier"],
        "type": record["type"],
        "verifier": actor,
        "purpose": {"code": purpose["code"], "name": purpose["name"]},
        "disclosed": list(shown.disclosed),
        "token": shown.token,
        "issued_at": shown.issued_at,
        "expires_at": shown.expires_at,
        "purge_at": shown.expires_at + KEEP_AFTER_EXPIRY,
    }


def _actor(organisation: dict) -> dict:
    return {"kind": "verifier", "id": str(organisation["_id"]), "name": organisation["name"]}
