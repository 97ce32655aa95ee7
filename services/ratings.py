"""Ratings (好差评): five levels once per completed case, one follow-up, rectification of bad ones.

A case nobody rated gets the system default (channel 7) once the rating period has passed;
that default is computed when read, never written, so changing the policy changes it.
"""

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.errors import ServiceError
from services.catalogue.build import t
from services.statuses import COMPLETED
from services.time_limits import china_date

LEVEL_NAMES = {
    5: t("非常满意", "非常滿意", "Very satisfied"),
    4: t("满意", "滿意", "Satisfied"),
    3: t("基本满意", "基本滿意", "Fairly satisfied"),
    2: t("不满意", "不滿意", "Dissatisfied"),
    1: t("非常不满意", "非常不滿意", "Very dissatisfied"),
}
CHANNEL_PC, CHANNEL_MOBILE, CHANNEL_SYSTEM_DEFAULT = 1, 2, 7


@dataclass(frozen=True)
class RatingPolicy:
    default_after_days: int = 15  # after the case ended
    default_score: int = 5
    bad_at_most: int = 2  # scores up to this open a rectification task
    rectify_within_working_days: int = 15
    max_comment_chars: int = 500


def rate(case, existing, score, comment, at: datetime, policy: RatingPolicy, channel=2) -> dict:
    """Return the rating of a completed case, refusing a second one or one out of time."""
    if case["status"] != COMPLETED:
        raise ServiceError("services.rating_not_open", "conflict")
    if existing is not None:
        raise ServiceError("services.rating_exists", "conflict")
    if at >= default_from(case, policy):
        raise ServiceError(
            "services.rating_period_over", "conflict", days=policy.default_after_days
        )
    if isinstance(score, bool) or score not in LEVEL_NAMES:
        raise ServiceError("services.rating_score", "invalid", errors={"score": ["not_an_option"]})
    return {
        "case_number": case["number"],
        "implementation_code": case["implementation_code"],
        "department": case["department"],
        "applicant": case["applicant"],
        "score": score,
        "comment": clean_comment(comment, policy, required=False),
        "channel": channel,
        "rated_at": at,
        "system_default": False,
        "follow_up": None,
    }


def follow_up(rating, comment, at: datetime, policy: RatingPolicy) -> dict:
    """Return the follow-up comment (追评) to add to a rating; there is only one."""
    if rating is None:
        raise ServiceError("services.rating_missing", "conflict")
    if rating.get("follow_up"):
        raise ServiceError("services.follow_up_exists", "conflict")
    return {"comment": clean_comment(comment, policy, required=True), "at": at}


def clean_comment(comment, policy: RatingPolicy, *, required: bool) -> str | None:
    """Return a comment trimmed and without control characters, or refuse it."""
    if comment is not None and not isinstance(comment, str):
        raise ServiceError("services.comment_invalid", "invalid", errors={"comment": ["type"]})
    text = unicodedata.normalize("NFC", comment or "")
    text = "".join(c for c in text if unicodedata.category(c) != "Cc" or c == "\n").strip()
    if required and not text:
        raise ServiceError("services.comment_required", "invalid", errors={"comment": ["required"]})
    if len(text) > policy.max_comment_chars:
        raise ServiceError(
            "services.comment_too_long",
            "invalid",
            errors={"comment": ["too_long"]},
            limit=policy.max_comment_chars,
        )
    return text or None


def default_from(case: dict, policy: RatingPolicy) -> datetime:
    """Return the moment an unrated completed case takes the system default."""
    return case["ended_at"] + timedelta(days=policy.default_after_days)


def effective_rating(case, rating, now: datetime, policy: RatingPolicy) -> dict | None:
    """Return the rating that counts: the resident's, the system default once due, or None."""
    if rating is not None:
        return rating
    if case["status"] != COMPLETED or now < default_from(case, policy):
        return None
    return {
        "case_number": case["number"],
        "implementation_code": case["implementation_code"],
        "department": case["department"],
        "score": policy.default_score,
        "comment": None,
        "channel": CHANNEL_SYSTEM_DEFAULT,
        "rated_at": default_from(case, policy),
        "system_default": True,
        "follow_up": None,
    }


def rectification_task(rating: dict, calendar, policy: RatingPolicy) -> dict | None:
    """Return the rectification task a bad rating opens (None for a good one)."""
    if rating["score"] > policy.bad_at_most:
        return None
    due, estimated = calendar.add_working_days(
        china_date(rating["rated_at"]), policy.rectify_within_working_days
    )
    return {
        "case_number": rating["case_number"],
        "department": rating["department"],
        "score": rating["score"],
        "comment": rating.get("comment"),
        "status": "open",
        "opened_at": rating["rated_at"],
        "due_day": due.isoformat(),
        "due_estimated": estimated,
    }
