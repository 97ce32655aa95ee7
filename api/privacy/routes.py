"""Personal-information rights: the privacy notice, consents, export and account deletion."""

import json

from flask import Response, current_app

from api.common import current_account_id, current_actor
from api.privacy.schemas import (
    ConfirmationCodeSentSchema,
    ConfirmationSchema,
    ConsentGrantSchema,
    ConsentsSchema,
    DeletionPlanSchema,
    DeletionReceiptSchema,
    PersonalDataSchema,
    PrivacyNoticeSchema,
)
from app.container import container
from app.extensions import limiter
from app.smorest import Blueprint

notice_blp = Blueprint(
    "privacy_notice",
    __name__,
    url_prefix="/api/v1/privacy-notice",
    description="The privacy notice in force (隐私政策)",
)
blp = Blueprint(
    "privacy",
    __name__,
    url_prefix="/api/v1/me",
    description="The resident's consents, personal-data export and account deletion",
)


@notice_blp.route("", methods=["GET"])
@notice_blp.response(200, PrivacyNoticeSchema)
def show_notice():
    """Show the privacy notice in force: version, summary, purposes and full text."""
    return container().consents.notice_in_force()


@blp.route("/consents", methods=["GET"])
@blp.resident_required
@blp.response(200, ConsentsSchema)
def my_consents():
    """Show the notice version I agreed to and when, and each optional consent."""
    return container().consents.overview(current_account_id())


@blp.route("/consents/<string:purpose>", methods=["PUT"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(ConsentGrantSchema)
@blp.response(200, ConsentsSchema)
def grant_consent(body, purpose):
    """Agree to the notice, or to an optional purpose, as worded in the version I read."""
    grant = container().consents.grant
    return grant(current_account_id(), purpose, body["version"], current_actor())


@blp.route("/consents/<string:purpose>", methods=["DELETE"])
@blp.refuses(409)
@blp.resident_required
@blp.response(200, ConsentsSchema)
def withdraw_consent(purpose):
    """Withdraw an optional consent: that purpose stops (face: refused, L3 back to L2)."""
    return container().consents.withdraw(current_account_id(), purpose, current_actor())


@blp.route("/confirmation-codes", methods=["POST"])
@blp.refuses(429)
@limiter.limit(lambda: current_app.config["SMS_PER_ADDRESS_LIMIT"])
@blp.resident_required
@blp.response(201, ConfirmationCodeSentSchema)
def send_confirmation_code():
    """Send a code to my own phone to confirm an export or a deletion."""
    return container().confirmation.send_code(current_account_id())


@blp.route("/export", methods=["GET"])
@blp.resident_required
@blp.arguments(ConfirmationSchema, location="query")
@blp.response(
    200,
    PersonalDataSchema,
    content_type="application/json",
    description="A JSON file (Content-Disposition: attachment) of all my personal data",
)
def export_my_data(query):
    """Download all my personal data as a JSON file (a fresh SMS code confirms it is me)."""
    export = container().data_export.export(current_account_id(), query["code"], current_actor())
    return Response(
        json.dumps(export.data, ensure_ascii=False, indent=2),
        mimetype="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="{export.filename}"',
            "Cache-Control": "no-store",
        },
    )


@blp.route("/deletion", methods=["GET"])
@blp.resident_required
@blp.response(200, DeletionPlanSchema)
def deletion_plan():
    """Say what deleting my account erases, and what is kept and why."""
    return container().account_deletion.plan()


@blp.route("/deletion", methods=["POST"])
@blp.resident_required
@blp.arguments(ConfirmationSchema)
@blp.response(200, DeletionReceiptSchema)
def delete_my_account(body):
    """Delete my account (注销) after a fresh SMS code; my tokens stop working within 1 s."""
    deletion = container().account_deletion
    return deletion.delete(current_account_id(), body["code"], current_actor())
