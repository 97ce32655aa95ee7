"""Step-up: prove again on this device (SMS code or face) before a sensitive action.

An action that needs it answers 403 `auth.step_up_required` with
`errors: {"required_level", "methods", "max_age_seconds"}`; the client performs one of
the methods here and retries the action within max_age_seconds.
"""

from flask_jwt_extended import get_jwt

from api.common import current_account_id, current_actor
from api.step_up.schemas import StepUpCodeSentSchema, StepUpRequestSchema, StepUpSchema
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "step_up",
    __name__,
    url_prefix="/api/v1/auth/step-up",
    description="Step-up: a fresh SMS code or face check on this device",
)


@blp.route("/sms-codes", methods=["POST"])
@blp.refuses(429)
@blp.resident_required
@blp.response(201, StepUpCodeSentSchema)
def send_step_up_code():
    """Send a step-up code to my own phone (the number is never given by the client)."""
    return container().step_up.send_sms_code(current_account_id())


@blp.route("", methods=["POST"])
@blp.resident_required
@blp.arguments(StepUpRequestSchema)
@blp.response(200, StepUpSchema)
def step_up(body):
    """Step this session up with an SMS code (L2) or a face check (L3)."""
    return container().step_up.by_method(
        get_jwt()["sid"], current_account_id(), body, current_actor()
    )
