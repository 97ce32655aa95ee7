"""Checkpoint scanning: verify the token offline, then the live colour, then record it.

Scans a device made while it had no network arrive later in batches. Each is verified again
here against the published keys as they stood at the scan's own time (so a token that has
expired since still counts if it was valid then), recorded once by the id the device gave it,
and marked offline. The colour recorded is the one the token carried: nobody knew the live
colour at the gate.
"""

from datetime import timedelta

from core.errors import Duplicate
from health_code.codes.health_token import DEFAULT_LEEWAY, verify_token

OFFLINE_BATCH_LIMIT = 100


class Scanner:
    """Scan codes: the published keys, the live colour, revoked cards, and the scan log."""

    def __init__(self, colours, public_keys, scans, cards, clock, offline_max_age=timedelta(3)):
        # colours: LiveColours; public_keys: () -> KeySet; cards: printed code cards by id
        self.colours, self.public_keys = colours, public_keys
        self.scans, self.cards, self.clock = scans, cards, clock
        self.offline_max_age = offline_max_age

    def scan(self, token: str, checkpoint: str, operator: str) -> dict:
        """Verify a scanned token, look up the live colour, and record the passage."""
        now = self.clock()
        scan = self._verified(token, now, operator, checkpoint)
        scan["offline"] = False
        if scan["reason"] == "ok":
            scan["reason"] = self._live_check(scan)
        scan["passed"] = scan["reason"] == "ok" and scan["colour"] == "green"
        return self.scans.record(scan)

    def record_offline(self, records: list[dict], operator: str) -> list[dict]:
        """Record passages scanned offline, once each by their id; answer per record."""
        now = self.clock()
        return [self._offline_one(record, operator, now) for record in records]

    def _offline_one(self, record: dict, operator: str, now) -> dict:
        scanned_at = record["scanned_at"]
        refusal = None
        if scanned_at > now + DEFAULT_LEEWAY:
            refusal = "scan.offline.in_future"
        elif scanned_at < now - self.offline_max_age:
            refusal = "scan.offline.too_old"
        if refusal:
            return {"id": record["id"], "status": "refused", "error": refusal}
        scan = self._verified(record["token"], scanned_at, operator, record["checkpoint"])
        scan.update(client_id=record["id"], offline=True, received_at=now)
        if scan["reason"] == "ok":
            scan["reason"] = self._signed_colour_check(scan, scanned_at)
        scan["passed"] = scan["reason"] == "ok"
        try:
            stored = self.scans.record_once(scan)
        except Duplicate:
            return self._already_recorded(record["id"], operator)
        return {"id": record["id"], "status": "recorded", "passage": stored}

    def _already_recorded(self, client_id: str, operator: str) -> dict:
        stored = self.scans.find_by_client_id(client_id)
        if stored is None or stored["operator"] != operator:
            # A random id another operator already used: never theirs to overwrite or read.
            return {"id": client_id, "status": "refused", "error": "scan.offline.id_taken"}
        return {"id": client_id, "status": "duplicate", "passage": stored}

    def _verified(self, token: str, moment, operator: str, checkpoint: str) -> dict:
        check = verify_token(token, self.public_keys(), moment)
        claims = check.claims
        return {
            "at": moment,
            "operator": operator,
            "checkpoint": checkpoint,
            "kid": check.kid,
            "subject_id": claims and claims.subject_id,
            "kind": claims and claims.kind,
            "token_colour": claims and claims.colour,
            "masked_name": claims.masked_name if claims else None,
            "expires_at": claims and claims.expires_at,
            "colour": None,
            "reason": str(check.reason),
        }

    def _signed_colour_check(self, scan: dict, scanned_at) -> str:
        if scan["kind"] == "C":
            card = self.cards.find(scan["subject_id"])
            if card is None:
                return "unknown_subject"
            revoked_at = card.get("revoked_at")
            if revoked_at and revoked_at <= scanned_at:
                return "card_revoked"
        colour = scan["token_colour"]
        return "ok" if colour == "green" else f"colour_{colour}"

    def _live_check(self, scan: dict) -> str:
        if scan["kind"] != "C":
            return self._colour_check(scan, self.colours.of_subject(scan["subject_id"]))
        # A card token's subject is the card id; the card names the person.
        card = self.cards.find(scan["subject_id"])
        if card is None:
            return "unknown_subject"
        if card.get("revoked_at"):
            return "card_revoked"
        return self._colour_check(scan, self.colours.of_person(card["person_index"]))

    @staticmethod
    def _colour_check(scan: dict, colour: str | None) -> str:
        if colour is None:
            return "unknown_subject"
        scan["colour"] = colour
        return "ok" if colour == "green" else f"colour_{colour}"
