"""Verifying presentations and reading under grants (registered verifiers); public documents.

Staff with the role `verifier` (a bank counter, a hotel desk, a school office) or `clerk`
(a government service counter) verify for the organisation an administrator registered
them with (/api/v1/admin/verifiers); without one they are refused.
"""

from flask import jsonify
from flask_jwt_extended import get_jwt_identity

from api.common import PageQuerySchema, page, page_of
from api.ecert.schemas import (
    CertificateTypeSchema,
    GrantSchema,
    GrantUseRequestSchema,
    GrantUseSchema,
    VerificationRequestSchema,
    VerificationSchema,
)
from api.verifier_admin.schemas import OrganisationSchema
from app.container import container
from app.i18n import request_language
from app.smorest import Blueprint

blp = Blueprint(
    "ecert",
    __name__,
    url_prefix="/api/v1/ecert",
    description="E-certificates for verifiers: verify a presentation, grants; the catalogue",
)
public_blp = Blueprint(
    "ecert_public",
    __name__,
    url_prefix="/",
    description="E-certificate keys and revocations for offline verifiers",
)
VERIFIERS = ("verifier", "clerk")


@blp.route("/verifications", methods=["POST"])
@blp.staff_required(*VERIFIERS)
@blp.arguments(VerificationRequestSchema)
@blp.response(201, VerificationSchema)
def verify(body):
    """Verify a scanned presentation: valid or why not, and only the fields it discloses."""
    desk = container().verification
    return desk.verify(get_jwt_identity(), body["token"], request_language())


@blp.route("/organisation", methods=["GET"])
@blp.staff_required(*VERIFIERS)
@blp.response(200, OrganisationSchema)
def my_organisation():
    """Show the organisation I verify for, with its registered purposes."""
    return container().verification.organisation(get_jwt_identity())


@blp.route("/grants", methods=["GET"])
@blp.staff_required(*VERIFIERS)
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(GrantSchema))
def grants_received(query):
    """List the grants holders made to my organisation, newest first, with their state."""
    return page(container().verification.grants_received(get_jwt_identity(), **query))


@blp.route("/grants/<objectid:grant_id>/uses", methods=["POST"])
@blp.refuses(409)
@blp.staff_required(*VERIFIERS)
@blp.arguments(GrantUseRequestSchema)
@blp.response(201, GrantUseSchema)
def use_grant(body, grant_id):
    """Read the fields a holder granted my organisation, for the granted purpose (logged)."""
    return container().verification.use_grant(get_jwt_identity(), grant_id, body["purpose"])


@blp.route("/types", methods=["GET"])
@blp.response(200, CertificateTypeSchema(many=True))
def certificate_types():
    """List the certificate types: names, issuers, fields and what can be disclosed."""
    return container().ecert_public.catalogue()


def _public(document: dict, max_age: int):
    response = jsonify(document)
    response.headers["Cache-Control"] = f"public, max-age={max_age}"
    return response


@public_blp.route("/.well-known/ecert-issuer-keys.json", methods=["GET"])
@public_blp.response(200, description="issuers' Ed25519 JWKs by credit code, with retirement")
def issuer_keys():
    """Publish the issuers' seal keys, so presentations verify offline."""
    return _public(container().ecert_public.issuer_keys(), 300)


@public_blp.route("/.well-known/ecert-wallet-keys.json", methods=["GET"])
@public_blp.response(200, description="the wallet's key-binding JWKs")
def wallet_keys():
    """Publish the wallet's key-binding keys, so presentations verify offline."""
    return _public(container().ecert_public.wallet_keys_document(), 300)


@public_blp.route("/.well-known/ecert-revocations.json", methods=["GET"])
@public_blp.response(200, description="revoked certificate identifiers, reasons and times")
def revocations():
    """Publish the revocation list for offline verifiers (fetch it often)."""
    return _public(container().ecert_public.revocations(), 60)
