"""Checkpoint operators scan health codes: signature, expiry, live colour, passage record."""

from flask_jwt_extended import get_jwt_identity

from api.checkpoint.schemas import (
    OfflineBatchAnswerSchema,
    OfflineBatchSchema,
    ScanRequestSchema,
    ScanResultSchema,
)
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


@blp.route("/offline-scans", methods=["POST"])
@blp.staff_required("checkpoint_operator")
@blp.arguments(OfflineBatchSchema)
@blp.response(200, OfflineBatchAnswerSchema)
def upload_offline_scans(body):
    """Record passages scanned offline, once each by the device's id; answer per record.

    Each token is verified as of its scan time (an expired token counts if it was valid
    then); a scan from the future or older than OFFLINE_SCAN_MAX_AGE_HOURS is refused.
    """
    return {"items": container().scanner.record_offline(body["scans"], get_jwt_identity())}
