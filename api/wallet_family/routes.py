"""A guardian's view of a dependant's certificates (family relation of 亲友码).

The dependant is one of my dependants (`/api/v1/family/dependants`); everything done here
is written to the dependant's usage log, naming me as the guardian who acted.
"""

from flask_jwt_extended import get_jwt

from api.common import current_account_id, page, page_of
from api.ecert.schemas import CertificateSchema, CertificateSummarySchema
from api.wallet.schemas import (
    CertificateQuerySchema,
    DetailQuerySchema,
    PresentationRequestSchema,
    PresentationSchema,
    UsageEntrySchema,
    UsageQuerySchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "wallet_family",
    __name__,
    url_prefix="/api/v1/wallet/dependants/<objectid:dependant_id>",
    description="E-certificates of the people I look after (family relation)",
)


@blp.route("/certificates", methods=["GET"])
@blp.resident_required
@blp.arguments(CertificateQuerySchema, location="query")
@blp.response(200, page_of(CertificateSummarySchema))
def list_dependant_certificates(query, dependant_id):
    """List a dependant's certificates, newest first, masked."""
    wallet = container().wallet
    return page(wallet.certificates_of(current_account_id(), dependant_id=dependant_id, **query))


@blp.route("/certificates/<objectid:certificate_id>", methods=["GET"])
@blp.resident_required
@blp.arguments(DetailQuerySchema, location="query")
@blp.response(200, CertificateSchema)
def show_dependant_certificate(query, dependant_id, certificate_id):
    """Show a dependant's certificate, masked; in full after a fresh step-up of mine."""
    return container().wallet.certificate(
        current_account_id(),
        certificate_id,
        session_id=get_jwt()["sid"],
        dependant_id=dependant_id,
        **query,
    )


@blp.route("/certificates/<objectid:certificate_id>/presentations", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(PresentationRequestSchema)
@blp.response(201, PresentationSchema)
def present_for_dependant(body, dependant_id, certificate_id):
    """Show a dependant's certificate to a registered verifier (a one-time QR)."""
    return container().showing.present(current_account_id(), certificate_id, body, dependant_id)


@blp.route("/usage", methods=["GET"])
@blp.resident_required
@blp.arguments(UsageQuerySchema, location="query")
@blp.response(200, page_of(UsageEntrySchema))
def dependant_usage(query, dependant_id):
    """List every use of a dependant's certificates, newest first."""
    usage = container().wallet.usage
    return page(usage(current_account_id(), dependant_id=dependant_id, **query))
