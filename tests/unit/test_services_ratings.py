"""Ratings (好差评): once per completed case, one follow-up, defaults and rectification."""

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import ServiceError
from services.ratings import (
    CHANNEL_SYSTEM_DEFAULT,
    LEVEL_NAMES,
    RatingPolicy,
    effective_rating,
    follow_up,
    rate,
    rectification_task,
)
from services.statuses import COMPLETED, PROCESSING
from services.working_days import WorkingCalendar

POLICY = RatingPolicy()
ENDED = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 7 December, 10:00 in China


def completed_case(**changes) -> dict:
    case = {
        "number": "N-1",
        "implementation_code": "CODE",
        "department": "health",
        "applicant": "person-1",
        "status": COMPLETED,
        "ended_at": ENDED,
    }
    return {**case, **changes}


def test_a_completed_case_is_rated_once():
    rating = rate(completed_case(), None, 4, " 很快 ", ENDED + timedelta(hours=1), POLICY)
    assert (rating["score"], rating["comment"], rating["system_default"]) == (4, "很快", False)
    with pytest.raises(ServiceError) as refusal:
        rate(completed_case(), rating, 5, None, ENDED + timedelta(hours=2), POLICY)
    assert (refusal.value.key, refusal.value.kind) == ("services.rating_exists", "conflict")


def test_an_unfinished_case_cannot_be_rated():
    with pytest.raises(ServiceError) as refusal:
        rate(completed_case(status=PROCESSING), None, 5, None, ENDED, POLICY)
    assert refusal.value.key == "services.rating_not_open"


@pytest.mark.parametrize("score", [0, 6, 4.5, "5", True, None])
def test_only_the_five_levels(score):
    with pytest.raises(ServiceError) as refusal:
        rate(completed_case(), None, score, None, ENDED, POLICY)
    assert refusal.value.key == "services.rating_score"
    assert set(LEVEL_NAMES) == {1, 2, 3, 4, 5}


def test_one_follow_up_comment():
    rating = rate(completed_case(), None, 3, None, ENDED, POLICY)
    added = follow_up(rating, "后来补发了，谢谢", ENDED + timedelta(days=3), POLICY)
    assert added == {"comment": "后来补发了，谢谢", "at": ENDED + timedelta(days=3)}
    with pytest.raises(ServiceError) as refusal:
        follow_up({**rating, "follow_up": added}, "再说一次", ENDED, POLICY)
    assert refusal.value.key == "services.follow_up_exists"
    with pytest.raises(ServiceError) as refusal:
        follow_up(None, "没评先追", ENDED, POLICY)
    assert refusal.value.key == "services.rating_missing"
    with pytest.raises(ServiceError) as refusal:
        follow_up(rating, " \x07 ", ENDED, POLICY)
    assert refusal.value.key == "services.comment_required"


def test_comments_are_capped():
    with pytest.raises(ServiceError) as refusal:
        rate(completed_case(), None, 5, "好" * 501, ENDED, POLICY)
    assert refusal.value.key == "services.comment_too_long"
    assert refusal.value.params == {"limit": 500}


def test_the_system_default_applies_when_read_after_the_period():
    case = completed_case()
    just_before = ENDED + timedelta(days=15) - timedelta(seconds=1)
    assert effective_rating(case, None, just_before, POLICY) is None
    default = effective_rating(case, None, ENDED + timedelta(days=15), POLICY)
    assert default["score"] == 5 and default["system_default"] is True
    assert default["channel"] == CHANNEL_SYSTEM_DEFAULT
    shorter = RatingPolicy(default_after_days=7, default_score=4)
    assert effective_rating(case, None, ENDED + timedelta(days=8), shorter)["score"] == 4
    with pytest.raises(ServiceError) as refusal:
        rate(case, None, 1, None, ENDED + timedelta(days=15), POLICY)
    assert refusal.value.key == "services.rating_period_over"
    assert (
        effective_rating(
            completed_case(status=PROCESSING), None, ENDED + timedelta(days=99), POLICY
        )
        is None
    )


def test_a_resident_rating_always_wins_over_the_default():
    rating = rate(completed_case(), None, 2, "等太久", ENDED, POLICY)
    assert effective_rating(completed_case(), rating, ENDED + timedelta(days=90), POLICY) is rating


@pytest.mark.parametrize(("score", "opens"), [(1, True), (2, True), (3, False), (5, False)])
def test_a_bad_rating_opens_a_rectification_task(score, opens):
    rating = rate(completed_case(), None, score, "窗口态度差", ENDED, POLICY)
    task = rectification_task(rating, WorkingCalendar(), POLICY)
    assert (task is not None) is opens
    if opens:
        # 15 working days from Monday 7 December 2026: Monday 28 December.
        assert (task["status"], task["due_day"], task["department"]) == (
            "open",
            "2026-12-28",
            "health",
        )
