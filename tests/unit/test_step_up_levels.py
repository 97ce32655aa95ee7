"""The step-up answer for a level the account itself lacks: the method that can reach it."""

import pytest

from accounts.step_up import require_level
from core.errors import StepUpRequired


def account(level: str, real_named: bool) -> dict:
    return {"level": level, **({"real_name": {"person_index": "p"}} if real_named else {})}


@pytest.mark.parametrize(
    ("level", "real_named", "required", "methods"),
    [
        ("L1", False, "L2", ["real_name"]),
        ("L1", False, "L3", ["real_name"]),
        ("L2", True, "L3", ["face"]),
    ],
)
def test_a_missing_level_asks_for_the_next_verification(level, real_named, required, methods):
    with pytest.raises(StepUpRequired) as asked:
        require_level(account(level, real_named), required, 300)
    assert asked.value.key == "auth.step_up_required" and asked.value.kind == "forbidden"
    assert asked.value.details == {
        "required_level": required,
        "methods": methods,
        "max_age_seconds": 300,
    }


@pytest.mark.parametrize(("level", "required"), [("L2", "L2"), ("L3", "L2"), ("L3", "L3")])
def test_a_level_the_account_has_asks_for_nothing(level, required):
    assert require_level(account(level, True), required, 300) is None
