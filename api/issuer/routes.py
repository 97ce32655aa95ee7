"""The issuer console (role `issuer`): issue one or a batch, re-issue, revoke, list.

A batch is all or nothing: any rejected row refuses it with a 422 whose
`errors.rows` maps each rejected row's number (1 = the first data row) to its field errors.
Batches may be larger than the general body limit, up to ECERT_BATCH_MAX_BYTES.
"""

from flask import current_app, request
from flask_jwt_extended import get_jwt_identity

from api.common import current_actor, page, page_of
from api.ecert.schemas import CertificateSchema, CertificateSummarySchema
from api.issuer.schemas import (
    BatchRequestSchema,
    BatchResultSchema,
    CertificateRevokeSchema,
    CsvBatchQuerySchema,
    IssuedQuerySchema,
    IssueRequestSchema,
    LookupQuerySchema,
    ReissueRequestSchema,
)
from app.container import container
from app.smorest import Blueprint
from app.uploads import larger_body

blp = Blueprint(
    "issuer",
    __name__,
    url_prefix="/api/v1/issuer",
    description="Issuer console: issue, batch upload, re-issue, revoke e-certificates",
)
ISSUER = "issuer"
CSV_BODY = {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}


def _batch_limit() -> int:
    return current_app.config["ECERT_BATCH_MAX_BYTES"]


@blp.route("/certificates", methods=["POST"])
@blp.refuses(409)
@blp.staff_required(ISSUER)
@blp.arguments(IssueRequestSchema)
@blp.response(201, CertificateSchema)
def issue(body):
    """Issue one certificate to the holder of a document (it waits for them to reach L2)."""
    return container().issuer_console.issue(body, get_jwt_identity())


@blp.route("/batches", methods=["POST"])
@blp.staff_required(ISSUER)
@larger_body(_batch_limit)
@blp.arguments(BatchRequestSchema)
@blp.response(201, BatchResultSchema)
def issue_batch(body):
    """Issue a batch given as JSON rows: all of it, or none with each bad row named."""
    console = container().issuer_console
    return console.issue_batch(body["type"], body["rows"], get_jwt_identity())


@blp.route("/batches/csv", methods=["POST"])
@blp.staff_required(ISSUER)
@larger_body(_batch_limit)
@blp.arguments(CsvBatchQuerySchema, location="query")
@blp.doc(requestBody=CSV_BODY)
@blp.response(201, BatchResultSchema)
def issue_csv_batch(query):
    """Issue a batch given as CSV (a header row of column names): all of it, or none."""
    text = request.get_data(as_text=True)
    return container().issuer_console.issue_csv(query["type"], text, get_jwt_identity())


@blp.route("/certificates", methods=["GET"])
@blp.staff_required(ISSUER)
@blp.arguments(IssuedQuerySchema, location="query")
@blp.response(200, page_of(CertificateSummarySchema))
def issued(query):
    """List the certificates I issued, newest first, by type and status."""
    return page(container().issuer_console.issued(get_jwt_identity(), **query))


@blp.route("/certificates/lookup", methods=["GET"])
@blp.refuses(400)
@blp.staff_required(ISSUER)
@blp.arguments(LookupQuerySchema, location="query")
@blp.response(200, CertificateSchema)
def look_up(query):
    """Find a certificate by its identifier (a wrong check character is refused as such)."""
    return container().issuer_console.find(query["identifier"])


@blp.route("/certificates/<objectid:certificate_id>", methods=["GET"])
@blp.staff_required(ISSUER)
@blp.response(200, CertificateSchema)
def show(certificate_id):
    """Show one certificate, personal fields masked."""
    return container().issuer_console.show(certificate_id)


@blp.route("/certificates/<objectid:certificate_id>/reissue", methods=["POST"])
@blp.refuses(409)
@blp.staff_required(ISSUER)
@blp.arguments(ReissueRequestSchema)
@blp.response(201, CertificateSchema)
def reissue(body, certificate_id):
    """Issue the next version with changes; the current version is revoked as superseded."""
    console = container().issuer_console
    return console.reissue(certificate_id, body["changes"], get_jwt_identity(), current_actor())


@blp.route("/certificates/<objectid:certificate_id>/revoke", methods=["POST"])
@blp.refuses(409)
@blp.staff_required(ISSUER)
@blp.arguments(CertificateRevokeSchema)
@blp.response(200, CertificateSchema)
def revoke(body, certificate_id):
    """Revoke a certificate with a reason; verifiers refuse it from now on."""
    return container().issuer_console.revoke(certificate_id, body["reason"], current_actor())
