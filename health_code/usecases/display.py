"""Show a resident their health code: the live colour, why, and a freshly signed token."""

from dataclasses import dataclass
from datetime import timedelta

from core.errors import ServiceError
from core.paging import page_of_list
from health_code.codes.health_token import TokenClaims, issue_token
from health_code.rules.records import new_subject_id


@dataclass(frozen=True)
class ShownCode:
    """A code as its holder sees it: the signed token and the assessment behind it."""

    token: str
    issued_at: object
    expires_at: object
    refresh_after: int
    masked_name: str
    assessment: dict


class HealthCodeService:
    def __init__(
        self,
        records,
        colours,
        facts,
        keyring,
        holder_lookup,
        clock,
        *,
        token_seconds: int = 300,
        refresh_seconds: int = 60,
    ):
        self.records, self.keyring, self.facts = records, keyring, facts
        self.colours = colours  # LiveColours: the current colour of a person
        # account id -> (person_index, masked_name), or None when not real-named
        self.holder_lookup = holder_lookup
        self.clock = clock
        self.token_seconds, self.refresh_seconds = token_seconds, refresh_seconds

    def record_for_holder(self, person_index: str, masked_name: str, account_id=None) -> dict:
        """Return the person's record, creating it or linking it to their account."""
        changes = {"masked_name": masked_name}
        if account_id:
            changes["account_id"] = account_id
        return self.records.ensure(
            person_index, {"subject_id": new_subject_id(), "created_at": self.clock()}, changes
        )

    def assessment(self, record: dict) -> dict:
        """Return the record's current assessment (re-evaluated if stale)."""
        return self.colours.assessment(record)

    def show(self, record: dict, kind: str = "P") -> ShownCode:
        """Sign a short-lived token carrying the live colour of the record."""
        assessment = self.colours.assessment(record)
        now = self.clock()
        claims = TokenClaims(
            colour=assessment["colour"],
            subject_id=record["subject_id"],
            masked_name=record.get("masked_name", ""),
            issued_at=now,
            expires_at=now + timedelta(seconds=self.token_seconds),
            kind=kind,
        )
        token = issue_token(claims, self.keyring.signing_key(now))
        return ShownCode(
            token,
            claims.issued_at,
            claims.expires_at,
            self.refresh_seconds,
            claims.masked_name,
            assessment,
        )

    def record_of_account(self, account_id: str) -> dict:
        """Return the resident's record (one indexed read once it exists); needs real name."""
        record = self.records.find_by_account(account_id)
        if record:
            return record
        holder = self.holder_lookup(account_id)
        if holder is None:
            raise ServiceError("identity.needs_real_name", "forbidden")
        return self.record_for_holder(*holder, account_id=account_id)

    def history(self, record: dict) -> list[dict]:
        """Return the colour changes of the record, newest first."""
        self.colours.assessment(record)
        return list(reversed(record.get("history", [])))

    def declare(self, record: dict, declaration: dict) -> dict:
        """Record the holder's own declaration of symptoms and travel."""
        now = self.clock()
        if any(trip["left_at"] > now for trip in declaration["travel"]):
            raise ServiceError(
                "health_code.travel_in_future",
                "invalid",
                errors={"travel": ["health_code.travel_in_future"]},
            )
        fact = {
            "declared_at": now,
            "symptoms": declaration["symptoms"],
            "travel": declaration["travel"],
        }
        return self.facts.add(record["_id"], "declarations", [fact])

    def show_for_account(self, account_id: str, kind: str = "P") -> ShownCode:
        """Show the resident's own code (one indexed read once their record exists)."""
        return self.show(self.record_of_account(account_id), kind)

    def history_of_account(self, account_id: str, limit: int, offset: int):
        """Return a page of the resident's colour changes, newest first, and their number."""
        return page_of_list(self.history(self.record_of_account(account_id)), limit, offset)

    def declare_for_account(self, account_id: str, declaration: dict) -> ShownCode:
        """Record the resident's declaration and show the re-assessed code."""
        return self.show(self.declare(self.record_of_account(account_id), declaration))
