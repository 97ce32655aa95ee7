"""The logged-in resident: profile, real-name and real-person verification, devices."""

from flask_jwt_extended import get_jwt

from api.common import current_account_id, current_actor
from api.me.presenters import present_account, present_sessions
from api.me.schemas import (
    FaceRequestSchema,
    MeSchema,
    MeUpdateSchema,
    RealNameRequestSchema,
    SessionSchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint("me", __name__, url_prefix="/api/v1/me", description="The logged-in resident")


@blp.route("", methods=["GET"])
@blp.resident_required
@blp.response(200, MeSchema)
def get_me():
    """Show my profile and assurance level, with personal data masked."""
    return present_account(container().residents.get(current_account_id()), container().pii)


@blp.route("", methods=["PATCH"])
@blp.resident_required
@blp.arguments(MeUpdateSchema)
@blp.response(200, MeSchema)
def update_me(changes):
    """Change my nickname, language or elderly mode."""
    account = container().residents.update_profile(current_account_id(), changes)
    return present_account(account, container().pii)


@blp.route("/real-name", methods=["POST"])
@blp.resident_required
@blp.arguments(RealNameRequestSchema)
@blp.response(200, MeSchema)
def verify_real_name(body):
    """Verify my real name with an identity document; success raises me to L2."""
    account = container().residents.verify_real_name(
        current_account_id(), body["doc_type"], body["doc_number"], body["name"], current_actor()
    )
    return present_account(account, container().pii)


@blp.route("/face-verification", methods=["POST"])
@blp.resident_required
@blp.arguments(FaceRequestSchema)
@blp.response(200, MeSchema)
def verify_face(body):
    """Verify I am the real person (liveness and face match); success raises me to L3."""
    account = container().residents.verify_face(
        current_account_id(), body["liveness_token"], current_actor()
    )
    return present_account(account, container().pii)


@blp.route("/sessions", methods=["GET"])
@blp.resident_required
@blp.response(200, SessionSchema(many=True))
def list_sessions():
    """List the devices where I am logged in."""
    return present_sessions(
        container().sessions.list_active(current_account_id()), get_jwt()["sid"]
    )
