"""Venue codes (场所码): managers register venues and print posters; residents check in.

Framework-free: repositories, the key ring, the health-code service and the clock are passed in.
"""

from dataclasses import dataclass
from datetime import timedelta

from core.clock import china_day_start
from core.errors import ServiceError
from health_code.codes.venue_token import issue_venue_token, verify_venue_token
from health_code.printing.venue_poster import CJK_FONT_CANDIDATES, Poster, render_venue_poster
from health_code.usecases.display import ShownCode

VENUE_TYPES = ("restaurant", "mall", "transport", "hospital", "school", "office", "market", "other")
# GB/T 2260 provinces (incl. Taiwan 71, Hong Kong 81, Macao 82): the first two digits of a code.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82".split()
)


def is_region_code(code: str) -> bool:
    """Tell whether `code` is a six-digit GB/T 2260 code of a known province."""
    return len(code) == 6 and code.isascii() and code.isdigit() and code[:2] in PROVINCE_CODES


@dataclass(frozen=True)
class CheckIn:
    """A recorded check-in with the venue and the code the resident was shown."""

    venue: dict
    checkin: dict
    code: ShownCode


class VenueService:
    def __init__(
        self,
        venues,
        checkins,
        keyring,
        health_codes,
        clock,
        *,
        retention_days: int = 21,
        font_candidates=CJK_FONT_CANDIDATES,
    ):
        self.venues, self.checkins, self.keyring = venues, checkins, keyring
        self.health_codes, self.clock = health_codes, clock
        self.retention = timedelta(days=retention_days)
        self.font_candidates = font_candidates

    def register(self, manager: str, fields: dict) -> dict:
        """Register a venue (name, region_code, address, type) under its manager."""
        if fields["type"] not in VENUE_TYPES or not is_region_code(fields["region_code"]):
            raise ValueError("unknown venue type or region code")
        venue = {
            **fields,
            "manager": manager,
            "active": True,
            "created_at": self.clock(),
            "deactivated_at": None,
        }
        return self._with_token(self.venues.insert(venue))

    def list_managed(self, manager: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of the manager's venues with their tokens, newest first."""
        venues, total = self.venues.page_managed(manager, limit, offset)
        return [self._with_token(venue) for venue in venues], total

    def get_managed(self, venue_id: str, manager: str) -> dict:
        """Return one of the manager's venues with its token; anyone else's is not found."""
        return self._with_token(self._managed(venue_id, manager))

    def deactivate(self, venue_id: str, manager: str) -> dict:
        """Stop the venue's code from accepting check-ins (its posters stop working)."""
        venue = self.venues.deactivate(venue_id, manager, self.clock())
        if venue is None:
            raise ServiceError("venue.not_found", "not_found")
        return self._with_token(venue)

    def checkins_today(self, venue_id: str, manager: str) -> dict:
        """Count the check-ins at one of the manager's venues since 00:00 China time."""
        venue = self._managed(venue_id, manager)
        now = self.clock()
        since = china_day_start(now)
        count = self.checkins.count_at_venue_since(venue["_id"], since)
        return {"venue_id": venue["_id"], "since": since, "counted_at": now, "count": count}

    def token_of(self, venue: dict) -> str:
        """Return the venue's signed token (the same text for as long as the key signs)."""
        return issue_venue_token(str(venue["_id"]), venue["created_at"], self.keyring.signing_key())

    def _with_token(self, venue: dict) -> dict:
        # A deactivated venue has no usable code left, so it is shown without one.
        return {**venue, "token": self.token_of(venue) if venue["active"] else None}

    def _managed(self, venue_id: str, manager: str) -> dict:
        venue = self.venues.find_managed(venue_id, manager)
        if venue is None:
            raise ServiceError("venue.not_found", "not_found")
        return venue

    def poster(self, venue_id: str, manager: str) -> Poster:
        """Draw the printable poster of one of the manager's active venues."""
        venue = self._managed(venue_id, manager)
        if not venue["active"]:
            raise ServiceError("venue.deactivated", "conflict")
        return render_venue_poster(self.token_of(venue), venue["name"], self.font_candidates)

    def check_in(self, record: dict, token: str) -> CheckIn:
        """Check the holder of a health record in at the venue of a scanned token."""
        now = self.clock()
        check = verify_venue_token(token, self.keyring.public_keys(), now)
        if not check.valid:
            raise ServiceError(
                f"venue_code.{check.reason}",
                "invalid",
                errors={"venue_token": [f"venue_code.{check.reason}"]},
            )
        venue = self.venues.find(check.venue_id)
        if venue is None:
            raise ServiceError("venue.not_found", "not_found")
        if not venue["active"]:
            raise ServiceError("venue.deactivated", "conflict")
        code = self.health_codes.show(record)
        checkin = {
            "account_id": record["account_id"],
            "venue_id": venue["_id"],
            "venue_name": venue["name"],
            "at": now,
            "colour": code.assessment["colour"],
            "expires_at": now + self.retention,
        }
        return CheckIn(venue, self.checkins.record(checkin), code)

    def checkins_of(self, account_id: str, limit: int, offset: int) -> tuple[list[dict], int]:
        """Return a page of the account's own check-ins still kept, newest first."""
        return self.checkins.page_of_account(account_id, limit, offset)

    def check_in_account(self, account_id: str, token: str) -> CheckIn:
        """Check the resident in at the venue of a scanned token."""
        return self.check_in(self.health_codes.record_of_account(account_id), token)
