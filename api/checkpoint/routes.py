"""Checkpoint operators scan health codes: signature, expiry, live colour, passage record."""

from flask_jwt_extended import get_jwt_identity

from api.checkpoint.schemas import ScanRequestSchema, ScanResultSchema
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "checkpoint",
    __name__,
    url_prefix="/api/v1/checkpoint",
    description="Scanning health codes at a checkpoint",
)


@blp.route("/scans", methods=["POST"])
@blp.staff_required("checkpoint_operator")
@blp.arguments(ScanRequestSchema)
@blp.response(201, ScanResultSchema)
def scan(body):
    """Verify a scanned code and record the passage; refusals say why."""
    return container().scanner.scan(body["token"], body["checkpoint"], get_jwt_identity())
