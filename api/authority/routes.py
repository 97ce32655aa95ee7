"""The health authority: risk areas, bulk imports of facts, manual colours, the rules."""

from flask_jwt_extended import get_jwt_identity

from api.authority.schemas import (
    CloseContactBatchSchema,
    CloseContactCsvSchema,
    ImportReportSchema,
    IsolationBatchSchema,
    IsolationCsvSchema,
    ManualColourResultSchema,
    ManualColourSchema,
    RiskAreaEndSchema,
    RiskAreaSchema,
    TestResultBatchSchema,
    TestResultCsvSchema,
)
from api.common import PageQuerySchema, current_actor, page, page_of
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
    return container().authority.publish_risk_area(area, current_actor())


@blp.route("/risk-areas", methods=["GET"])
@blp.staff_required(AUTHORITY)
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(RiskAreaSchema))
def list_risk_areas(query):
    """List the published risk areas, newest first."""
    return page(container().authority.risk_areas_recent(query["limit"], query["offset"]))


@blp.route("/risk-areas/<objectid:area_id>/end", methods=["POST"])
@blp.refuses(409)
@blp.staff_required(AUTHORITY)
@blp.arguments(RiskAreaEndSchema)
@blp.response(200, RiskAreaSchema)
def end_risk_area(body, area_id):
    """End a risk area now or at a given time (after its start); travellers are re-assessed."""
    return container().authority.end_risk_area(area_id, body["end"], current_actor())


def _import(kind: str, batch: dict) -> dict:
    return container().authority.import_rows(kind, batch["rows"], current_actor())


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


@blp.route("/test-results/csv", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(TestResultCsvSchema, location="files")
@blp.response(201, ImportReportSchema)
def import_test_results_csv(upload):
    """Import test results from a CSV file; any invalid row rejects it, errors by row number."""
    return _import("tests", upload)


@blp.route("/isolation-orders/csv", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(IsolationCsvSchema, location="files")
@blp.response(201, ImportReportSchema)
def import_isolation_orders_csv(upload):
    """Import isolation orders from a CSV file, all or nothing."""
    return _import("isolation_orders", upload)


@blp.route("/close-contacts/csv", methods=["POST"])
@blp.staff_required(AUTHORITY)
@blp.arguments(CloseContactCsvSchema, location="files")
@blp.response(201, ImportReportSchema)
def import_close_contacts_csv(upload):
    """Import a close-contact list from a CSV file, all or nothing."""
    return _import("close_contacts", upload)
