"""The health authority: risk areas, bulk imports of facts, manual colours, the rules."""

from flask_jwt_extended import get_jwt_identity

from api.authority.schemas import (
    CloseContactBatchSchema,
    ImportReportSchema,
    IsolationBatchSchema,
    ManualColourResultSchema,
    ManualColourSchema,
    RiskAreaSchema,
    TestResultBatchSchema,
)
from api.common import PageQuerySchema, page, page_of
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "authority",
    __name__,
    url_prefix="/api/v1/authority",
    description="Health authority: risk areas, imports, manual colours",
)
AUTHORITY = "health_authority"


@blp.route("/risk-areas", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(RiskAreaSchema)
@blp.response(201, RiskAreaSchema)
def publish_risk_area(area):
    """Publish a risk area (GB/T 2260 code, level, period); travellers are re-assessed."""
    return container().authority.publish_risk_area(area, get_jwt_identity())


@blp.route("/risk-areas", methods=["GET"])
@blp.staff_required(AUTHORITY)
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(RiskAreaSchema))
def list_risk_areas(query):
    """List the published risk areas, newest first."""
    return page(container().authority.risk_areas_recent(query["limit"], query["offset"]))


def _import(kind: str, batch: dict) -> dict:
    return container().authority.import_rows(kind, batch["rows"])


@blp.route("/test-results", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(TestResultBatchSchema)
@blp.response(201, ImportReportSchema)
def import_test_results(batch):
    """Import test results in bulk; any invalid row rejects the batch with a per-row report."""
    return _import("tests", batch)


@blp.route("/isolation-orders", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(IsolationBatchSchema)
@blp.response(201, ImportReportSchema)
def import_isolation_orders(batch):
    """Import isolation orders in bulk, all or nothing."""
    return _import("isolation_orders", batch)


@blp.route("/close-contacts", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(CloseContactBatchSchema)
@blp.response(201, ImportReportSchema)
def import_close_contacts(batch):
    """Import a close-contact list in bulk, all or nothing."""
    return _import("close_contacts", batch)


@blp.route("/manual-colours", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(ManualColourSchema)
@blp.response(201, ManualColourResultSchema)
def set_manual_colour(body):
    """Set one person's colour by decision, with a reason and optionally an end."""
    document = body.pop("doc_type"), body.pop("doc_number")
    return container().authority.set_manual_colour(*document, body, get_jwt_identity())
