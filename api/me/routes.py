"""The logged-in resident: profile, real-name and real-person verification, devices."""

from flask_jwt_extended import get_jwt

from api.common import PageQuerySchema, current_account_id, current_actor, page, page_of
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
    return container().profiles.show(current_account_id())


@blp.route("", methods=["PATCH"])
@blp.resident_required
@blp.arguments(MeUpdateSchema)
@blp.response(200, MeSchema)
def update_me(changes):
    """Change my nickname, language or elderly mode."""
    return container().profiles.update(current_account_id(), changes)


@blp.route("/real-name", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(RealNameRequestSchema)
@blp.response(200, MeSchema)
def verify_real_name(body):
    """Verify my real name with an identity document; success raises me to L2."""
    return container().profiles.verify_real_name(current_account_id(), body, current_actor())


@blp.route("/face-verification", methods=["POST"])
@blp.resident_required
@blp.arguments(FaceRequestSchema)
@blp.response(200, MeSchema)
def verify_face(body):
    """Verify I am the real person (liveness and face match); success raises me to L3."""
    profiles = container().profiles
    return profiles.verify_face(current_account_id(), body["liveness_token"], current_actor())


@blp.route("/sessions", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(SessionSchema))
def list_sessions(query):
    """List the devices where I am logged in."""
    devices = container().sessions.devices
    return page(devices(current_account_id(), get_jwt()["sid"], query["limit"], query["offset"]))
