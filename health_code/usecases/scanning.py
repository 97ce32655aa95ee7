"""Checkpoint scanning: verify the token offline, then the live colour, then record it."""

from health_code.codes.health_token import verify_token


class Scanner:
    """Scan codes against the health-code service's keys, records and scan log."""

    def __init__(self, codes, cards=None):
        self.codes = codes
        # Printed code cards (kind "C") by card id, to refuse revoked ones; None: no cards.
        self.cards = cards

    def scan(self, token: str, checkpoint: str, operator: str) -> dict:
        """Verify a scanned token, look up the live colour, and record the passage."""
        now = self.codes.clock()
        check = verify_token(token, self.codes.keyring.public_keys(), now)
        claims = check.claims
        scan = {
            "at": now,
            "operator": operator,
            "checkpoint": checkpoint,
            "kid": check.kid,
            "subject_id": claims and claims.subject_id,
            "kind": claims and claims.kind,
            "token_colour": claims and claims.colour,
            "masked_name": claims.masked_name if claims else None,
            "expires_at": claims and claims.expires_at,
            "colour": None,
        }
        scan["reason"] = str(check.reason) if not check.valid else self._live_check(scan)
        scan["passed"] = scan["reason"] == "ok" and scan["colour"] == "green"
        return self.codes.scans.record(scan)

    def _live_check(self, scan: dict) -> str:
        if scan["kind"] == "C":
            return self._card_check(scan)
        return self._colour_check(scan, self.codes.records.find_by_subject(scan["subject_id"]))

    def _card_check(self, scan: dict) -> str:
        # A card token's subject is the card id; the card names the person's record.
        card = self.cards.find(scan["subject_id"]) if self.cards is not None else None
        if card is None:
            return "unknown_subject"
        if card.get("revoked_at"):
            return "card_revoked"
        return self._colour_check(scan, self.codes.records.find(card["person_index"]))

    def _colour_check(self, scan: dict, record: dict | None) -> str:
        if record is None:
            return "unknown_subject"
        scan["colour"] = self.codes.assessment(record)["colour"]
        return "ok" if scan["colour"] == "green" else f"colour_{scan['colour']}"
