"""The holder's wallet (卡包): list, show masked or in full, draw a watermarked copy, the log.

Every answer is masked unless the holder asks for the full content, which needs a fresh
step-up on this device (an SMS code or a face check within the last few minutes); viewing
it, or making a copy, is written to the usage log. Another person's certificate answers
exactly like a missing one. A guardian does all of this for a dependant (`Holders`).
"""

from __future__ import annotations

import logging

from core.clock import china_day
from core.errors import ServiceError
from core.paging import page_of_list
from ecert.card_image import render_certificate_png, watermark_text
from ecert.identifiers import parse_identifier
from ecert.usage import usage_entry
from ecert.usecases.views import certificate_view
from health_code.printing.venue_poster import CJK_FONT_CANDIDATES, find_cjk_font

log = logging.getLogger(__name__)
WALLET = "wallet"  # usage-log channel of what the holder's side does
FRESH_LEVEL = "L2"


class Wallet:
    def __init__(
        self,
        holders,
        certificates,
        refresh,
        step_up,
        usage_log,
        clock,
        font_candidates=CJK_FONT_CANDIDATES,
    ) -> None:
        self.holders, self.certificates, self.refresh = holders, certificates, refresh
        self.step_up, self.usage_log, self.clock = step_up, usage_log, clock
        self.font_candidates = font_candidates

    def certificates_of(
        self, account_id: str, type_slug=None, limit=20, offset=0, dependant_id=None
    ):
        """Return (a page of the holder's current certificates, masked, newest first; total)."""
        holder = self.holders.resolve(account_id, dependant_id)
        records = self.held(holder.person_index)
        if type_slug is not None:
            records = [record for record in records if record["type"] == type_slug]
        now = self.clock()
        return page_of_list([certificate_view(r, now) for r in records], limit, offset)

    def certificate(
        self, account_id: str, certificate_id, *, session_id: str, unmasked=False, dependant_id=None
    ) -> dict:
        """Return one of the holder's certificates; in full only after a fresh step-up."""
        holder = self.holders.resolve(account_id, dependant_id)
        record = self.one(holder, certificate_id)
        if unmasked:
            self.step_up.require(session_id, holder.account, FRESH_LEVEL)
            self._log(holder, record, purpose="")
        return certificate_view(record, self.clock(), unmasked=unmasked)

    def image(
        self, account_id: str, certificate_id, purpose: str, *, session_id: str, dependant_id=None
    ) -> bytes:
        """Return the certificate as a PNG under the purpose watermark (needs a step-up)."""
        holder = self.holders.resolve(account_id, dependant_id)
        record = self.one(holder, certificate_id)
        self.step_up.require(session_id, holder.account, FRESH_LEVEL)
        font_path = find_cjk_font(self.font_candidates)
        if font_path is None:
            log.warning("no CJK font found (install fonts-wqy-microhei); certificate images off")
            raise ServiceError("ecert.image_unavailable", "unavailable")
        day = china_day(self.clock())
        watermark = watermark_text(purpose, f"{day[:4]}-{day[4:6]}-{day[6:]}")
        png = render_certificate_png(record, watermark, font_path)
        self._log(holder, record, purpose=purpose)
        return png

    def usage(
        self, account_id: str, limit: int, offset: int, certificate_id=None, dependant_id=None
    ):
        """Return (the holder's usage log newest first, of one certificate when given; total)."""
        holder = self.holders.resolve(account_id, dependant_id)
        identifier = self.one(holder, certificate_id)["identifier"] if certificate_id else None
        return self.usage_log.for_holder(
            holder.person_index, limit=limit, offset=offset, identifier=identifier
        )

    def held(self, person_index: str) -> list[dict]:
        """Return the current version of each of a holder's certificates, newest first."""
        records = self.certificates.for_holder(person_index)
        current = [record for record in records if record["revocation_reason"] != "superseded"]
        return self.refresh.fresh(current)

    def one(self, holder, certificate_id) -> dict:
        """Return the current version of one of the holder's certificates; 404 otherwise."""
        record = self.certificates.find_by_id(certificate_id)
        if record is None or record["person_index"] != holder.person_index:
            raise ServiceError("ecert.certificate_not_found", "not_found")
        # An id from before a re-issue leads to the version that replaced it.
        while record["revocation_reason"] == "superseded":
            following = str(parse_identifier(record["identifier"]).next_version())
            newer = self.certificates.find(following)
            if newer is None:
                break
            record = newer
        return self.refresh.current(record)

    def _log(self, holder, record: dict, purpose: str) -> None:
        actor = holder.guardian or {"kind": "holder", "id": holder.account_id, "name": None}
        entry = usage_entry(
            person_index=holder.person_index,
            identifier=record["identifier"],
            type_slug=record["type"],
            channel=WALLET,
            actor=actor,
            at=self.clock(),
            fields=sorted(record["fields"]),
            purpose=purpose,
            result="ok",
            reference=str(record["_id"]),
            action="viewed",
        )
        self.usage_log.record({**entry, "by": holder.guardian})
