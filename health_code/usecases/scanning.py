"""Checkpoint scanning: verify the token offline, then the live colour, then record it."""

from health_code.codes.health_token import verify_token


class Scanner:
    """Scan codes: the published keys, the live colour, revoked cards, and the scan log."""

    def __init__(self, colours, public_keys, scans, cards, clock):
        # colours: LiveColours; public_keys: () -> KeySet; cards: printed code cards by id
        self.colours, self.public_keys = colours, public_keys
        self.scans, self.cards, self.clock = scans, cards, clock

    def scan(self, token: str, checkpoint: str, operator: str) -> dict:
        """Verify a scanned token, look up the live colour, and record the passage."""
        now = self.clock()
        check = verify_token(token, self.public_keys(), now)
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
        return self.scans.record(scan)

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
