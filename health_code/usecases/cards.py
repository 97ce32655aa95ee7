"""Printed offline code cards (离线码卡) for people without a phone.

Health-authority staff issue them: community health workers and kiosk attendants act for
the authority, so they hold its role (staff roles are a fixed set). A card carries a token
of kind "C" that lives for its validity period. Its subject id is the card's own id, not the
person's record subject, so one card can be revoked without touching the person's other
cards or codes, and a scan learns the revocation from one primary-key read. Framework-free.
"""

from datetime import timedelta

from core.errors import ServiceError
from health_code.codes.health_token import TokenClaims, issue_token
from health_code.printing.card_image import render_card_png
from health_code.rules.records import new_subject_id
from health_code.usecases.people import confirm_name, identify

DEFAULT_VALID_DAYS = 90
MAX_VALID_DAYS = 180


class CodeCardService:
    def __init__(
        self, cards, residents, health_codes, keyring, audit, clock, *, font_candidates=None
    ):
        self.cards, self.residents, self.health_codes = cards, residents, health_codes
        self.keyring, self.audit, self.clock = keyring, audit, clock
        self.font_candidates = font_candidates

    def issue(self, holder: dict, issued_by: str, actor) -> dict:
        """Real-name check {doc_type, doc_number, name, valid_days} and sign a card for them."""
        valid_days = holder.get("valid_days", DEFAULT_VALID_DAYS)
        if not 1 <= valid_days <= MAX_VALID_DAYS:
            raise ServiceError(
                "request.invalid",
                "invalid",
                errors={"valid_days": ["field.between"]},
                min=1,
                max=MAX_VALID_DAYS,
            )
        person = identify(self.residents, holder["doc_type"], holder["doc_number"], holder["name"])
        confirm_name(self.residents.identity_provider, person)
        record = self.health_codes.record_for_holder(person.person_index, person.masked_name)
        colour = self.health_codes.assessment(record)["colour"]
        now = self.clock()
        claims = TokenClaims(
            colour=colour,
            subject_id=new_subject_id(),
            masked_name=person.masked_name,
            issued_at=now,
            expires_at=now + timedelta(days=valid_days),
            kind="C",
        )
        card = self.cards.insert(
            {
                "_id": claims.subject_id,
                "person_index": person.person_index,
                "masked_name": claims.masked_name,
                "issued_by": issued_by,
                "issued_at": claims.issued_at,
                "expires_at": claims.expires_at,
                # Kept so the same card can be reprinted: re-signing would need the old key.
                "token": issue_token(claims, self.keyring.signing_key(claims.issued_at)),
                "revoked_at": None,
                "revoked_by": None,
                "reason": None,
            }
        )
        self.audit.record(
            "code_card.issued", "ok", actor, subject=f"card:{card['_id']}", valid_days=valid_days
        )
        return {**card, "colour": colour}

    def get(self, card_id: str) -> dict:
        """Return the card with its status, or refuse with 404."""
        card = self.cards.find(card_id)
        if card is None:
            raise ServiceError("code_card.not_found", "not_found")
        return _with_status(card, self.clock())

    def page(self, status: str | None, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of cards, newest first, of one status (active/expired/revoked) or all."""
        now = self.clock()
        cards, total = self.cards.page_by_status(status, now, limit, offset)
        return [_with_status(card, now) for card in cards], total

    def printable(self, card_id: str) -> bytes:
        """Return the PNG of a live card: QR, masked name and expiry."""
        card = self.get(card_id)
        if card["revoked_at"]:
            raise ServiceError("code_card.revoked", "conflict")
        return render_card_png(
            card["token"], card["masked_name"], card["expires_at"], candidates=self.font_candidates
        )

    def revoke(self, card_id: str, reason: str, revoked_by: str, actor) -> dict:
        """Revoke a card so scanning it says so; a card is revoked once."""
        card = self.cards.revoke(card_id, self.clock(), revoked_by, reason)
        if card is None:
            self.get(card_id)  # 404 when missing; otherwise it was already revoked
            raise ServiceError("code_card.revoked", "conflict")
        self.audit.record(
            "code_card.revoked", "ok", actor, subject=f"card:{card_id}", reason=reason
        )
        return _with_status(card, self.clock())


def _with_status(card: dict, now) -> dict:
    if card["revoked_at"]:
        status = "revoked"
    else:
        status = "active" if card["expires_at"] > now else "expired"
    return {**card, "status": status}
