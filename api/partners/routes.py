"""Cross-region recognition (转码): holders convert a partner code; admins keep the trust list."""

from flask_jwt_extended import get_jwt_identity

from api.common import PageQuerySchema, current_account_id, current_actor, page, page_of
from api.partners.schemas import (
    ConversionRequestSchema,
    ConversionResultSchema,
    ConversionSchema,
    PartnerRegionRequestSchema,
    PartnerRegionSchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "conversions",
    __name__,
    url_prefix="/api/v1/health-code/conversions",
    description="Converting a partner region's health code (转码)",
)
admin_blp = Blueprint(
    "partner_regions",
    __name__,
    url_prefix="/api/v1/admin/partner-regions",
    description="The trust list of partner regions and their keys (admin)",
)


@blp.route("", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(ConversionRequestSchema)
@blp.response(201, ConversionResultSchema)
def convert(body):
    """Submit a partner region's green code; a valid, fresh one becomes a local record."""
    return container().partners.convert(current_account_id(), body["token"], current_actor())


@blp.route("", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(ConversionSchema))
def my_conversions(query):
    """List my converted partner codes, newest first."""
    return page(container().partners.conversions(current_account_id(), **query))


@admin_blp.route("/<region>", methods=["PUT"])
@admin_blp.staff_required("admin")
@admin_blp.arguments(PartnerRegionRequestSchema)
@admin_blp.response(200, PartnerRegionSchema)
def put_partner_region(entry, region):
    """Trust a partner region (or change it): name, public keys, freshness window, enabled."""
    return container().partners.trust_region(region, entry, get_jwt_identity(), current_actor())


@admin_blp.route("", methods=["GET"])
@admin_blp.staff_required("admin")
@admin_blp.arguments(PageQuerySchema, location="query")
@admin_blp.response(200, page_of(PartnerRegionSchema))
def list_partner_regions(query):
    """List the trusted partner regions."""
    return page(container().partners.list_regions(**query))
