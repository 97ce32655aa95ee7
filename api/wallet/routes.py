"""The holder's wallet (卡包): certificates, presentations (亮证), the usage log, grants.

A resident needs level L2; below it every call answers the step-up envelope asking for a
real-name verification. Full personal fields and the watermarked image need a fresh
step-up on this device (POST /api/v1/auth/step-up) within the last few minutes.
"""

from flask import Response
from flask_jwt_extended import get_jwt

from api.common import PageQuerySchema, current_account_id, page, page_of
from api.ecert.schemas import CertificateSchema, CertificateSummarySchema, GrantSchema
from api.wallet.schemas import (
    CertificateQuerySchema,
    DetailQuerySchema,
    GrantRequestSchema,
    ImageQuerySchema,
    PresentationQrQuerySchema,
    PresentationRequestSchema,
    PresentationSchema,
    RegisteredVerifierSchema,
    UsageEntrySchema,
    UsageQuerySchema,
    VerifierQuerySchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "wallet",
    __name__,
    url_prefix="/api/v1/wallet",
    description="E-certificate wallet: my certificates, showing them, uses and grants",
)
NO_STORE = {"Cache-Control": "no-store"}


@blp.route("/certificates", methods=["GET"])
@blp.resident_required
@blp.arguments(CertificateQuerySchema, location="query")
@blp.response(200, page_of(CertificateSummarySchema))
def list_certificates(query):
    """List my certificates, newest first, personal fields masked."""
    return page(container().wallet.certificates_of(current_account_id(), **query))


@blp.route("/certificates/<objectid:certificate_id>", methods=["GET"])
@blp.resident_required
@blp.arguments(DetailQuerySchema, location="query")
@blp.response(200, CertificateSchema)
def show_certificate(query, certificate_id):
    """Show one of my certificates, masked; ?unmasked=true in full after a fresh step-up."""
    return container().wallet.certificate(
        current_account_id(), certificate_id, session_id=get_jwt()["sid"], **query
    )


@blp.route("/certificates/<objectid:certificate_id>/image.png", methods=["GET"])
@blp.resident_required
@blp.arguments(ImageQuerySchema, location="query")
@blp.response(200, content_type="image/png", description="the certificate under the watermark")
def certificate_image(query, certificate_id):
    """Return my certificate as an image watermarked with the purpose I type (step-up first)."""
    png = container().wallet.image(
        current_account_id(), certificate_id, query["purpose"], session_id=get_jwt()["sid"]
    )
    return Response(png, mimetype="image/png", headers=NO_STORE)


@blp.route("/certificates/<objectid:certificate_id>/presentations", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(PresentationRequestSchema)
@blp.response(201, PresentationSchema)
def present(body, certificate_id):
    """Show chosen fields to a registered verifier for one of its purposes: a one-time QR."""
    return container().showing.present(current_account_id(), certificate_id, body)


@blp.route("/presentations/<objectid:presentation_id>/qr.png", methods=["GET"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(PresentationQrQuerySchema, location="query")
@blp.response(200, content_type="image/png", description="QR code of the presentation token")
def presentation_qr(query, presentation_id):
    """Return the QR image of a presentation I made, until it expires."""
    png = container().showing.qr_png(current_account_id(), presentation_id, query["size"])
    return Response(png, mimetype="image/png", headers=NO_STORE)


@blp.route("/verifiers", methods=["GET"])
@blp.resident_required
@blp.arguments(VerifierQuerySchema, location="query")
@blp.response(200, page_of(RegisteredVerifierSchema))
def registered_verifiers(query):
    """List the registered verifiers and their purposes, to choose whom to show or grant to."""
    return page(container().verifier_registry.for_holders(**query))


@blp.route("/usage", methods=["GET"])
@blp.refuses(404)
@blp.resident_required
@blp.arguments(UsageQuerySchema, location="query")
@blp.response(200, page_of(UsageEntrySchema))
def usage_log(query):
    """List every use of my certificates, failed attempts too, newest first."""
    return page(container().wallet.usage(current_account_id(), **query))


@blp.route("/grants", methods=["POST"])
@blp.refuses(404)
@blp.resident_required
@blp.arguments(GrantRequestSchema)
@blp.response(201, GrantSchema)
def grant(body):
    """Let a registered verifier or a service application read chosen fields until a date."""
    return container().holder_grants.grant(current_account_id(), body)


@blp.route("/grants", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(GrantSchema))
def list_grants(query):
    """List the grants I made, newest first, with their state."""
    return page(container().holder_grants.of_holder(current_account_id(), **query))


@blp.route("/grants/<objectid:grant_id>/withdraw", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.response(200, GrantSchema)
def withdraw_grant(grant_id):
    """Withdraw a grant: its grantee can read nothing more under it."""
    return container().holder_grants.withdraw(current_account_id(), grant_id)
