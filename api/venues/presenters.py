"""Shape venues and check-ins for JSON."""

from api.health_code.presenters import present_code

_VENUE_FIELDS = (
    "name",
    "region_code",
    "address",
    "type",
    "active",
    "created_at",
    "deactivated_at",
    "token",
)


def present_venue(venue: dict) -> dict:
    """Give a venue its string id and the address of its poster."""
    venue_id = str(venue["_id"])
    return {
        "id": venue_id,
        **{name: venue[name] for name in _VENUE_FIELDS},
        "poster_url": f"/api/v1/venues/{venue_id}/poster.png",
    }


def present_checkin_result(result) -> dict:
    """Show where I checked in and my code as of now."""
    venue = result.venue
    return {
        "venue": {"id": str(venue["_id"]), "name": venue["name"], "address": venue["address"]},
        "checked_in_at": result.checkin["at"],
        "code": present_code(result.code),
    }


def present_checkin(checkin: dict) -> dict:
    """Show one of my past check-ins."""
    return {
        "id": str(checkin["_id"]),
        "venue": {"id": str(checkin["venue_id"]), "name": checkin["venue_name"]},
        "checked_in_at": checkin["at"],
        "colour": checkin["colour"],
        "expires_at": checkin["expires_at"],
    }
