"""The one step-up answer: 403 `auth.step_up_required` with what would satisfy it.

`core.errors.StepUpRequired` is a ServiceError whose `errors` are not field messages but the
step-up details ({"required_level", "methods", "max_age_seconds"}), so they go out as they
are instead of through the field-message translation.
"""

from app.errors import error_response
from core.errors import StepUpRequired


def handle_step_up(error: StepUpRequired):
    """Answer 403 with the step-up details as `errors`."""
    return error_response(403, error.key, dict(error.details), **error.params)


def register_step_up_answer(app) -> None:
    """Answer StepUpRequired before the generic ServiceError handler can."""
    app.register_error_handler(StepUpRequired, handle_step_up)
