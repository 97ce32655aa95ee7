"""Show, scan and re-assess health codes over the health-record repository.

Framework-free: repositories, the key ring, the PII cipher and the clock are passed in.
"""

from dataclasses import dataclass
from datetime import timedelta

from core.errors import ServiceError
from health_code.codes.health_token import TokenClaims, issue_token
from health_code.rules.facts import covering_codes
from health_code.rules.records import assess_record, new_subject_id
from health_code.rules.ruleset import RULESET
from health_code.usecases.imports import import_batch
from health_code.usecases.scanning import Scanner


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
        risk_areas,
        scans,
        keyring,
        holder_lookup,
        clock,
        *,
        token_seconds: int = 300,
        refresh_seconds: int = 60,
        cards=None,
    ):
        self.records, self.risk_areas, self.keyring = records, risk_areas, keyring
        self.scans = scans
        self.scanner = Scanner(self, cards)
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
        """Return the stored assessment, re-evaluating it first if it is stale."""
        stored, now = record.get("assessment"), self.clock()
        stale_at = stored and stored.get("stale_at", stored["next_change_at"])
        if (
            stored
            and stored["ruleset_version"] == RULESET.version
            and (stale_at is None or now < stale_at)
        ):
            return stored
        return self.reassess(record)

    def reassess(self, record: dict, session=None) -> dict:
        """Evaluate the rules over the record's facts and store the result."""
        regions = record.get("travel_regions") or []
        areas = self.risk_areas.covering(regions) if regions else []
        document, history = assess_record(record, areas, self.clock())
        self.records.save_assessment(record["_id"], document, history, session=session)
        # Mirror the write, so callers holding this record (history()) see the change.
        record["assessment"] = document
        if history:
            record.setdefault("history", []).append(history)
        return document

    def show(self, record: dict, kind: str = "P") -> ShownCode:
        """Sign a short-lived token carrying the live colour of the record."""
        assessment = self.assessment(record)
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
        self.assessment(record)
        return list(reversed(record.get("history", [])))

    def add_facts(self, person_index: str, kind: str, facts: list[dict], *, session=None) -> dict:
        """Append facts to the person's record (made if missing), re-assess, return the record."""
        # Store every code that could cover the travel, so a new risk area finds its travellers
        # with one exact, indexed match whatever level (district/prefecture/province) it names.
        travel = sorted(
            {
                code
                for fact in facts
                for trip in fact.get("travel", ())
                for code in covering_codes(trip["region_code"])
            }
        )
        on_insert = {"subject_id": new_subject_id(), "created_at": self.clock(), "masked_name": ""}
        record = self.records.add_facts(
            person_index, kind, facts, on_insert, travel, session=session
        )
        self.reassess(record, session=session)
        return record

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
        return self.add_facts(record["_id"], "declarations", [fact])

    def import_rows(self, kind: str, rows: list[dict], person_index_of) -> dict:
        """Group validated rows by person and apply them all in one transaction."""
        by_person: dict[str, list[dict]] = {}
        imported_at = self.clock()
        for row in rows:
            person = person_index_of(row["doc_type"], row["doc_number"])
            fact = {k: v for k, v in row.items() if k not in ("doc_type", "doc_number")}
            by_person.setdefault(person, []).append({**fact, "imported_at": imported_at})
        import_batch(self.records, self.risk_areas, kind, by_person, self.clock())
        return {"applied": len(rows), "people": len(by_person)}

    def publish_risk_area(self, area: dict, published_by: str) -> dict:
        """Publish a risk area and re-assess everyone who declared travel there."""
        area = {**area, "published_by": published_by, "published_at": self.clock()}
        self.risk_areas.insert(area)
        return {
            **area,
            "id": str(area["_id"]),
            "travellers_reassessed": self.reassess_travellers(area["region_code"]),
        }

    def set_manual_colour(self, person_index: str, override: dict, set_by: str) -> dict:
        """Set a person's colour by the authority's decision, with its reason."""
        fact = {**override, "set_at": self.clock(), "set_by": set_by}
        return self.add_facts(person_index, "overrides", [fact])["assessment"]

    def scan(self, token: str, checkpoint: str, operator: str) -> dict:
        """Verify a scanned token, look up the live colour, and record the passage."""
        return self.scanner.scan(token, checkpoint, operator)

    def reassess_travellers(self, region_code: str) -> int:
        """Re-assess everyone who declared travel to a region a new risk area covers."""
        travellers = self.records.travelled_to(region_code)
        for record in travellers:
            self.reassess(record)
        return len(travellers)
