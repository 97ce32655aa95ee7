"""The usage log (用证记录): every use of a certificate, kept for its holder to see.

One entry per attempt, failed ones too:

    {"person_index": holder, "identifier": certificate, "type": slug,
     "channel": "presentation" (a 亮证 QR was verified) | "grant" (authorised use),
     "actor": {"kind": "verifier" | "application", "id": …, "name": …},
     "at": aware UTC datetime, "fields": [long names shared], "purpose": text,
     "result": "ok" | a verification Reason | a ServiceError key,
     "reference": presentation id or grant id,
     "action": what happened (ACTIONS; by default "verified" for a presentation,
               "used" for a grant)}
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

PRESENTATION, GRANT = "presentation", "grant"
# presented: the holder made a QR; verified: a verifier checked one; granted, withdrawn,
# used: a grant was made, withdrawn, read under; viewed: full fields or an image were shown.
ACTIONS = ("presented", "verified", "granted", "withdrawn", "used", "viewed")
_DEFAULT_ACTION = {PRESENTATION: "verified", GRANT: "used"}


class UsageLog(Protocol):
    def record(self, entry: dict) -> None:
        """Append one usage entry."""

    def for_holder(self, person_index: str, *, limit: int, offset: int) -> tuple[list, int]:
        """Return (a holder's entries newest first, the total)."""


def usage_entry(
    *,
    person_index: str,
    identifier: str,
    type_slug: str | None,
    channel: str,
    actor: dict,
    at: datetime,
    fields: list[str],
    purpose: str,
    result: str,
    reference: str | None,
    action: str | None = None,
) -> dict:
    """Return a usage-log entry in the one shape every channel writes."""
    return {
        "person_index": person_index,
        "identifier": identifier,
        "type": type_slug,
        "channel": channel,
        "actor": {key: actor.get(key) for key in ("kind", "id", "name")},
        "at": at,
        "fields": list(fields),
        "purpose": purpose,
        "result": result,
        "reference": reference,
        "action": action or _DEFAULT_ACTION[channel],
    }


def presentation_entry(verification, person_index: str, verifier: dict, at, purpose: str) -> dict:
    """Return the entry for a verified (or refused) presentation, for the certificate's holder.

    The API finds `person_index` from `verification.identifier` in the register; a token
    whose identifier cannot be read belongs to nobody and is not logged for a holder.
    """
    return usage_entry(
        person_index=person_index,
        identifier=verification.identifier,
        type_slug=verification.type,
        channel=PRESENTATION,
        actor={"kind": "verifier", **verifier},
        at=at,
        fields=sorted(verification.fields),
        purpose=purpose,
        result=str(verification.reason),
        reference=verification.presentation_id,
    )
